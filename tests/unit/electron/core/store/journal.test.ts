/**
 * The journal: a change appends one line beside db.json (its size set by the change, not the
 * data), and whatever a crash leaves (a journal, half a line, a damaged line, a journal that
 * follows another file) opens to every acknowledged change and nothing else.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDocument, serializeDocument } from '../../../../../electron/core/store/document';
import { Store } from '../../../../../electron/core/store/store';
import { FIXED_NOW, NASM_CPT, openCore, openStore, snapshotDir, tempDir } from '../../../helpers';
import { activity } from '../../../shared/domain/fixtures';

const JOURNAL = 'db.journal';
const COPY = 'db.journal.copy';
const lines = async (dir: string) =>
  (await fs.readFile(path.join(dir, JOURNAL), 'utf8')).split('\n').filter((l) => l !== '');

/** The data folder as a crash (kill -9, power cut) would leave it now: copied aside, lock and all. */
async function crashCopy(dataDir: string): Promise<string> {
  const copy = tempDir('recert-crash-');
  await fs.cp(dataDir, copy, { recursive: true });
  // The lock names this (living) process; a crashed app's lock names a dead one, which the next start takes.
  await fs.rm(path.join(copy, 'recert.lock'), { force: true });
  return copy;
}

const renamed = { title: 'Renamed', completedOn: '2026-01-01', contactMinutes: 60, status: 'completed' as const };

/** A store whose journal holds about two activities before db.json is written whole, and a way to add one. */
async function smallJournal() {
  const dataDir = tempDir();
  const store = await Store.open({ dataDir, owner: 'test', now: () => FIXED_NOW, journalLimitBytes: 600 });
  const add = (id: string) =>
    store.mutate((doc) => ({
      doc: { ...doc, activities: [...doc.activities, activity(id, '2026-01-01', [])] },
      result: null,
    }));
  return { dataDir, store, add };
}

async function withActivities(count: number) {
  const core = await openCore();
  const list = Array.from({ length: count }, (_, i) => activity(`a${i}`, '2026-01-01', []));
  await core.store.mutate((doc) => ({ doc: { ...doc, activities: list }, result: null }));
  return core;
}

