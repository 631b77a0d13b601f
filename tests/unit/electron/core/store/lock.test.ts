/** One process per data dir: the lock, in this process and across processes. */
import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
