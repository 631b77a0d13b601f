/** A write that waits for other disk work: `store.mutate(change, { beforeCommit })`. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors';
import { TEMP_PREFIX } from '../../../../../electron/core/store/durable-write';
import { openStore } from '../../../helpers';

describe('a write with work before its commit', () => {
  it('work before the commit runs while the new document waits beside db.json; if it fails, nothing changes', async () => {
    const store = await openStore();
    await store.mutate((doc) => ({ doc: { ...doc, profile: { name: 'Before', email: '' } }, result: null }));
    const file = path.join(store.dataDir, 'db.json');
    const seen: string[] = [];
    await store.mutate((doc) => ({ doc: { ...doc, profile: { name: 'After', email: '' } }, result: null }), {
      beforeCommit: async () => {
        seen.push(JSON.parse(await fs.readFile(file, 'utf8')).profile.name);
        seen.push((await fs.readdir(store.dataDir)).some((n) => n.startsWith(TEMP_PREFIX)) ? 'new one waiting' : '');
      },
    });
    expect(seen).toEqual(['Before', 'new one waiting']);
    expect(JSON.parse(await fs.readFile(file, 'utf8')).profile.name).toBe('After');

    const failing = store.mutate((doc) => ({ doc: { ...doc, profile: { name: 'Never', email: '' } }, result: null }), {
      beforeCommit: async () => {
        throw new AppError('storage_failed', 'The certificate could not be put in place.');
      },
    });
    await expect(failing).rejects.toThrow('The certificate could not be put in place.');
    expect(store.data.profile.name).toBe('After');
    expect(JSON.parse(await fs.readFile(file, 'utf8')).profile.name).toBe('After');
    expect((await fs.readdir(store.dataDir)).filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([]);
  });
});
