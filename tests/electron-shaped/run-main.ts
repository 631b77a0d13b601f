/** Runs the built main process under the stand-in (one process, to its end) and reads what it recorded. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from '../unit/helpers';
import { buildFakeElectron, MAIN, REGISTER, ROOT as root } from './build-fake';

let fake = '';

/** Builds main.js if needed, and the stand-in (once per test file). */
export async function prepareFake(): Promise<void> {
  if (!existsSync(MAIN)) spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  fake = await buildFakeElectron();
}

export type Entry = { event: string } & Record<string, unknown>;

export function runMain(
  dataDir: string,
  env: Record<string, string> = {},
): { code: number | null; log: Entry[]; stderr: string } {
  const log = path.join(tempDir(), 'electron.log');
  const result = spawnSync(
    process.execPath,
    ['--unhandled-rejections=warn-with-error-code', '--import', REGISTER, MAIN, '--data-dir', dataDir],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        FAKE_ELECTRON_MODULE: pathToFileURL(fake).href,
        FAKE_ELECTRON_LOG: log,
        FAKE_ELECTRON_HOME: tempDir(),
        ...env,
      },
    },
  );
  const lines = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : [];
  return { code: result.status, log: lines.map((l) => JSON.parse(l) as Entry), stderr: result.stderr };
}

export const all = (log: Entry[], event: string) => log.filter((e) => e.event === event);
export const one = (log: Entry[], event: string) => all(log, event)[0] as Entry;
