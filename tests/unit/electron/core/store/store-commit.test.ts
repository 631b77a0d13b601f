/** A write that waits for other disk work: `store.mutate(change, { beforeCommit })`. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors';
import { TEMP_PREFIX } from '../../../../../electron/core/store/durable-write';
import { Store } from '../../../../../electron/core/store/store';
import { openStore } from '../../../helpers';

describe('a write with work before its commit', () => {
  it('work before the commit runs before the change is on disk; if it fails, nothing changes', async () => {
    const store = await openStore();
    await store.mutate((doc) => ({ doc: { ...doc, profile: { name: 'Before', email: '' } }, result: null }));
    const onDisk = async () => (await Store.openReadOnly({ dataDir: store.dataDir })).store.data.profile.name;
    const seen: string[] = [];
    await store.mutate((doc) => ({ doc: { ...doc, profile: { name: 'After', email: '' } }, result: null }), {
      beforeCommit: async () => {
        seen.push(await onDisk());
      },
    });
    expect(seen).toEqual(['Before']);
    expect(await onDisk()).toBe('After');

    const failing = store.mutate((doc) => ({ doc: { ...doc, profile: { name: 'Never', email: '' } }, result: null }), {
      beforeCommit: async () => {
        throw new AppError('storage_failed', 'The certificate could not be put in place.');
      },
    });
    await expect(failing).rejects.toThrow('The certificate could not be put in place.');
    expect(store.data.profile.name).toBe('After');
    expect(await onDisk()).toBe('After');
    await store.close();
    expect((await openStore(store.dataDir)).data.profile.name).toBe('After');
  });

  it('the same, when the change writes db.json whole: the new file waits beside it until the work is done', async () => {
    const store = await openStore();
    const file = path.join(store.dataDir, 'db.json');
    const seen: string[] = [];
    // The first change of a new data folder writes db.json whole.
    await store.mutate((doc) => ({ doc: { ...doc, profile: { name: 'First', email: '' } }, result: null }), {
      beforeCommit: async () => {
        seen.push((await fs.readdir(store.dataDir)).some((n) => n.startsWith(TEMP_PREFIX)) ? 'new one waiting' : '');
      },
    });
    expect(seen).toEqual(['new one waiting']);
    expect(JSON.parse(await fs.readFile(file, 'utf8')).profile.name).toBe('First');
  });
});
