/** The store's read-only mode and its write gate (what a write may never leave on disk). */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataDir } from '../../../../../electron/core/open-data-dir';
import { TEMP_PREFIX } from '../../../../../electron/core/store/durable-write';
import { Store } from '../../../../../electron/core/store/store';
import { NASM_CPT, openCore, openStore, tempDir } from '../../../helpers';

describe('the read-only store', () => {
  it('reads the same data without the lock, and refuses every change, leaving the files as they were', async () => {
    const dataDir = tempDir();
    const { dispatch } = await openCore(dataDir);
    await dispatch('credentials:add', NASM_CPT);
    const { store } = await Store.openReadOnly({ dataDir });
    expect(store.readOnly).toBe(true);
    expect(store.data.credentials).toHaveLength(1);
    const onDisk = await fs.readFile(path.join(dataDir, 'db.json'), 'utf8');
    await expect(store.mutate((doc) => ({ doc, result: null }))).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/^This command only reads your data, so it changed nothing/),
    });
    expect(await fs.readFile(path.join(dataDir, 'db.json'), 'utf8')).toBe(onDisk);
    await store.close();
  });
});

describe('what a crash leaves behind', () => {
  it('temp files of an interrupted upload in certificates/ are removed at the next start', async () => {
    const dataDir = tempDir();
    await fs.mkdir(path.join(dataDir, 'certificates'), { recursive: true });
    const leftover = path.join(dataDir, 'certificates', `${TEMP_PREFIX}4f2a`);
    await fs.writeFile(leftover, 'half a certificate');
    // A start opens the data folder (the store, then the certificates folder's housekeeping).
    const store = await openDataDir({ dataDir, owner: 'a unit test' });
    expect(existsSync(leftover)).toBe(false);
    expect(store.data.attachments).toEqual([]);
    await store.close();
  });
});

describe('the write gate', () => {
  it('a change holding a value the file schema refuses is not written, and says which field', async () => {
    const dataDir = tempDir();
    const store = await openStore(dataDir);
    await store.mutate((doc) => ({ doc: { ...doc, profile: { name: 'Zoë', email: '' } }, result: null }));
    const onDisk = await fs.readFile(path.join(dataDir, 'db.json'), 'utf8');
    const before = structuredClone(store.data);
    const refused = await store
      .mutate((doc) => ({ doc: { ...doc, profile: { name: 'x'.repeat(121), email: '' } }, result: null }))
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'invalid_input',
      field: 'profile.name',
      message:
        'Recert did not save this change: profile.name: Your name must be at most 120 characters. Nothing was changed.',
    });
    expect(store.data).toEqual(before);
    expect(await fs.readFile(path.join(dataDir, 'db.json'), 'utf8')).toBe(onDisk);
  });

  it('a restart after accepted changes finds the file valid (nothing moved to corrupt/)', async () => {
    const dataDir = tempDir();
    const { dispatch, store } = await openCore(dataDir);
    await dispatch('credentials:add', NASM_CPT);
    await dispatch('activities:importCsv', { csv: `Date,Title,Hours,Category\n2026-01-05,A,2,${'c'.repeat(121)}\n` });
    await store.close();
    const again = await openStore(dataDir);
    expect(again.data.credentials).toHaveLength(1);
    expect(again.data.settings.notices).toEqual([]);
    expect(existsSync(path.join(dataDir, 'corrupt'))).toBe(false);
  });
});

