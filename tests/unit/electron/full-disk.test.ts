/**
 * A full or read-only disk on every door: the app's error box, the browser host's message and
 * exit 1, the CLI's message and exit 1 — the path, the cause and what to do, nothing changed and
 * nothing left behind — and a close that could not fold its journal says that nothing was lost.
 * The disk is a real 256 KB tmpfs where this machine allows one, else the failure injected.
 */
import { existsSync, readdirSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../electron/cli/recert';
import { withSession } from '../../../electron/cli/session';
import { Store } from '../../../electron/core/store/store';
import { startWebHost } from '../../../electron/web-host';
import { runWebHost } from '../../../electron/web-main';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION } from '../../../shared/schemas/interchange';
import { smallDisk, type SmallDisk } from '../../fixtures/full-disk';
import { all, one, prepareFake, runMain } from '../../electron-shaped/run-main';
import { api } from './host-request';
import { NASM_CPT, snapshotDir, tempDir } from '../helpers';

let disk: SmallDisk;
const disks: SmallDisk[] = [];
async function freshDisk(): Promise<SmallDisk> {
  disk = await smallDisk();
  disks.push(disk);
  return disk;
}
afterEach(() => {
  for (const d of disks.splice(0)) d.dispose();
});

const FULL = /The disk holding .*Recert.* is full: free some space, then try again\. Nothing was changed\./;
const leftovers = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.includes('tmp')) : []);
const cliIo = () => {
  const io = {
    out: () => undefined,
    err: (t: string) => void (io.text += t),
    env: {},
    today: () => '2026-12-06',
    text: '',
  };
  return io;
};

describe('a close that cannot fold the journal', () => {
  it('loses nothing, says so, and the next start applies the kept journal', async () => {
    const { dir } = await freshDisk();
    const dataDir = path.join(dir, 'Recert');
    const store = await Store.open({ dataDir, owner: 'a test' });
    await store.mutate((doc) => ({ doc: { ...doc, profile: { name: 'First', email: '' } }, result: null }));
    await store.mutate((doc) => ({ doc: { ...doc, profile: { name: 'Journalled', email: '' } }, result: null }));
    disk.fill();
    const words = await store.close();
    expect(words).toBe(
      `Recert could not write its data file whole as it closed (the disk is full). ` +
        `Nothing was lost: your recent changes are kept in ${path.join(dataDir, 'db.journal')} and will be applied the next time Recert opens this folder.`,
    );
    expect(leftovers(dataDir)).toEqual([]);
    expect(existsSync(path.join(dataDir, 'recert.lock'))).toBe(false);
    disk.free();
    const again = await Store.open({ dataDir, owner: 'a test' });
    expect(again.data.profile.name).toBe('Journalled');
    expect(await again.close()).toBeNull();
  });

  it('the CLI prints it as a warning after the command', async () => {
    const { dir } = await freshDisk();
    const dataDir = path.join(dir, 'Recert');
    const io = cliIo();
    await withSession(io, { dataDirFlag: dataDir, writes: true }, async (s) => {
      // The first change writes db.json whole; the second is journalled.
      await s.call('profile:update', { name: 'Ana', email: '' });
      await s.call('profile:update', { name: 'Ana Lima', email: '' });
      disk.fill();
    });
    expect(io.text).toMatch(
      /^recert: warning: Recert could not write its data file whole as it closed \(the disk is full\)\. Nothing was lost/,
    );
  });
});

describe('the browser host on a full disk', () => {
  it('at start: the words, exit 1, nothing left behind', async () => {
    const { dir } = await freshDisk();
    const dataDir = path.join(dir, 'Recert');
    await fs.mkdir(dataDir);
    disk.fill();
    const said: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((t: string) => void said.push(t));
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    await expect(runWebHost(['--data-dir', dataDir], tempDir())).rejects.toThrow('exit 1');
    vi.restoreAllMocks();
    expect(exit).toHaveBeenCalledWith(1);
    expect(said.join('\n')).toMatch(FULL);
    expect(said.join('\n')).not.toMatch(/ENOSPC|at .*\.ts/);
    expect(leftovers(dataDir)).toEqual([]);
  });

  it('a change once the disk is full: the words, nothing changed, nothing left behind', async () => {
    const { dir } = await freshDisk();
    const dataDir = path.join(dir, 'Recert');
    const host = await startWebHost({ dataDir, rendererDir: tempDir() });
    try {
      expect(JSON.parse((await api(host, 'credentials:add', NASM_CPT)).body)).toMatchObject({ ok: true });
      disk.fill();
      const before = await snapshotDir(dataDir);
      const answer = JSON.parse((await api(host, 'credentials:add', { ...NASM_CPT, number: 'X-2' })).body);
      expect(answer).toMatchObject({ ok: false, error: { code: 'storage_failed' } });
      expect(answer.error.message).toMatch(FULL);
      expect(await snapshotDir(dataDir)).toEqual(before);
      expect(JSON.parse((await api(host, 'credentials:list', {})).body).value).toHaveLength(1);
    } finally {
      disk.free();
      await host.close();
    }
  });
});

describe('the CLI on a read-only or full disk', () => {
  it('a write on a read-only disk: the words, exit 1, nothing changed', async () => {
    const { dir, real } = await freshDisk();
    const dataDir = path.join(dir, 'Recert');
    const io = cliIo();
    const file = path.join(tempDir(), 'data.json');
    await fs.writeFile(
      file,
      JSON.stringify({
        format: INTERCHANGE_FORMAT,
        formatVersion: INTERCHANGE_VERSION,
        exportedAt: '2026-12-01T10:00:00.000Z',
        appVersion: '0.1.0',
        catalogVersion: '1',
        profile: { name: 'Ana', email: '' },
        customTypes: [],
        credentials: [],
        renewals: [],
        activities: [],
      }),
    );
    expect(await main(['import', file, '--data-dir', dataDir], io), io.text).toBe(0);
    const before = await snapshotDir(dataDir);
    disk.readOnly();
    const code = await main(['import', file, '--data-dir', dataDir], io);
    expect(code).toBe(1);
    expect(io.text).toMatch(
      real
        ? /is on a disk that can only be read: choose a data folder on a writable disk\. Nothing was changed\./
        : FULL,
    );
    expect(io.text).not.toMatch(/unexpected failure|EROFS|ENOSPC/);
    disk.free();
    expect(await snapshotDir(dataDir)).toEqual(before);
  });
});

describe('the desktop app on a full disk', () => {
  beforeAll(prepareFake, 120_000);
  it('an error box in words at start, exit 1, nothing left behind', async () => {
    const { dir, env } = await freshDisk();
    const dataDir = path.join(dir, 'Recert');
    await fs.mkdir(dataDir);
    disk.fill();
    const { code, log } = runMain(dataDir, env);
    expect(one(log, 'dialog.showErrorBox')).toMatchObject({ title: 'Recert cannot open your data' });
    expect(String(one(log, 'dialog.showErrorBox').content)).toMatch(FULL);
    expect(code).toBe(1);
    expect(all(log, 'BrowserWindow')).toEqual([]);
    expect(leftovers(dataDir)).toEqual([]);
  });
});
