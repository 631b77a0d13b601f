import { readFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/recert';
import { exportData, importData } from '../../../../electron/core/interchange';
import { interchangeJsonSchema } from '../../../../shared/schemas/interchange-json-schema';
import { FIXED_NOW, NASM_CPT, openCore, openStore, snapshotDir, tempDir } from '../../helpers';

async function populated() {
  const core = await openCore();
  const { dispatch } = core;
  await dispatch('profile:update', { name: 'Zoë Müller-Łukasik', email: 'zoe@example.com' });
  const cpt = await dispatch('credentials:add', { ...NASM_CPT, overrides: { graceDays: 60 } });
  const id = cpt.ok ? (cpt.value as { id: string }).id : '';
  const type = await dispatch('customTypes:add', {
    name: 'Kettlebell',
    bodyName: 'RKC',
    unit: 'CEU',
    perHour: 10,
    kind: 'certification',
    cycleMonths: 12,
    required: 100,
  });
  await dispatch('credentials:add', {
    typeId: `custom:${type.ok ? (type.value as { id: string }).id : ''}`,
    issuedOn: '2025-06-01',
  });
  await dispatch('renewals:add', {
    credentialId: id,
    cycleEnd: '2027-03-10',
    renewedOn: '2026-11-01',
    confirmation: 'N-1',
    feeCents: 9900,
  });
  await dispatch('activities:add', {
    title: 'Program design',
    completedOn: '2026-02-01',
    contactMinutes: 90,
    status: 'completed',
    allocations: [{ credentialId: id, amountHundredths: 15, approval: 'petition_pending', petitionOn: '2026-02-03' }],
  });
  await dispatch('plan:keep', {
    items: [{ kind: 'credential', typeId: 'nasm-pes', on: '2027-06-09', label: 'NASM-PES' }],
  });
  return core;
}

async function cli(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), env: {}, today: () => '2026-11-22' });
  return { code, out, err };
}

describe('the interchange format', () => {
  it('round-trips without loss: export, import into an empty folder, export again', async () => {
    const { store } = await populated();
    const first = exportData(store.data, FIXED_NOW);
    const target = await openStore();
    await importData(target, JSON.parse(JSON.stringify(first)), '2026-11-22');
    const second = exportData(target.data, FIXED_NOW);
    expect(second).toEqual(first);
    // The kept plan travels too.
    expect(first.plannedCredentials.map((p) => p.typeId)).toEqual(['nasm-pes']);
  });

  it.each([
    ['a wrong format name', (d: Record<string, unknown>) => ({ ...d, format: 'other' }), 'format'],
    [
      'an impossible date',
      (d: Record<string, unknown>) => ({
        ...d,
        credentials: [{ ...(d.credentials as object[])[0], issuedOn: '2025-02-30' }],
      }),
      'credentials.0.issuedOn',
    ],
    [
      'a zero allocation',
      (d: Record<string, unknown>) => ({
        ...d,
        activities: [
          {
            ...(d.activities as object[])[0],
            allocations: [{ credentialId: 'x', amountHundredths: 0, approval: 'approved' }],
          },
        ],
      }),
      'activities.0.allocations.0.amountHundredths',
    ],
    [
      'an unknown catalog id',
      (d: Record<string, unknown>) => ({
        ...d,
        credentials: [{ ...(d.credentials as object[])[0], typeId: 'nasm-xyz' }],
      }),
      'credentials.0.typeId',
    ],
    [
      'an allocation to a missing credential',
      (d: Record<string, unknown>) => ({
        ...d,
        activities: [
          {
            ...(d.activities as object[])[0],
            allocations: [{ credentialId: 'ghost', amountHundredths: 10, category: '', approval: 'approved' }],
          },
        ],
      }),
      'activities.0.allocations.0.credentialId',
    ],
    ['an unknown field', (d: Record<string, unknown>) => ({ ...d, extra: true }), ''],
  ])('refuses a file with %s (invalid_input naming the field) and imports nothing', async (_label, corrupt, field) => {
    const { store } = await populated();
    const data = corrupt(exportData(store.data, FIXED_NOW) as unknown as Record<string, unknown>);
    const target = await openStore();
    const before = structuredClone(target.data);
    const error = await importData(target, data, '2026-11-22').catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/^The import file is not valid/),
    });
    expect((error as { field?: string }).field ?? '').toBe(field);
    expect(target.data).toEqual(before);
  });

  it('refuses a planned credential of a type this version does not know, importing nothing', async () => {
    const { store } = await populated();
    const file = JSON.parse(JSON.stringify(exportData(store.data, FIXED_NOW)));
    file.plannedCredentials[0].typeId = 'nasm-xyz';
    const target = await openStore();
    const before = structuredClone(target.data);
    await expect(importData(target, file, '2026-11-22')).rejects.toThrow(
      'The import file is not valid: plannedCredentials.0.typeId: "nasm-xyz" is not in this version\'s catalog. Nothing was imported.',
    );
    expect(target.data).toEqual(before);
  });

  it('refuses ids that are already in the data, importing nothing', async () => {
    const { store } = await populated();
    const data = exportData(store.data, FIXED_NOW);
    const before = structuredClone(store.data);
    // The field names the record in the file (its first custom type), not a position in the merged data.
    await expect(importData(store, data, '2026-11-22')).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'customTypes.0.id',
      message: expect.stringMatching(/customTypes\.0\.id: id .* is already in your data .*Nothing was imported\.$/),
    });
    expect(store.data).toEqual(before);
  });

  it('docs/data-format.schema.json is generated from the current schemas', () => {
    const file = JSON.parse(readFileSync(path.resolve('docs/data-format.schema.json'), 'utf8'));
    expect(file).toEqual(JSON.parse(JSON.stringify(interchangeJsonSchema())));
  });
});

describe('recert export-data and import', () => {
  it('exports, then imports into another folder', async () => {
    const { store, dataDir } = await populated();
    await store.close();
    const file = path.join(tempDir(), 'mine.json');
    const exported = await cli(['export-data', file, '--data-dir', dataDir]);
    expect(exported).toMatchObject({
      code: 0,
      out: expect.stringMatching(/Exported 2 credentials, 1 activities and 1 renewals/),
    });
    const other = tempDir();
    const imported = await cli(['import', file, '--data-dir', other]);
    expect(imported).toMatchObject({ code: 0, out: expect.stringMatching(/Imported 2 credentials/) });
    const status = await cli(['status', '--json', '--data-dir', other]);
    expect(JSON.parse(status.out).credentials).toHaveLength(2);
  });

  it('import refuses while the app holds the folder, and a broken file changes nothing', async () => {
    const { store, dataDir } = await populated();
    const file = path.join(tempDir(), 'mine.json');
    await fs.writeFile(file, JSON.stringify(exportData(store.data, FIXED_NOW)));
    const locked = await cli(['import', file, '--data-dir', dataDir]);
    expect(locked).toMatchObject({ code: 1, err: expect.stringMatching(/in use by a unit test/) });
    await store.close();

    const other = tempDir();
    await cli(['status', '--data-dir', other]);
    const before = await snapshotDir(other);
    await fs.writeFile(file, '{"format": "recert-data"');
    const broken = await cli(['import', file, '--data-dir', other]);
    expect(broken).toMatchObject({ code: 1, err: expect.stringMatching(/is not valid JSON. Nothing was imported/) });
    const missing = await cli(['import', path.join(other, 'nope.json'), '--data-dir', other]);
    expect(missing).toMatchObject({ code: 1, err: expect.stringMatching(/No file at/) });
    expect(await snapshotDir(other)).toEqual(before);
  });
});
