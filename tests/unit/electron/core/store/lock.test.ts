/** One process per data dir: the lock, in this process and across processes. */
import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, LOCK_FILE } from '../../../../../electron/core/store/lock';
import { Store } from '../../../../../electron/core/store/store';
import { openStore, tempDir } from '../../../helpers';

describe('one process per data dir', () => {
  it('refuses a second store in the same process with a clear message', async () => {
    const dataDir = tempDir();
    await openStore(dataDir);
    await expect(Store.open({ dataDir, owner: 'test' })).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringMatching(/in use by a unit test \(process \d+/),
    });
  });

  it('refuses a second process, and takes over a lock whose process is gone', async () => {
    const dataDir = tempDir();
    await openStore(dataDir);
    const child = await runChild(dataDir);
    expect(child.code).toBe(1);
    expect(child.stderr).toMatch(/The Recert data in .* is in use by a unit test/);

    // A lock left by a process that died is stale.
    const dead = await runChild(tempDir(), 'exit');
    expect(dead.code).toBe(0);
    const stalePid = Number(dead.stdout.trim());
    const other = tempDir();
    await fs.writeFile(
      path.join(other, 'recert.lock'),
      JSON.stringify({ pid: stalePid, owner: 'a crashed app', since: 'then', token: 'x' }),
    );
    const taken = await openStore(other);
    expect(JSON.parse(await fs.readFile(path.join(other, 'recert.lock'), 'utf8')).pid).toBe(process.pid);
    await taken.close();
    expect(existsSync(path.join(other, 'recert.lock'))).toBe(false);
  });
});

/** Opens the store in another Node process (or, with 'exit', just prints its pid and exits). */
function runChild(
  dataDir: string,
  mode: 'open' | 'exit' = 'open',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const script =
    mode === 'exit'
      ? 'console.log(process.pid)'
      : `import { Store } from ${JSON.stringify(path.resolve('electron/core/store/store.ts'))};
         try { const s = await Store.open({ dataDir: ${JSON.stringify(dataDir)}, owner: 'child' }); await s.close(); }
         catch (e) { console.error(e.message); process.exit(1); }`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the lock cannot be shared, and cannot lock the user out', () => {
  const lockAt = (dir: string) => path.join(dir, LOCK_FILE);
  const write = (dir: string, info: object) => fs.writeFile(lockAt(dir), JSON.stringify(info));
  const base = { owner: 'an old Recert', since: new Date().toISOString(), token: 'old', host: os.hostname() };

  it('100 simultaneous starts on a fresh dir: exactly one owner', async () => {
    const dir = tempDir();
    const results = await Promise.allSettled(Array.from({ length: 100 }, () => acquireLock(dir, 'contender')));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(
      Array(99).fill('locked'),
    );
  });

  it('100 simultaneous starts after a crash (a stale lock): exactly one takes it over', async () => {
    const dead = await runChild(tempDir(), 'exit');
    const dir = tempDir();
    await write(dir, { ...base, pid: Number(dead.stdout.trim()) });
    const results = await Promise.allSettled(Array.from({ length: 100 }, () => acquireLock(dir, 'contender')));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(JSON.parse(await fs.readFile(lockAt(dir), 'utf8'))).toMatchObject({ owner: 'contender', pid: process.pid });
  });

  it('a lock naming a live process that started after it was taken (a reused id: PID 1, our own) is stale', async () => {
    for (const pid of [1, process.pid]) {
      const dir = tempDir();
      await write(dir, { ...base, pid, started: '2001-01-01T00:00:00.000Z', since: '2001-01-01T00:00:00.000Z' });
      const lock = await acquireLock(dir, 'after a reboot');
      expect(JSON.parse(await fs.readFile(lockAt(dir), 'utf8'))).toMatchObject({ owner: 'after a reboot' });
      await lock.release();
    }
  });

  it('a lock from another computer is never taken silently; with force it is', async () => {
    const dir = tempDir();
    await write(dir, { ...base, pid: 4242, host: 'front-desk-pc' });
    await expect(acquireLock(dir, 'here')).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringMatching(/Recert may be open on another computer \(front-desk-pc.*--force-unlock/),
    });
    expect(JSON.parse(await fs.readFile(lockAt(dir), 'utf8'))).toMatchObject({ host: 'front-desk-pc' });
    const lock = await acquireLock(dir, 'here', new Date(), { force: true });
    expect(JSON.parse(await fs.readFile(lockAt(dir), 'utf8'))).toMatchObject({ owner: 'here' });
    await lock.release();
  });

  it('a lock file still being written (empty) is waited for, not taken; an empty one left by a crash is', async () => {
    const dir = tempDir();
    await fs.writeFile(lockAt(dir), '');
    // Its writer finishes a moment later: a live owner (our parent process).
    setTimeout(() => void write(dir, { ...base, pid: process.ppid, owner: 'the slow writer' }), 300);
    await expect(acquireLock(dir, 'too eager')).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringMatching(/in use by the slow writer/),
    });

    const crashed = tempDir();
    await fs.writeFile(lockAt(crashed), '');
    const old = new Date(Date.now() - 60_000);
    await fs.utimes(lockAt(crashed), old, old);
    const lock = await acquireLock(crashed, 'after the crash');
    expect(JSON.parse(await fs.readFile(lockAt(crashed), 'utf8'))).toMatchObject({ owner: 'after the crash' });
    await lock.release();
  });
});