describe('the journal', () => {
  it('a change appends one line, as long for 5,000 activities as for 5; db.json is not rewritten', async () => {
    const sizes: number[] = [];
    for (const count of [5, 5000]) {
      const { dispatch, dataDir } = await withActivities(count);
      const before = await fs.stat(path.join(dataDir, 'db.json'), { bigint: true });
      expect((await dispatch('profile:update', { name: 'Zoë Müller', email: '' })).ok).toBe(true);
      const after = await fs.stat(path.join(dataDir, 'db.json'), { bigint: true });
      expect([after.ino, after.mtimeNs]).toEqual([before.ino, before.mtimeNs]);
      const [line] = await lines(dataDir);
      expect(JSON.parse(line as string)).toMatchObject({ seq: 1, set: { profile: { name: 'Zoë Müller' } }, lists: {} });
      sizes.push((await fs.stat(path.join(dataDir, JOURNAL))).size);
    }
    expect(sizes[1]).toBe(sizes[0]);
  });

  it('an edited activity is one record in the line; a deleted one is its id', async () => {
    const { dispatch, dataDir, store } = await withActivities(3);
    expect((await dispatch('activities:update', { id: 'a1', fields: renamed })).ok).toBe(true);
    expect((await dispatch('activities:remove', { id: 'a2' })).ok).toBe(true);
    const [edit, removal] = (await lines(dataDir)).map((l) => JSON.parse(l));
    expect(edit.lists.activities.put.map((r: { id: string; title: string }) => [r.id, r.title])).toEqual([
      ['a1', 'Renamed'],
    ]);
    expect(removal.lists.activities).toEqual({ put: [], del: ['a2'] });
    expect(store.data.activities.map((a) => a.id)).toEqual(['a0', 'a1']);
  });

  it('after a crash, the next start has every acknowledged change and writes db.json whole', async () => {
    const { dispatch, dataDir, store } = await withActivities(3);
    await dispatch('credentials:add', NASM_CPT);
    expect((await dispatch('activities:update', { id: 'a0', fields: renamed })).ok).toBe(true);
    expect((await dispatch('activities:remove', { id: 'a2' })).ok).toBe(true);
    await dispatch('profile:update', { name: 'Zoë', email: 'zoe@example.com' });
    const copy = await crashCopy(dataDir);
    expect(await lines(copy)).toHaveLength(4);

    const reopened = await openStore(copy);
    expect(reopened.data).toEqual(store.data);
    expect(reopened.data.settings.notices).toEqual([]);
    expect(existsSync(path.join(copy, JOURNAL))).toBe(false);
    expect(JSON.parse(await fs.readFile(path.join(copy, 'db.json'), 'utf8'))).toEqual(
      JSON.parse(serializeDocument(store.data)),
    );
  });

  it('half a line (a write cut short, never acknowledged) is dropped, silently', async () => {
    const { dispatch, dataDir, store } = await openCore();
    await dispatch('credentials:add', NASM_CPT);
    await dispatch('profile:update', { name: 'Kept', email: '' });
    const copy = await crashCopy(dataDir);
    await fs.appendFile(path.join(copy, JOURNAL), '{"base":"0123","seq":3,"set":{"prof');
    const reopened = await openStore(copy);
    expect(reopened.data).toEqual(store.data);
    expect(reopened.data.settings.notices).toEqual([]);
    expect(await fs.readdir(path.join(copy, 'corrupt')).catch(() => [])).toEqual([]);
  });

  const DAMAGE: [string, (line: string) => string][] = [
    ['not JSON', () => '{"base": nonsense'],
    ['out of sequence', (line) => line.replace('"seq":2', '"seq":7')],
    ['a record the schema refuses', (line) => line.replace('"name":"Second"', `"name":"${'x'.repeat(121)}"`)],
    ['an unknown field', (line) => line.replace('"set":{', '"set":{"secret":1,')],
  ];

  it.each(DAMAGE)(
    'a damaged line (%s) keeps the changes before it, keeps the journal in corrupt/, and says so',
    async (_kind, damage) => {
      const { dispatch, dataDir } = await openCore();
      await dispatch('credentials:add', NASM_CPT);
      await dispatch('profile:update', { name: 'First', email: '' });
      await dispatch('profile:update', { name: 'Second', email: '' });
      await dispatch('profile:update', { name: 'Third', email: '' });
      const copy = await crashCopy(dataDir);
      const [one, two, three] = await lines(copy);
      // The same damage in the journal and in its copy: neither can give the changes after it.
      for (const file of [JOURNAL, COPY])
        await fs.writeFile(path.join(copy, file), `${one}\n${damage(two as string)}\n${three}\n`);

      const reopened = await openStore(copy);
      expect(reopened.data.profile.name).toBe('First');
      expect(reopened.data.credentials).toHaveLength(1);
      const [notice] = reopened.data.settings.notices;
      expect(notice?.message).toMatch(
        /could not read all of the changes saved .*line 2.*The change before it was kept/,
      );
      const kept = await fs.readdir(path.join(copy, 'corrupt'));
      expect(kept).toEqual([expect.stringMatching(/\.journal$/)]);
      expect(notice?.message).toContain(path.join(copy, 'corrupt', kept[0] as string));
      // The damaged journal is gone from its place; what is journalled now is the notice alone.
      const now = await lines(copy);
      expect(now.map((l) => JSON.parse(l).seq)).toEqual([1]);
      expect(now[0]).toContain(notice!.id);
      expect(await fs.readFile(path.join(copy, COPY), 'utf8')).toBe(`${now[0]}\n`);
    },
  );

  const WHOLE_DAMAGE: [string, (file: string) => Promise<void>][] = [
    ['cut in half', async (file) => fs.truncate(file, Math.floor((await fs.stat(file)).size / 2))],
    ['filled with NULs', async (file) => fs.writeFile(file, Buffer.alloc((await fs.stat(file)).size))],
    ['the word null', async (file) => fs.writeFile(file, 'null')],
    [
      'a line damaged',
      async (file) => fs.writeFile(file, (await fs.readFile(file, 'latin1')).replace('"seq":2', '"seq":7')),
    ],
    ['deleted', async (file) => fs.rm(file)],
  ];

  it.each(WHOLE_DAMAGE)(
    'after a crash, the journal %s: its copy gives every acknowledged change, and the user is told',
    async (kind, damage) => {
      const { dispatch, dataDir, store } = await openCore();
      await dispatch('credentials:add', NASM_CPT);
      for (const name of ['First', 'Second', 'Third']) await dispatch('profile:update', { name, email: '' });
      const copy = await crashCopy(dataDir);
      expect(await fs.readFile(path.join(copy, COPY), 'utf8')).toBe(
        await fs.readFile(path.join(copy, JOURNAL), 'utf8'),
      );
      await damage(path.join(copy, JOURNAL));

      const reopened = await openStore(copy);
      const { settings, ...rest } = reopened.data;
      const { settings: expectedSettings, ...expected } = store.data;
      expect(rest).toEqual(expected);
      expect({ ...settings, notices: [] }).toEqual({ ...expectedSettings, notices: [] });
      if (kind === 'deleted')
        expect(settings.notices.map((n) => n.message)).toEqual([
          'Recert found its log of recent changes damaged (it was missing) and used its second copy: nothing you saved was lost.',
        ]);
      else
        expect(settings.notices.map((n) => n.message)).toEqual([
          expect.stringMatching(
            /^Recert found its log of recent changes damaged \(.+\) and used its second copy: nothing you saved was lost\. The damaged log was kept at .*corrupt/,
          ),
        ]);
      // The open folded the journal into db.json; the notice is a change of its own, in both files.
      const journalled = await lines(copy);
      expect(journalled).toHaveLength(1);
      expect(JSON.parse(journalled[0]!)).toMatchObject({
        seq: 1,
        set: { settings: { notices: [{ kind: 'recovered' }] } },
      });
      expect(await fs.readFile(path.join(copy, COPY), 'utf8')).toBe(`${journalled[0]}\n`);
      await reopened.close();
      const again = await openStore(copy);
      expect(again.data.profile.name).toBe('Third');
    },
  );

  it('after the copy was used, a second crash and a damaged db.json still cost nothing', async () => {
    const { dispatch, dataDir, store } = await openCore();
    await dispatch('credentials:add', NASM_CPT);
    for (const name of ['First', 'Second', 'Third']) await dispatch('profile:update', { name, email: '' });
    const first = await crashCopy(dataDir);
    await fs.writeFile(path.join(first, JOURNAL), 'null');
    const recovered = await openStore(first);
    const expected = structuredClone(recovered.data);
    // Killed while open, then db.json damaged: .bak and the journal kept beside it rebuild it.
    const second = await crashCopy(first);
    await fs.writeFile(path.join(second, 'db.json'), 'null');
    const reopened = await openStore(second);
    const { settings, ...rest } = reopened.data;
    const { settings: expectedSettings, ...expectedRest } = expected;
    expect(rest).toEqual(expectedRest);
    expect(rest.profile.name).toBe(store.data.profile.name);
    expect(settings.notices.slice(0, expectedSettings.notices.length)).toEqual(expectedSettings.notices);
    expect(settings.notices.at(-1)?.message).toMatch(/rebuilt from the copy before it and the changes saved since/);
  });

  it.each(WHOLE_DAMAGE)(
    'after a crash, the copy %s: the journal gives every change, silently',
    async (_kind, damage) => {
      const { dispatch, dataDir, store } = await openCore();
      await dispatch('credentials:add', NASM_CPT);
      for (const name of ['First', 'Second', 'Third']) await dispatch('profile:update', { name, email: '' });
      const copy = await crashCopy(dataDir);
      await damage(path.join(copy, COPY));
      const reopened = await openStore(copy);
      expect(reopened.data).toEqual(store.data);
      expect(existsSync(path.join(copy, COPY))).toBe(false);
    },
  );

  it('a copy longer than the journal by a line (a crash between the two writes) is read: the line was complete', async () => {
    const { dispatch, dataDir, store } = await openCore();
    await dispatch('credentials:add', NASM_CPT);
    await dispatch('profile:update', { name: 'First', email: '' });
    await dispatch('profile:update', { name: 'Second', email: '' });
    const copy = await crashCopy(dataDir);
    const [one] = await lines(copy);
    await fs.writeFile(path.join(copy, JOURNAL), `${one}\n`);
    const reopened = await openStore(copy);
    expect(reopened.data).toEqual(store.data);
    expect(await fs.readdir(path.join(copy, 'corrupt')).catch(() => [])).toEqual([]);
  });

  it('a journal that follows another db.json (one put back by hand) is not applied, and is kept', async () => {
    const { dispatch, dataDir } = await openCore();
    await dispatch('profile:update', { name: 'Saved', email: '' });
    await dispatch('profile:update', { name: 'Journalled', email: '' });
    const copy = await crashCopy(dataDir);
    const doc = JSON.parse(await fs.readFile(path.join(copy, 'db.json'), 'utf8'));
    await fs.writeFile(path.join(copy, 'db.json'), JSON.stringify({ ...doc, profile: { name: 'By hand', email: '' } }));
    const reopened = await openStore(copy);
    expect(reopened.data.profile.name).toBe('By hand');
    expect(await fs.readdir(path.join(copy, 'corrupt'))).toEqual([expect.stringMatching(/\.journal$/)]);
  });

  it('a journal kept in corrupt/ never replaces one kept there before, even at the same moment', async () => {
    const dataDir = tempDir();
    await fs.writeFile(
      path.join(dataDir, 'db.json'),
      serializeDocument({ ...emptyDocument(), profile: { name: 'Zoë', email: '' } }),
    );
    for (const text of [
      '{"base":"elsewhere","seq":1,"set":{},"lists":{}}\n',
      '{"base":"another","seq":1,"set":{},"lists":{}}\n',
    ]) {
      await fs.writeFile(path.join(dataDir, JOURNAL), text);
      await (await Store.open({ dataDir, owner: 'test', now: () => FIXED_NOW })).close();
    }
    const kept = (await fs.readdir(path.join(dataDir, 'corrupt'))).sort();
    expect(kept).toHaveLength(2);
    const texts = await Promise.all(kept.map((n) => fs.readFile(path.join(dataDir, 'corrupt', n), 'utf8')));
    expect(texts.map((t) => JSON.parse(t).base).sort()).toEqual(['another', 'elsewhere']);
  });

  it('a crash after db.json was written whole but before its journal was removed: applied once, not twice', async () => {
    const { dataDir, store, add } = await smallJournal();
    await add('first'); // writes db.json (a new folder)
    await add('second'); // journal
    const journal = await fs.readFile(path.join(dataDir, JOURNAL));
    await add('third'); // past the limit: db.json written whole, journal removed
    expect(existsSync(path.join(dataDir, JOURNAL))).toBe(false);
    const copy = await crashCopy(dataDir);
    await fs.writeFile(path.join(copy, JOURNAL), journal); // as if the crash came just before the removal
    const reopened = await openStore(copy);
    expect(reopened.data.activities.map((a) => a.id)).toEqual(['first', 'second', 'third']);
    expect(existsSync(path.join(copy, 'corrupt'))).toBe(false);
    await store.close();
  });

  it('a damaged db.json is restored from db.json.bak with the journal that follows it', async () => {
    const { dataDir, store, add } = await smallJournal();
    await add('first');
    await add('second');
    const journal = await fs.readFile(path.join(dataDir, JOURNAL));
    await add('third'); // db.json written whole: the previous one (first) is db.json.bak, the journal (second) follows it
    const copy = await crashCopy(dataDir);
    await fs.writeFile(path.join(copy, JOURNAL), journal);
    await fs.writeFile(path.join(copy, 'db.json'), '{"schemaVersion":2,"prof');
    const reopened = await openStore(copy);
    // db.json.bak (first) and the journal kept beside it (second, and third: the change that
    // folded) rebuild db.json exactly; the crash's journal, which follows .bak, adds nothing twice.
    expect(reopened.data.activities.map((a) => a.id)).toEqual(['first', 'second', 'third']);
    expect(reopened.data.settings.notices[0]?.message).toMatch(/damaged.*rebuilt.*nothing you saved was lost/);
    await store.close();
  });

  it('past its limit the journal is folded into db.json, and appending starts over', async () => {
    const dataDir = tempDir();
    const store = await Store.open({ dataDir, owner: 'test', now: () => FIXED_NOW, journalLimitBytes: 800 });
    for (let i = 0; i < 12; i++)
      await store.mutate((doc) => ({ doc: { ...doc, profile: { name: `Name ${i}`, email: '' } }, result: null }));
    const journalled = (await lines(dataDir)).map((l) => JSON.parse(l).seq);
    expect(journalled[0]).toBe(1);
    expect(journalled.length).toBeLessThan(11);
    expect(JSON.parse(await fs.readFile(path.join(dataDir, 'db.json'), 'utf8')).profile.name).not.toBe('');
    const copy = await crashCopy(dataDir);
    expect((await openStore(copy)).data.profile.name).toBe('Name 11');
    await store.close();
  });

  it('a command that only reads sees the journalled changes while the app has them open', async () => {
    const { dispatch, dataDir } = await openCore();
    await dispatch('credentials:add', NASM_CPT);
    await dispatch('profile:update', { name: 'Live', email: '' });
    const { store, warning } = await Store.openReadOnly({ dataDir });
    expect(warning).toBeUndefined();
    expect(store.data.profile.name).toBe('Live');
    expect(store.data.credentials).toHaveLength(1);
  });

  it('a command that only reads, on a journal damaged part-way: the changes before it, a warning, nothing changed on disk', async () => {
    const { dispatch, dataDir } = await openCore();
    await dispatch('credentials:add', NASM_CPT); // the first change of a new folder writes db.json
    await dispatch('profile:update', { name: 'First', email: '' });
    await dispatch('profile:update', { name: 'Second', email: '' });
    await dispatch('profile:update', { name: 'Third', email: '' });
    const copy = await crashCopy(dataDir);
    const journalled = await lines(copy);
    expect(journalled).toHaveLength(3);
    const [one, two, three] = journalled;
    for (const file of [JOURNAL, COPY])
      await fs.writeFile(path.join(copy, file), `${one}\n${(two as string).slice(0, 20)}\n${three}\n`);
    const before = await snapshotDir(copy);
    const { store, warning } = await Store.openReadOnly({ dataDir: copy });
    expect(store.data.profile.name).toBe('First');
    expect(warning).toMatch(
      /^Some recent changes could not be read \(line 2 is not readable\)\. Open Recert to repair it\.$/,
    );
    expect(await snapshotDir(copy)).toEqual(before);
  });

  it('a change that changes nothing writes nothing', async () => {
    const { store, dataDir, dispatch } = await openCore();
    await dispatch('profile:update', { name: 'First', email: '' });
    await dispatch('profile:update', { name: 'Same', email: '' });
    const size = (await fs.stat(path.join(dataDir, JOURNAL))).size;
    await store.mutate((doc) => ({ doc: { ...doc }, result: null }));
    expect((await fs.stat(path.join(dataDir, JOURNAL))).size).toBe(size);
  });
});

