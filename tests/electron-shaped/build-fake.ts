/** Bundles the Electron stand-in to one ESM file (in a fresh temp folder) and returns its path. */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const MAIN = path.join(ROOT, 'out/main/main.js');
export const PRELOAD = path.join(ROOT, 'out/preload/preload.cjs');
export const REGISTER = path.join(ROOT, 'tests/electron-shaped/register.mjs');

export async function buildFakeElectron(): Promise<string> {
  const outfile = path.join(mkdtempSync(path.join(os.tmpdir(), 'recert-fake-electron-')), 'electron.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'tests/electron-shaped/fake-electron.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
