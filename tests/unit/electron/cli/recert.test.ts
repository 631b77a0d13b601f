import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/recert';
import { emptyDocument, serializeDocument } from '../../../../electron/core/store/document';
import { NASM_CPT, openCore, tempDir } from '../../helpers';

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), env, today: () => '2026-11-22' });
  return { code, out, err };
}

describe('recert CLI', () => {
  it('prints help', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/recert status \[--json\] \[--data-dir DIR\] \[--today YYYY-MM-DD\]/);
  });

  it('status --json prints the stored profile and credentials, even while the app holds the lock', async () => {
    const { dispatch, dataDir } = await openCore();
    await dispatch('profile:update', { name: 'Zoë Müller-Łukasik', email: 'zoe@example.com' });
    await dispatch('credentials:add', NASM_CPT);
    const { code, out } = await run(['status', '--json', '--data-dir', dataDir, '--today', '2026-11-22']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report).toMatchObject({
      dataDir,
      today: '2026-11-22',
      schemaVersion: 2,
      catalogVersion: expect.any(String),
      profile: { name: 'Zoë Müller-Łukasik', email: 'zoe@example.com' },
      credentials: [
        expect.objectContaining({
          ...NASM_CPT,
          evaluation: expect.objectContaining({ code: 'NASM-CPT', cycles: expect.any(Array) }),
        }),
      ],
    });
  });

  it('status: the NASM case with the CES also logged as a course reads 2.0 of 2.0, covered if submitted by 1 Feb 2027', async () => {
    const { dispatch, dataDir } = await openCore();
    const cpt = await dispatch('credentials:add', NASM_CPT);
    await dispatch('credentials:add', {
      typeId: 'cpr-arc',
      issuedOn: '2025-02-01',
      expiresOn: '2027-02-01',
      handsOn: true,
    });
    await dispatch('credentials:add', { typeId: 'nasm-ces', issuedOn: '2025-09-15' });
    const cptId = cpt.ok ? (cpt.value as { id: string }).id : '';
    await dispatch('activities:add', {
      title: 'Corrective Exercise Specialist course',
      completedOn: '2025-09-15',
      contactMinutes: 1140,
      status: 'completed',
      allocations: [{ credentialId: cptId, amountHundredths: 190, approval: 'approved' }],
    });
    const { code, out } = await run(['status', '--data-dir', dataDir]);
    expect(code).toBe(0);
    expect(out).toContain('covered if you submit by 1 Feb 2027, 2.0 CEU of 2.0 CEU');
    expect(out).toContain(
      'Covered if you submit by 1 Feb 2027, while your CPR/AED card is valid; after that, renew the card first (the deadline is 10 Mar 2027).',
    );
    const json = JSON.parse((await run(['status', '--json', '--data-dir', dataDir])).out);
    const cycle = json.credentials[0].evaluation.cycles[0];
    expect(cycle).toMatchObject({ earned: 200, required: 200, met: true, submitBy: '2027-02-01' });
  });

  it('uses RECERT_DATA_DIR when no --data-dir is given', async () => {
    const dataDir = tempDir();
    await fs.writeFile(
      path.join(dataDir, 'db.json'),
      serializeDocument({ ...emptyDocument(), profile: { name: 'Env', email: '' } }),
    );
    const { out } = await run(['status', '--json'], { RECERT_DATA_DIR: dataDir });
    expect(JSON.parse(out).profile.name).toBe('Env');
  });

  it('reads a damaged db.json from its backup without changing anything, and warns', async () => {
    const dataDir = tempDir();
    await fs.writeFile(
      path.join(dataDir, 'db.json.bak'),
      serializeDocument({ ...emptyDocument(), profile: { name: 'Bak', email: '' } }),
    );
    await fs.writeFile(path.join(dataDir, 'db.json'), '{"trunc');
    const { code, out, err } = await run(['status', '--json', '--data-dir', dataDir]);
    expect(code).toBe(0);
    expect(JSON.parse(out).profile.name).toBe('Bak');
    expect(err).toMatch(/db.json is damaged/);
    expect(await fs.readFile(path.join(dataDir, 'db.json'), 'utf8')).toBe('{"trunc');
  });

  it.each([
    [['status', '--today', '2025-02-30'], /--today: "2025-02-30" is not a real date/],
    [['status', '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['export-data', 'out.json', '--map', 'date=Date'], /--map goes with importing a \.csv file/],
    [['import', 'data.json', '--map', 'date=Date'], /--map and --skip-bad-rows go with a \.csv file/],
    [['import', 'data.json', '--skip-bad-rows'], /--map and --skip-bad-rows go with a \.csv file/],
  ])('%j is a usage error (exit 2) with a clear message', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toMatch(/recert --help/);
  });

  it('refuses data from a newer version (exit 1)', async () => {
    const dataDir = tempDir();
    await fs.writeFile(path.join(dataDir, 'db.json'), JSON.stringify({ schemaVersion: 99 }));
    const { code, err } = await run(['status', '--json', '--data-dir', dataDir]);
    expect(code).toBe(1);
    expect(err).toMatch(/newer version of Recert/);
  });

  it('runs as the package bin', () => {
    const dataDir = tempDir();
    const result = spawnSync(process.execPath, ['bin/recert.mjs', 'status', '--json', '--data-dir', dataDir], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ dataDir, credentials: [] });
  });
});
