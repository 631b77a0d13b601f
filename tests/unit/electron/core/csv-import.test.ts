import { readFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/recert';
import { NASM_CPT, openCore, snapshotDir, tempDir } from '../../helpers';

const csv = readFileSync('tests/fixtures/activities.csv', 'utf8');

async function cli(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), env: {}, today: () => '2026-11-22' });
  return { code, out, err };
}

describe('CSV import through the contract', () => {
  it('previews with an error on each bad row, imports nothing while any remain, then everything', async () => {
    const { dispatch, store, dataDir } = await openCore();
    await dispatch('credentials:add', NASM_CPT);
    const preview = await dispatch('activities:previewCsv', { csv });
    expect(preview).toMatchObject({ ok: true, value: { valid: 18, invalid: 2 } });
    const before = { doc: structuredClone(store.data), files: await snapshotDir(dataDir) };
    const refused = await dispatch('activities:importCsv', { csv });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(
          /^Nothing was imported: 2 of 20 rows have errors \(row 8: there are no contact hours/,
        ),
      },
    });
    expect(store.data).toEqual(before.doc);
    expect(await snapshotDir(dataDir)).toEqual(before.files);

    const mapping = { ...(preview.ok ? (preview.value as { mapping: object }).mapping : {}), amount: 'CE credit' };
    const imported = await dispatch('activities:importCsv', { csv, mapping });
    expect(imported).toEqual({ ok: true, value: { imported: 20, skipped: [] } });
    expect(store.data.activities).toHaveLength(20);
  });

  it('on request, imports the good rows and names the skipped ones; refuses when no row is good', async () => {
    const { dispatch, store } = await openCore();
    await dispatch('credentials:add', NASM_CPT);
    const partial = await dispatch('activities:importCsv', { csv, skipBadRows: true });
    expect(partial).toMatchObject({
      ok: true,
      value: {
        imported: 18,
        skipped: [{ line: 8, errors: [expect.stringMatching(/no contact hours/)] }, { line: expect.any(Number) }],
      },
    });
    expect(store.data.activities).toHaveLength(18);
    const before = structuredClone(store.data);
    const none = await dispatch('activities:importCsv', { csv: 'Date,Title\n2026-13-45,Broken\n', skipBadRows: true });
    expect(none).toMatchObject({
      ok: false,
      error: { message: 'Nothing was imported: no row of the file can be imported (1 with errors).' },
    });
    expect(store.data).toEqual(before);
    expect(await dispatch('activities:importCsv', { csv, skipBadRows: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'skipBadRows' },
    });
  });
});

describe('recert import activities.csv', () => {
  it('--skip-bad-rows imports the good rows and lists the skipped ones', async () => {
    const { dataDir, store, dispatch } = await openCore();
    await dispatch('credentials:add', NASM_CPT);
    await store.close();
    const file = path.join(tempDir(), 'activities.csv');
    await fs.writeFile(file, csv);
    const { code, out, err } = await cli(['import', file, '--skip-bad-rows', '--data-dir', dataDir]);
    expect(code).toBe(0);
    expect(out).toContain('Imported 18 activities');
    expect(err).toMatch(/^recert: skipped row 8: .*no contact hours/m);
    expect(err.match(/skipped row/g)).toHaveLength(2);
  });

  it('lists the bad rows and imports nothing; with --map it imports all', async () => {
    const core = await openCore();
    await core.dispatch('credentials:add', NASM_CPT);
    await core.store.close();
    const file = path.join(tempDir(), 'activities.csv');
    await fs.writeFile(file, csv);
    const refused = await cli(['import', file, '--data-dir', core.dataDir]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/nothing was imported; 2 of 20 rows have errors:\n {2}row 8: .*\n {2}row 15: /);
    const ok = await cli([
      'import',
      file,
      '--data-dir',
      core.dataDir,
      '--map',
      'date=Date,title=Course,provider=Provider,hours=Hours,amount=CE credit,credential=Credential',
    ]);
    expect(ok).toMatchObject({ code: 0, out: expect.stringMatching(/Imported 20 activities/) });
  });

  it('refuses a --map that names no column, or an unknown field', async () => {
    const file = path.join(tempDir(), 'activities.csv');
    await fs.writeFile(file, csv);
    expect(await cli(['import', file, '--data-dir', tempDir(), '--map', 'date=When'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/no column named "When"/),
    });
    expect(await cli(['import', file, '--data-dir', tempDir(), '--map', 'colour=Date'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/"colour=Date" is not field=Column/),
    });
  });
});