describe('odd things in the data folder', () => {
  it.each([
    [
      'db.json is a folder',
      (d: string) => fs.mkdir(path.join(d, 'db.json')),
      /db\.json should be a file, but it is a folder/,
    ],
    [
      'backups is a file',
      (d: string) => fs.writeFile(path.join(d, 'backups'), 'x'),
      /backups should be a folder, but it is a file/,
    ],
    [
      'recert.lock is a folder',
      (d: string) => fs.mkdir(path.join(d, 'recert.lock')),
      /recert\.lock should be a file, but it is a folder/,
    ],
    ['db.json.bak is a folder', (d: string) => fs.mkdir(path.join(d, 'db.json.bak')), /db\.json\.bak should be a file/],
    ['db.journal is a folder', (d: string) => fs.mkdir(path.join(d, 'db.journal')), /db\.journal should be a file/],
    [
      'db.journal is a link',
      async (d: string) => {
        const real = path.join(tempDir(), 'real.journal');
        await fs.writeFile(real, '');
        await fs.symlink(real, path.join(d, 'db.journal'));
      },
      /db\.journal is a link to another file/,
    ],
    [
      'certificates is a file',
      (d: string) => fs.writeFile(path.join(d, 'certificates'), 'x'),
      /certificates should be a folder/,
    ],
    [
      'db.json is a link',
      async (d: string) => {
        const real = path.join(tempDir(), 'real.json');
        await fs.writeFile(real, '{}');
        await fs.symlink(real, path.join(d, 'db.json'));
      },
      /db\.json is a link to another file\. Recert does not follow links/,
    ],
  ])('%s: a clear message naming the path, nothing changed', async (_label, setup, message) => {
    const dataDir = tempDir();
    await setup(dataDir);
    const before = await fs.readdir(dataDir);
    await expect(Store.open({ dataDir, owner: 'a unit test' })).rejects.toMatchObject({
      code: 'storage_failed',
      message: expect.stringMatching(message),
    });
    // Read-only commands (recert status while the app is open) refuse it in the same words.
    await expect(Store.openReadOnly({ dataDir })).rejects.toMatchObject({
      code: 'storage_failed',
      message: expect.stringMatching(message),
    });
    expect(await fs.readdir(dataDir)).toEqual(before);
  });
});

describe('the checked stamp (opening a large file fast)', () => {
  it('a file Recert wrote is trusted on open; the same file changed by anything else is validated in full', async () => {
    const dataDir = tempDir();
    const store = await openStore(dataDir);
    await store.mutate((doc) => ({ doc: { ...doc, profile: { name: 'Zoë', email: '' } }, result: null }));
    await store.mutate((doc) => ({ doc: { ...doc, profile: { name: 'Zoë M', email: '' } }, result: null }));
    await store.close();
    expect(existsSync(path.join(dataDir, 'db.json.checked'))).toBe(true);

    // Changed behind Recert's back (valid JSON, a value the schema refuses): validated, found damaged.
    const file = path.join(dataDir, 'db.json');
    const doc = JSON.parse(await fs.readFile(file, 'utf8'));
    await fs.writeFile(file, JSON.stringify({ ...doc, profile: { name: 'x'.repeat(500), email: '' } }));
    const reopened = await openStore(dataDir);
    // Rebuilt from db.json.bak and the journal kept beside it: the newest change is there.
    expect(reopened.data.profile.name).toBe('Zoë M');
    expect(reopened.data.settings.notices.map((n) => n.kind)).toContain('recovered');
  });

  it('a stamped file that no longer parses is still found damaged (the stamp never hides damage)', async () => {
    const dataDir = tempDir();
    const store = await openStore(dataDir);
    await store.mutate((doc) => ({ doc: { ...doc, profile: { name: 'Zoë', email: '' } }, result: null }));
    await store.mutate((doc) => ({ doc: { ...doc, profile: { name: 'Zoë M', email: '' } }, result: null }));
    await store.close();
    const file = path.join(dataDir, 'db.json');
    const text = await fs.readFile(file);
    const handle = await fs.open(file, 'r+');
    await handle.write(Buffer.from('}}}}'), 0, 4, 0); // Same size, same inode: only the time changes.
    await handle.close();
    expect((await fs.readFile(file)).length).toBe(text.length);
    const reopened = await openStore(dataDir);
    expect(reopened.data.profile.name).toBe('Zoë M');
    expect(reopened.data.settings.notices.map((n) => n.kind)).toContain('recovered');
  });
});
