/**
 * A certificate chosen on disk (the desktop's dialog, the CLI's argument) is read once: hashed
 * and staged in the certificates folder as it is read. What is stored is exactly the file; a
 * refused or vanished file leaves nothing behind.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../../electron/core/dispatch';
import { handlers } from '../../../../../electron/core/handlers/handler-table';
import { certificatesDir, stageFromFile } from '../../../../../electron/core/files/certificate-store';
import { openStore, snapshotDir, tempDir, TODAY } from '../../../helpers';
import { makeLargePdf, makePdf } from './fixtures';

async function withChosen(file: string) {
  const store = await openStore();
  const dispatch = createDispatcher(
    handlers,
    { store, version: 'test', today: () => TODAY, chooseFile: async () => file },
    () => undefined,
  );
  const added = await dispatch('activities:add', {
    title: 'Course',
    completedOn: '2026-01-01',
    contactMinutes: 60,
    status: 'completed',
  });
  if (!added.ok) throw new Error(added.error.message);
  return { store, dispatch, ownerId: (added.value as { id: string }).id };
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const leftovers = async (dataDir: string) =>
  (await fs.readdir(certificatesDir(dataDir)).catch(() => [] as string[])).filter((n) => n.startsWith('.recert-tmp-'));

describe('a certificate chosen on disk', () => {
  it('is stored exactly as it is on disk (a 9 MB PDF, read in several pieces), once, and nothing else is left', async () => {
    const bytes = await makeLargePdf(9);
    const file = path.join(tempDir(), 'big.pdf');
    await fs.writeFile(file, bytes);
    const { store, dispatch, ownerId } = await withChosen(file);

    const first = await dispatch('attachments:choose', { ownerType: 'activity', ownerId });
    expect(first).toMatchObject({ ok: true, value: { attachment: { sha256: sha(bytes), size: bytes.length } } });
    const stored = await fs.readFile(path.join(certificatesDir(store.dataDir), `${sha(bytes)}.pdf`));
    expect(stored.equals(Buffer.from(bytes))).toBe(true);

    // The same file again, for another owner: one stored file.
    const other = await dispatch('activities:add', {
      title: 'Other',
      completedOn: '2026-01-02',
      contactMinutes: 60,
      status: 'completed',
    });
    const second = await dispatch('attachments:choose', {
      ownerType: 'activity',
      ownerId: (other as { value: { id: string } }).value.id,
    });
    expect(second.ok).toBe(true);
    expect(await fs.readdir(certificatesDir(store.dataDir))).toEqual([`${sha(bytes)}.pdf`]);
    expect(await leftovers(store.dataDir)).toEqual([]);
  });

  it('a file that is not a certificate is refused: nothing stored, nothing recorded, nothing left', async () => {
    const file = path.join(tempDir(), 'notes.pdf');
    await fs.writeFile(file, 'just some text, not a PDF');
    const { store, dispatch, ownerId } = await withChosen(file);
    const before = { doc: structuredClone(store.data), files: await snapshotDir(store.dataDir) };
    const result = await dispatch('attachments:choose', { ownerType: 'activity', ownerId });
    expect(result).toMatchObject({ ok: false, error: { code: 'file_rejected' } });
    expect(store.data).toEqual(before.doc);
    expect(await snapshotDir(store.dataDir)).toEqual(before.files);
  });

  it.each([
    [
      'a link to a file',
      async (dir: string) => {
        await fs.writeFile(path.join(dir, 'real.pdf'), await makePdf());
        await fs.symlink(path.join(dir, 'real.pdf'), path.join(dir, 'chosen.pdf'));
      },
      /link to another file/,
    ],
    [
      'a file over 25 MB',
      async (dir: string) => fs.writeFile(path.join(dir, 'chosen.pdf'), Buffer.alloc(26 * 1024 * 1024)),
      /certificates can be at most 25 MB/,
    ],
  ])('%s: refused before it is read, nothing stored or recorded', async (_what, make, says) => {
    const dir = tempDir();
    await make(dir);
    const { store, dispatch, ownerId } = await withChosen(path.join(dir, 'chosen.pdf'));
    const before = { doc: structuredClone(store.data), files: await snapshotDir(store.dataDir) };
    const result = await dispatch('attachments:choose', { ownerType: 'activity', ownerId });
    expect(result).toMatchObject({ ok: false, error: { code: 'file_rejected', message: expect.stringMatching(says) } });
    expect(store.data).toEqual(before.doc);
    expect(await snapshotDir(store.dataDir)).toEqual(before.files);
  });

  it('for an owner that does not exist: refused before the file is read', async () => {
    const file = path.join(tempDir(), 'c.pdf');
    await fs.writeFile(file, await makePdf());
    const { store, dispatch } = await withChosen(file);
    const before = await snapshotDir(store.dataDir);
    const result = await dispatch('attachments:choose', { ownerType: 'activity', ownerId: 'no-such-activity' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'ownerId' } });
    expect(await snapshotDir(store.dataDir)).toEqual(before);
  });

  it('a smaller file after a larger one, and two at once, are each stored exactly (the read buffer is reused)', async () => {
    const dir = tempDir();
    const big = await makeLargePdf(6);
    const small = await makePdf('A short certificate');
    const other = await makePdf('Another certificate', 2);
    for (const [name, bytes] of [
      ['big.pdf', big],
      ['small.pdf', small],
      ['other.pdf', other],
    ] as const)
      await fs.writeFile(path.join(dir, name), bytes);
    const chosen = { file: path.join(dir, 'big.pdf') };
    const store = await openStore();
    const dispatch = createDispatcher(
      handlers,
      { store, version: 'test', today: () => TODAY, chooseFile: async () => chosen.file },
      () => undefined,
    );
    const owner = async (title: string) =>
      (
        (await dispatch('activities:add', {
          title,
          completedOn: '2026-01-01',
          contactMinutes: 60,
          status: 'completed',
        })) as { value: { id: string } }
      ).value.id;
    const choose = async (file: string, ownerId: string) => {
      chosen.file = file;
      return dispatch('attachments:choose', { ownerType: 'activity', ownerId });
    };
    expect((await choose(path.join(dir, 'big.pdf'), await owner('Big'))).ok).toBe(true);
    expect((await choose(path.join(dir, 'small.pdf'), await owner('Small'))).ok).toBe(true);
    // Two at once: the second starts while the first holds the buffer.
    const [one, two] = [await owner('One'), await owner('Two')];
    chosen.file = path.join(dir, 'other.pdf');
    const both = await Promise.all([
      dispatch('attachments:choose', { ownerType: 'activity', ownerId: one }),
      dispatch('attachments:choose', { ownerType: 'activity', ownerId: two }),
    ]);
    expect(both.map((r) => r.ok)).toEqual([true, true]);
    for (const bytes of [big, small, other]) {
      const stored = await fs.readFile(path.join(certificatesDir(store.dataDir), `${sha(bytes)}.pdf`));
      expect(sha(stored)).toBe(sha(bytes));
      expect(stored.length).toBe(bytes.length);
    }
    expect(await leftovers(store.dataDir)).toEqual([]);
  });

  it('a file gone between choosing and reading is refused in words, and nothing is left', async () => {
    const dataDir = tempDir();
    await expect(stageFromFile(dataDir, path.join(tempDir(), 'gone.pdf'), 1000)).rejects.toMatchObject({
      code: 'file_rejected',
      message: 'The file could not be found or read. It may have been moved; choose it again.',
    });
    expect(await fs.readdir(certificatesDir(dataDir))).toEqual([]);
  });

  it.each([
    ['grew', 1],
    ['shrank', -1],
  ])('a file that %s while it was read is refused, and its staged copy removed', async (_how, delta) => {
    const bytes = await makePdf();
    const file = path.join(tempDir(), 'c.pdf');
    await fs.writeFile(file, bytes);
    const dataDir = tempDir();
    // The size checked before reading, against a file of another size by the time it is read.
    await expect(stageFromFile(dataDir, file, bytes.length - delta)).rejects.toMatchObject({
      code: 'file_rejected',
      message: 'The file changed while Recert was reading it. Choose it again.',
    });
    expect(await fs.readdir(certificatesDir(dataDir))).toEqual([]);
  });
});
