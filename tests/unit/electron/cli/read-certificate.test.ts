/** `recert read-certificate`: the same `certificates:read` as the app, printed; with the network off. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/recert';
import { stopOcr } from '../../../../electron/core/certificates/ocr';
import { MAX_CERTIFICATE_BYTES } from '../../../../shared/limits';
import { NASM_CPT, openCore, tempDir } from '../../helpers';

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../../fixtures/certificates', name);

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), env: {}, today: () => '2026-11-22' });
  return { code, out, err };
}

afterAll(() => stopOcr());

describe('recert read-certificate', () => {
  it('prints the proposed entry for the user’s credentials, and records nothing', async () => {
    const { dispatch, dataDir, store } = await openCore();
    await dispatch('profile:update', { name: 'Jordan Alvarez', email: '' });
    await dispatch('credentials:add', NASM_CPT);
    const { code, out } = await run(['read-certificate', fixture('01-nasm-course.pdf'), '--data-dir', dataDir]);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        '01-nasm-course.pdf: a course certificate (read from its text)',
        '  Holder: Jordan Alvarez',
        '  Title: Corrective Exercise for the Shoulder',
        '  Provider: National Academy of Sports Medicine   (check: not sure)',
        '  Completed: 14 Mar 2026',
        '  Contact time: 2 h   (check: not sure)',
        '  Code: NASM-CE-2231',
        `  Counts 0.2 toward NASM-CPT no. ${NASM_CPT.number}: 0.2 NASM CEUs, as printed`,
        'Nothing was recorded: confirm the entry in the app.',
        '',
      ].join('\n'),
    );
    expect(store.data.activities).toEqual([]);
  });

  it('--json prints the contract’s answer', async () => {
    const { dataDir } = await openCore();
    const { code, out } = await run(['read-certificate', fixture('05-aha-card.pdf'), '--json', '--data-dir', dataDir]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      method: 'text',
      proposal: { kind: 'card', card: { typeId: 'cpr-aha', expiresOn: { value: '2027-01-31' } } },
    });
  });

  it('bad input: no file, a missing file, a file over the size cap (refused before reading it)', async () => {
    const dir = tempDir();
    expect(await run(['read-certificate'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/needs exactly one file/),
    });
    expect(await run(['read-certificate', path.join(dir, 'nope.pdf'), '--data-dir', dir])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/No file at .*nope\.pdf/),
    });
    const big = path.join(dir, 'big.pdf');
    writeFileSync(big, Buffer.alloc(MAX_CERTIFICATE_BYTES + 1));
    expect(await run(['read-certificate', big, '--data-dir', dir])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/certificates can be at most 25 MB/),
    });
  });

  it('reads a phone photo with the network off (the OCR engine and model are installed, nothing is fetched)', () => {
    const dataDir = tempDir();
    // A new network namespace with no interfaces: any attempt to connect fails.
    const probe = spawnSync('unshare', ['-rn', 'true']);
    if (probe.error || probe.status !== 0)
      throw new Error('This test needs `unshare -rn` (util-linux, with user namespaces) to cut the network off.');
    const result = spawnSync(
      'unshare',
      [
        '-rn',
        process.execPath,
        'bin/recert.mjs',
        'read-certificate',
        fixture('02-ace-multi.photo.jpg'),
        '--json',
        '--data-dir',
        dataDir,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      method: 'ocr',
      proposal: {
        holder: { value: 'Priya Raman' },
        activity: { title: { value: 'Kettlebell Foundations for Trainers' }, completedOn: { value: '2026-04-22' } },
      },
    });
  }, 60_000);
});