describe('damage to db.json costs no acknowledged change', () => {
  const DAMAGES: [string, (file: string) => Promise<void>][] = [
    ['cut in half', async (file) => fs.truncate(file, Math.floor((await fs.stat(file)).size / 2))],
    ['filled with NULs', async (file) => fs.writeFile(file, Buffer.alloc((await fs.stat(file)).size))],
    ['the word null', async (file) => fs.writeFile(file, 'null')],
  ];

  it.each(DAMAGES)('after a clean close, db.json %s: every change of the session is there', async (_label, damage) => {
    const { dispatch, dataDir, store } = await openCore();
    await dispatch('credentials:add', NASM_CPT);
    await dispatch('profile:update', { name: 'Zoë', email: '' });
    await store.close();
    const reopened1 = await openStore(dataDir);
    const id = reopened1.data.credentials[0]!.id;
    await reopened1.mutate((doc) => ({
      doc: { ...doc, activities: [...doc.activities, activity('a1', '2026-01-01', [{ credentialId: id }])] },
      result: null,
    }));
    await reopened1.mutate((doc) => ({ doc: { ...doc, profile: { name: 'Zoë Müller', email: '' } }, result: null }));
    const expected = structuredClone(reopened1.data);
    await reopened1.close();
    await damage(path.join(dataDir, 'db.json'));
    const reopened2 = await openStore(dataDir);
    const { settings, ...rest } = reopened2.data;
    const { settings: expectedSettings, ...expectedRest } = expected;
    expect(rest).toEqual(expectedRest);
    expect(settings.notices.at(-1)?.message).toMatch(/rebuilt from the copy before it and the changes saved since/);
    expect({ ...settings, notices: [] }).toEqual({ ...expectedSettings, notices: [] });
    await reopened2.close();
  });

  it('a crash with changes in the journal, then db.json damaged: the folded changes and the crashed ones are all there', async () => {
    const { dataDir, store, add } = await smallJournal();
    await add('x');
    await store.flush(); // db.json whole with x; x kept in db.journal.bak beside db.json.bak
    await add('a');
    await add('b');
    const copy = await crashCopy(dataDir);
    await fs.writeFile(path.join(copy, 'db.json'), '{"schemaVersion":2,"prof');
    const reopened = await openStore(copy);
    expect(reopened.data.activities.map((a) => a.id)).toEqual(['x', 'a', 'b']);
    expect(await fs.readdir(path.join(copy, 'corrupt'))).toHaveLength(1); // the damaged db.json, kept
    await store.close();
  });

  it('a change the journal cannot say (a list reordered) keeps no journal that would claim to rebuild it', async () => {
    const { dataDir, store, add } = await smallJournal();
    await add('x');
    await add('y');
    await store.mutate((doc) => ({ doc: { ...doc, activities: [...doc.activities].reverse() }, result: null }));
    expect(existsSync(path.join(dataDir, 'db.journal.bak'))).toBe(false);
    await store.close();
    await fs.writeFile(path.join(dataDir, 'db.json'), 'null');
    const reopened = await openStore(dataDir);
    // Back to db.json.bak, and the banner does not claim that nothing was lost.
    expect(reopened.data.activities.map((a) => a.id)).toEqual(['x', 'y']);
    expect(reopened.data.settings.notices.at(-1)?.message).toMatch(/changes made after that may be missing/);
    await reopened.close();
  });

  it('read-only commands see the rebuilt data too', async () => {
    const { dataDir, store, add } = await smallJournal();
    await add('x');
    await add('y');
    await store.close();
    await fs.writeFile(path.join(dataDir, 'db.json'), 'null');
    const { store: readOnly, warning } = await Store.openReadOnly({ dataDir });
    expect(readOnly.data.activities.map((a) => a.id)).toEqual(['x', 'y']);
    expect(warning).toMatch(/db\.json is damaged/);
  });
});
