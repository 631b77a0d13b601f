/**
 * The built main process (out/main/main.js) run for real in Node, with `electron` mapped to a
 * recording stand-in (tests/electron-shaped/), with Electron's handling of unhandled
 * rejections (a warning, the process stays up). What only a real Electron can show (the
 * isolated world, native dialogs, OS notifications) stays for tests/electron/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAIN } from '../../electron-shaped/build-fake';
import { all, one, prepareFake, runMain } from '../../electron-shaped/run-main';
import { METHODS } from '../../../shared/contract';
import { NASM_CPT, openCore, openStore, tempDir } from '../helpers';

beforeAll(prepareFake, 120_000);

describe('the main process, run against the Electron stand-in', () => {
  it('starts hardened, serves the page with its CSP, answers only its own window, and quits cleanly', async () => {
    const dataDir = tempDir();
    const saveDir = tempDir();
    const { code, log, stderr } = runMain(dataDir, {
      FAKE_ELECTRON_SCENARIO: 'start',
      FAKE_ELECTRON_SAVE_DIR: saveDir,
    });
    expect(all(log, 'scenario.error'), stderr).toEqual([]);
    // The scheme is registered before ready; the window after it, with the hardened preferences.
    const order = log.map((e) => e.event);
    expect(order.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(order.indexOf('ready'));
    expect(one(log, 'BrowserWindow').webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(all(log, 'app.on').map((e) => e.name)).toContain('web-contents-created');
    // The page and every asset it references, with the CSP header and the right types.
    const served = all(log, 'served');
    expect(served.length).toBeGreaterThanOrEqual(3);
    for (const s of served) {
      expect(s.status).toBe(200);
      expect(s.csp).toMatch(/default-src 'self'/);
    }
    expect(served.find((s) => String(s.path).endsWith('.js'))?.type).toMatch(/javascript/);
    expect(served.find((s) => String(s.path).endsWith('.css'))?.type).toMatch(/text\/css/);
    for (const r of all(log, 'refused?')) expect(r.status).toBe(404);
    // One IPC channel per contract method; only the window's own top frame on our origin is answered.
    expect((one(log, 'ipc.channels').channels as string[]).sort()).toEqual([...METHODS].sort());
    expect(one(log, 'ipc.trusted').result).toMatchObject({ ok: true, value: { dataDir } });
    for (const u of all(log, 'ipc.untrusted'))
      expect(u.result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // No new windows (a body's own page goes to the system browser); no navigation away.
    expect(all(log, 'window.open').map((w) => w.action)).toEqual(['deny', 'deny']);
    expect(all(log, 'shell.openExternal').map((e) => e.url)).toEqual([
      'https://www.nasm.org/recertify/personal-trainer-recertification',
    ]);
    expect(all(log, 'navigate').map((n) => n.prevented)).toEqual([true, false]);
    expect(one(log, 'permission')).toMatchObject({ granted: false });
    expect(one(log, 'permission.check')).toMatchObject({ granted: false });
    // Each export is saved through the dialog with its own file type.
    expect(all(log, 'dialog.showSaveDialog').map((d) => d.filters)).toEqual([
      [{ name: 'Calendar file', extensions: ['ics'] }],
      [{ name: 'Recert backup (ZIP)', extensions: ['zip'] }],
    ]);
    expect(existsSync(path.join(saveDir, 'Recert deadlines.ics'))).toBe(true);
    // Quit closes the store and releases the lock.
    expect(code).toBe(0);
    expect(existsSync(path.join(dataDir, 'recert.lock'))).toBe(false);
  });

  it('a failure at start shows an error box, exits with 1 and releases the lock (data held by another process)', async () => {
    const dataDir = tempDir();
    const holder = await openStore(dataDir);
    const { code, log } = runMain(dataDir);
    expect(one(log, 'dialog.showErrorBox')).toMatchObject({
      title: 'Recert cannot open your data',
      content: expect.stringMatching(/in use by a unit test/),
    });
    expect(code).toBe(1);
    expect(all(log, 'BrowserWindow')).toEqual([]);
    await holder.close();
  });

  it('data from a newer version: an error box, exit 1, and the lock it took is released', async () => {
    const { dataDir, store, dispatch } = await openCore();
    await dispatch('profile:update', { name: 'Zoë', email: '' });
    await store.close();
    const file = path.join(dataDir, 'db.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...doc, schemaVersion: 99 }));
    const { code, log } = runMain(dataDir);
    expect(one(log, 'dialog.showErrorBox').content).toMatch(/newer version of Recert/);
    expect(code).toBe(1);
    expect(existsSync(path.join(dataDir, 'recert.lock'))).toBe(false);
  });

  it('a page that fails to load closes its window and says so, rather than leaving a hidden one', () => {
    const { code, log } = runMain(tempDir(), { FAKE_ELECTRON_LOAD_FAILS: '1' });
    expect(all(log, 'window.destroy')).toHaveLength(1);
    expect(one(log, 'dialog.showErrorBox').content).toMatch(/could not load its page/);
    expect(code).toBe(1);
  });

  it('a second instance hands its arguments to the first (through its socket) and quits without a window', async () => {
    // The first instance: this test process holds the lock in userData and listens on its socket.
    const home = tempDir();
    const userData = path.join(home, 'userData');
    mkdirSync(userData);
    writeFileSync(path.join(userData, 'SingletonLock'), String(process.pid));
    const received: string[] = [];
    const server = net.createServer((c) => c.on('data', (d) => received.push(String(d))));
    await new Promise<void>((r) => server.listen(path.join(userData, 'SingletonSocket'), r));
    const { code, log } = runMain(tempDir(), { FAKE_ELECTRON_HOME: home });
    await new Promise((r) => setTimeout(r, 200));
    server.close();
    expect(all(log, 'app.quit')).toHaveLength(1);
    expect(all(log, 'BrowserWindow')).toEqual([]);
    expect(code).toBe(0);
    expect(JSON.parse(received.join(''))).toContain(MAIN);
  });

  it('with a reminder due, a desktop notification is shown at launch', async () => {
    const { dataDir, dispatch, store } = await openCore();
    await dispatch('credentials:add', { ...NASM_CPT, issuedOn: '2025-01-15' });
    await store.close();
    const { log } = runMain(dataDir, { FAKE_ELECTRON_SCENARIO: 'quit' });
    expect(all(log, 'notification').length).toBeGreaterThan(0);
  });
});
