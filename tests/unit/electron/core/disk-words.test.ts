/**
 * A full disk or a folder Recert may not use, in words on every door: the mapping itself, an
 * export to a full disk through the dispatcher, and the CLI on a really full disk (a small
 * tmpfs, where this machine lets root mount one; otherwise the same failure injected: see
 * tests/fixtures/full-disk.ts, and full-disk.test.ts for the other doors).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/recert';
import { diskFailure } from '../../../../electron/core/disk-words';
import { createDispatcher } from '../../../../electron/core/dispatch';
import { handlers } from '../../../../electron/core/handlers/handler-table';
import { NASM_CPT, openCore, snapshotDir, tempDir } from '../../helpers';
import { smallDisk } from '../../../fixtures/full-disk';

describe('disk and folder failures in words', () => {
  it.each([
    [
      'ENOSPC',
      '/home/ana/Recert/db.json',
      'The disk holding /home/ana/Recert/db.json is full: free some space, then try again.',
    ],
    ['EDQUOT', '/home/ana/Recert/db.json', 'Your disk quota for /home/ana/Recert/db.json is used up'],
    [
      'EACCES',
      '/home/ana/Recert/db.json',
      'Recert is not allowed to use /home/ana/Recert/db.json: check the folder’s permissions'.replace('’', "'"),
    ],
    ['EPERM', '/home/ana/Recert/certificates', 'Recert is not allowed to change /home/ana/Recert/certificates'],
    ['EROFS', '/media/ro/Recert/db.json', '/media/ro/Recert/db.json is on a disk that can only be read'],
    ['EIO', '/home/ana/Recert/db.json', 'could not be read or written (an input/output error)'],
  ])('%s names the path, the cause and what to do', (code, where, words) => {
    const error = diskFailure(Object.assign(new Error(`${code}: raw`), { code, path: where }));
    expect(error?.code).toBe('storage_failed');
    expect(error?.message).toContain(words);
    expect(error?.message).toMatch(/Nothing was changed\.$/);
    expect(error?.message).not.toMatch(/ENOSPC|EACCES|EPERM|EROFS|EIO|EDQUOT|raw/);
  });

  it("names the folder, not a temp file's random name; anything else is not a disk failure", () => {
    const temp = diskFailure({ code: 'ENOSPC', path: '/home/ana/Recert/.recert-tmp-8f2a0c1d' });
    expect(temp?.message).toContain('The disk holding /home/ana/Recert is full');
    expect(diskFailure(new Error('boom'))).toBeNull();
    expect(diskFailure({ code: 'ENOENT', path: '/x' })).toBeNull();
  });

  it('an export to a full disk says so and names its destination, through the dispatcher', async () => {
    const { dataDir, store } = await openCore();
    const dispatch = createDispatcher(
      handlers,
      {
        store,
        version: 'test',
        today: () => '2026-12-06',
        saveFile: async () => {
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
            code: 'ENOSPC',
            path: '/media/usb/NASM-CPT summary.pdf',
          });
        },
      },
      () => undefined,
    );
    const added = await dispatch('credentials:add', NASM_CPT);
    const id = added.ok ? (added.value as { id: string }).id : '';
    const before = { doc: structuredClone(store.data), files: await snapshotDir(dataDir) };
    const result = await dispatch('reports:export', { credentialId: id, kind: 'summary' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'storage_failed',
        message:
          'The disk holding /media/usb/NASM-CPT summary.pdf is full: free some space, then try again. Nothing was changed.',
      },
    });
    expect(store.data).toEqual(before.doc);
    expect(await snapshotDir(dataDir)).toEqual(before.files);
  });
});

describe('the CLI on a full disk', () => {
  it('import into a data folder on a full disk: the words, exit 1, nothing left behind', async () => {
    const disk = await smallDisk();
    try {
      const dataDir = path.join(disk.dir, 'Recert');
      mkdirSync(dataDir);
      const file = path.join(tempDir(), 'import.json');
      writeFileSync(
        file,
        JSON.stringify({ format: 'recert', version: 1, credentials: [], activities: [], renewals: [] }),
      );
      disk.fill();
      let err = '';
      const io = { out: () => undefined, err: (t: string) => void (err += t), env: {}, today: () => '2026-12-06' };
      const code = await main(['import', file, '--data-dir', dataDir], io);
      expect(code).toBe(1);
      expect(err).not.toContain('unexpected failure');
      expect(err).not.toMatch(/ENOSPC|EACCES|ENOENT/);
      expect(err).toMatch(
        /The disk holding .*Recert.* is full: free some space, then try again\. Nothing was changed\./,
      );
      expect(Object.keys(await snapshotDir(dataDir)).filter((f) => f.includes('tmp'))).toEqual([]);
    } finally {
      disk.dispose();
    }
  });
});
