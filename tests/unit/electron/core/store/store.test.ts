import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors';
import { CURRENT_SCHEMA_VERSION, emptyDocument, serializeDocument } from '../../../../../electron/core/store/document';
import { TEMP_PREFIX } from '../../../../../electron/core/store/durable-write';
import { MIGRATIONS } from '../../../../../electron/core/store/migrations';
import { Store } from '../../../../../electron/core/store/store';
import { NASM_CPT, openCore, openStore, tempDir } from '../../../helpers';

const credential = {
  id: 'c1',
  ...NASM_CPT,
  notes: '',
  overrides: {},
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const goodDoc = { ...emptyDocument(), profile: { name: 'Zoë', email: '' }, credentials: [credential] };

async function writeDb(dir: string, content: string | Buffer, name = 'db.json') {
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, name), content);
}

async function corruptFiles(dir: string) {
  return fs.readdir(path.join(dir, 'corrupt')).catch(() => [] as string[]);
}

describe('the durable store', () => {
  it('writes a change and reads it back after a reopen', async () => {
    const { dispatch, store, dataDir } = await openCore();
    await dispatch('credentials:add', NASM_CPT);
    await store.close();
    const reopened = await openStore(dataDir);
    expect(reopened.data.credentials).toHaveLength(1);
    expect(reopened.data.credentials[0]).toMatchObject(NASM_CPT);
    expect(JSON.parse(await fs.readFile(path.join(dataDir, 'db.json'), 'utf8')).schemaVersion).toBe(
      CURRENT_SCHEMA_VERSION,
    );
  });

  it('writes db.json whole when it closes, keeping the previous version as db.json.bak', async () => {
    const { dispatch, store, dataDir } = await openCore();
    await dispatch('profile:update', { name: 'First', email: '' });
    await store.close();
    const reopened = await openCore(dataDir);
    await reopened.dispatch('profile:update', { name: 'Second', email: '' });
    await reopened.store.close();
    const read = async (name: string) => JSON.parse(await fs.readFile(path.join(dataDir, name), 'utf8'));
    expect((await read('db.json.bak')).profile.name).toBe('First');
    expect((await read('db.json')).profile.name).toBe('Second');
    expect(existsSync(path.join(dataDir, 'db.journal'))).toBe(false);
  });

  it('writes files only the user can read', async () => {
    const { dispatch, dataDir } = await openCore();
    await dispatch('profile:update', { name: 'A', email: '' });
    const mode = (await fs.stat(path.join(dataDir, 'db.json'))).mode & 0o777;
    expect(mode).toBe(0o600);
  });

  const BAD_FILES: Array<[string, string | Buffer, RegExp]> = [
    ['truncated', serializeDocument(goodDoc).slice(0, 40), /not complete JSON/],
    ['empty', '', /empty/],
    ['NUL bytes', Buffer.alloc(512, 0), /NUL bytes/],
    ['null', 'null', /does not hold a Recert document/],
    ['wrong shape', JSON.stringify({ schemaVersion: 1, profile: 'me', credentials: {} }), /expected shape/],
    ['no schemaVersion', JSON.stringify({ credentials: [] }), /schemaVersion/],
  ];

  it.each(BAD_FILES)(
    'a %s db.json is moved to corrupt/ and the newest valid copy is restored, with a notice',
    async (_kind, content, reason) => {
      const dataDir = tempDir();
      await writeDb(dataDir, serializeDocument(goodDoc), 'db.json.bak');
      await writeDb(dataDir, content);

      const store = await openStore(dataDir);

      expect(store.data.credentials).toEqual([credential]);
      expect(store.data.profile.name).toBe('Zoë');
      const [notice] = store.data.settings.notices;
      expect(notice?.kind).toBe('recovered');
      expect(notice?.message).toMatch(reason);
      expect(notice?.message).toMatch(/restored from the copy saved/);
      const kept = await corruptFiles(dataDir);
      expect(kept).toHaveLength(1);
      expect(await fs.readFile(path.join(dataDir, 'corrupt', kept[0] as string))).toEqual(Buffer.from(content));
      // The repaired db.json is valid and holds the restored data.
      expect(JSON.parse(await fs.readFile(path.join(dataDir, 'db.json'), 'utf8')).credentials).toEqual([credential]);
    },
  );

  it('falls back to the newest valid snapshot when db.json.bak is bad too', async () => {
    const dataDir = tempDir();
    await writeDb(
      path.join(dataDir, 'backups'),
      serializeDocument({ ...goodDoc, profile: { name: 'Old', email: '' } }),
      'snapshot-2026-01-01T00-00-00-000Z.json',
    );
    await new Promise((r) => setTimeout(r, 20));
    await writeDb(path.join(dataDir, 'backups'), serializeDocument(goodDoc), 'snapshot-2026-02-01T00-00-00-000Z.json');
    await writeDb(dataDir, '{"broken', 'db.json.bak');
    await writeDb(dataDir, '');
    const store = await openStore(dataDir);
    expect(store.data.profile.name).toBe('Zoë');
    expect(store.data.settings.notices[0]?.message).toMatch(/snapshot-2026-02-01/);
  });

  it('with no valid copy anywhere, keeps the damaged file, starts empty and says so', async () => {
    const dataDir = tempDir();
    await writeDb(dataDir, '{"schemaVersion": 1, "profile": ');
    const store = await openStore(dataDir);
    expect(store.data.credentials).toEqual([]);
    expect(store.data.settings.notices[0]?.message).toMatch(/No earlier copy could be read.*Nothing was deleted/);
    expect(await corruptFiles(dataDir)).toHaveLength(1);
  });

  it('the notice stays until dismissed, then is gone after a reopen', async () => {
    const dataDir = tempDir();
    await writeDb(dataDir, serializeDocument(goodDoc), 'db.json.bak');
    await writeDb(dataDir, 'null');
    const first = await openCore(dataDir);
    const id = first.store.data.settings.notices[0]?.id as string;
    await first.store.close();
    const second = await openCore(dataDir);
    expect(second.store.data.settings.notices.map((n) => n.id)).toEqual([id]);
    expect(await second.dispatch('app:dismissNotice', { id })).toEqual({ ok: true, value: { notices: [] } });
    await second.store.close();
    const third = await openStore(dataDir);
    expect(third.data.settings.notices).toEqual([]);
  });

  it('refuses a db.json from a newer version: opens nothing, changes nothing', async () => {
    const dataDir = tempDir();
    const future = JSON.stringify({ ...goodDoc, schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    await writeDb(dataDir, future);
    const error = await Store.open({ dataDir, owner: 'test' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(
      /newer version of Recert \(data format 3; this version reads up to 2\)/,
    );
    expect(await fs.readFile(path.join(dataDir, 'db.json'), 'utf8')).toBe(future);
    expect(await corruptFiles(dataDir)).toEqual([]);
    expect(existsSync(path.join(dataDir, 'recert.lock'))).toBe(false);
  });

  it('a temp file left by an interrupted write never corrupts db.json, and is cleaned up', async () => {
    const dataDir = tempDir();
    await writeDb(dataDir, serializeDocument(goodDoc));
    await writeDb(dataDir, '{"schemaVersion":1,"profi', `${TEMP_PREFIX}deadbeef`);
    const store = await openStore(dataDir);
    expect(store.data.credentials).toEqual([credential]);
    expect(store.data.settings.notices).toEqual([]);
    expect((await fs.readdir(dataDir)).filter((n) => n.includes(TEMP_PREFIX))).toEqual([]);
  });

  it('a failed write changes nothing, on disk or in memory, and says what to do', async () => {
    const { dispatch, store, dataDir } = await openCore();
    await dispatch('credentials:add', NASM_CPT);
    const db = path.join(dataDir, 'db.json');
    const journal = path.join(dataDir, 'db.journal');
    const before = { doc: structuredClone(store.data), text: await fs.readFile(db, 'utf8') };
    // A non-empty directory where the journal (and then db.json) should be: appending fails, even for root.
    await fs.mkdir(path.join(journal, 'blocker'), { recursive: true });
    const failed = {
      ok: false,
      error: { code: 'storage_failed', message: expect.stringMatching(/Nothing was changed.*free space/) },
    };

    expect(await dispatch('profile:update', { name: 'Changed', email: '' })).toMatchObject(failed);
    expect(store.data).toEqual(before.doc);
    expect(await fs.readFile(db, 'utf8')).toBe(before.text);

    // A change too large for the journal writes db.json whole: that failing changes nothing either.
    await fs.rename(db, `${db}.aside`);
    await fs.mkdir(path.join(db, 'blocker'), { recursive: true });
    const many = Array.from({ length: 2500 }, (_, i) => ({ ...NASM_CPT, number: `N-${i}`.padEnd(100, 'x') }));
    const big = await store
      .mutate((doc) => ({
        doc: {
          ...doc,
          credentials: [...doc.credentials, ...many.map((c, i) => ({ ...doc.credentials[0]!, ...c, id: `c${i}` }))],
        },
        result: null,
      }))
      .catch((e: unknown) => e);
    expect(big).toMatchObject({ code: 'storage_failed' });
    expect(store.data).toEqual(before.doc);
    expect(await fs.readFile(`${db}.aside`, 'utf8')).toBe(before.text);
    expect((await fs.readdir(dataDir)).filter((n) => n.includes(TEMP_PREFIX))).toEqual([]);

    // Once the disk is writable again, the next change goes through.
    await fs.rm(db, { recursive: true });
    await fs.rm(journal, { recursive: true });
    await fs.rename(`${db}.aside`, db);
    expect((await dispatch('profile:update', { name: 'Changed', email: '' })).ok).toBe(true);
    await store.close();
    expect((await openStore(dataDir)).data.profile.name).toBe('Changed');
  });

  const v1Credential = {
    id: 'c1',
    name: 'Certified Personal Trainer',
    body: 'NASM',
    number: 'CPT-123456',
    issuedOn: '2025-03-10',
    expiresOn: '2027-03-10',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  const v1Doc = {
    schemaVersion: 1,
    profile: { name: 'Zoë', email: '' },
    credentials: [v1Credential],
    renewals: [],
    activities: [],
    attachments: [],
    settings: { notices: [] },
  };

  it('migrates a version 1 document (free-text credentials) to custom types, losing nothing', async () => {
    const dataDir = tempDir();
    const text = JSON.stringify(v1Doc);
    await writeDb(dataDir, text);
    const store = await openStore(dataDir);
    expect(store.data.schemaVersion).toBe(2);
    expect(store.data.credentials).toEqual([
      {
        id: 'c1',
        typeId: 'custom:migrated-c1',
        number: 'CPT-123456',
        issuedOn: '2025-03-10',
        expiresOn: '2027-03-10',
        notes: '',
        overrides: {},
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    ]);
    expect(store.data.customTypes).toEqual([
      {
        id: 'migrated-c1',
        name: 'Certified Personal Trainer',
        bodyName: 'NASM',
        unit: 'CEU',
        perHour: 10,
        kind: 'certification',
        cycleMonths: 24,
        required: 0,
        cprRequired: false,
      },
    ]);
    const backups = await fs.readdir(path.join(dataDir, 'backups'));
    const pre = backups.find((n) => n.startsWith('pre-migration-v1-'));
    expect(await fs.readFile(path.join(dataDir, 'backups', pre as string), 'utf8')).toBe(text);
  });

  it('runs every step in order, after one pre-migration snapshot', async () => {
    const dataDir = tempDir();
    // Version 0 is a made-up older format (credentials were called "certs") for this test's own step.
    const { credentials, ...rest } = v1Doc;
    const v0 = JSON.stringify({ ...rest, schemaVersion: 0, certs: credentials });
    await writeDb(dataDir, v0);
    const migrations = {
      ...MIGRATIONS,
      0: ({ certs, ...doc }: Record<string, unknown>) => ({ ...doc, credentials: certs }),
    };
    const store = await Store.open({ dataDir, owner: 'test', migrations });
    expect(store.data.credentials.map((c) => c.typeId)).toEqual(['custom:migrated-c1']);
    await store.close();
    const backups = await fs.readdir(path.join(dataDir, 'backups'));
    const pre = backups.find((n) => n.startsWith('pre-migration-v0-'));
    expect(pre).toBeDefined();
    expect(await fs.readFile(path.join(dataDir, 'backups', pre as string), 'utf8')).toBe(v0);
    expect(JSON.parse(await fs.readFile(path.join(dataDir, 'db.json'), 'utf8')).schemaVersion).toBe(
      CURRENT_SCHEMA_VERSION,
    );
  });

  it('an older document with no migration path is treated as damaged, never half-read', async () => {
    const dataDir = tempDir();
    await writeDb(dataDir, JSON.stringify({ ...goodDoc, schemaVersion: 0 }));
    const store = await openStore(dataDir);
    expect(store.data.settings.notices[0]?.message).toMatch(/could not be upgraded from data format 0/);
    expect(await corruptFiles(dataDir)).toHaveLength(1);
  });

  it('keeps ten rotating snapshots, one per day the store is opened', async () => {
    const dataDir = tempDir();
    await writeDb(dataDir, serializeDocument(goodDoc));
    for (let day = 1; day <= 12; day++) {
      const store = await Store.open({ dataDir, owner: 'test', now: () => new Date(Date.UTC(2026, 0, day, 9)) });
      await store.close();
      const again = await Store.open({ dataDir, owner: 'test', now: () => new Date(Date.UTC(2026, 0, day, 18)) });
      await again.close();
    }
    const snapshots = (await fs.readdir(path.join(dataDir, 'backups'))).filter((n) => n.startsWith('snapshot-')).sort();
    expect(snapshots).toHaveLength(10);
    expect(snapshots[0]).toMatch(/^snapshot-2026-01-03/);
    expect(snapshots[9]).toMatch(/^snapshot-2026-01-12/);
  });
});
