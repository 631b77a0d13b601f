/**
 * Opening the data folder (electron/core/open-data-dir.ts): the certificates folder's
 * housekeeping happens there, once, for every host; the store itself never touches that folder.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { certificatesDir } from '../../../../electron/core/files/certificate-store';
import { openDataDir } from '../../../../electron/core/open-data-dir';
import { Store } from '../../../../electron/core/store/store';
import { tempDir } from '../../helpers';

async function leftovers(dataDir: string) {
  const trash = path.join(certificatesDir(dataDir), '.trash');
  await fs.mkdir(trash, { recursive: true });
  await fs.writeFile(path.join(trash, `${'a'.repeat(64)}.pdf`), 'deleted last session');
  await fs.writeFile(path.join(certificatesDir(dataDir), '.recert-tmp-staged-1'), 'half a file');
  await fs.writeFile(path.join(certificatesDir(dataDir), `${'b'.repeat(64)}.pdf`), 'an attached certificate');
}

describe('openDataDir', () => {
  it('empties the certificates trash and removes a crash’s temp files, keeping every stored certificate', async () => {
    const dataDir = tempDir();
    await leftovers(dataDir);
    const store = await openDataDir({ dataDir, owner: 'a unit test' });
    expect(await fs.readdir(certificatesDir(dataDir))).toEqual([`${'b'.repeat(64)}.pdf`]);
    await store.close();
  });

  it('the store alone leaves the certificates folder as it is (no arrow from the store up to files)', async () => {
    const dataDir = tempDir();
    await leftovers(dataDir);
    const store = await Store.open({ dataDir, owner: 'a unit test' });
    expect((await fs.readdir(certificatesDir(dataDir))).sort()).toEqual(
      ['.recert-tmp-staged-1', '.trash', `${'b'.repeat(64)}.pdf`].sort(),
    );
    await store.close();
  });
});
