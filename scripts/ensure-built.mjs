// Builds the app (electron-vite) unless out/ is newer than every source file.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const OUTPUTS = ['out/main/main.js', 'out/preload/preload.cjs', 'out/renderer/index.html', 'out/cli/web.mjs'];
const SOURCES = ['electron', 'renderer', 'shared', 'electron.config.ts', 'package.json'];

function newestMtime(target) {
  const full = path.join(root, target);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(full).map((name) => newestMtime(path.join(target, name))));
}

export function isBuildCurrent() {
  const outputs = OUTPUTS.map((f) => path.join(root, f));
  if (!outputs.every(existsSync)) return false;
  const oldestOutput = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  return Math.max(...SOURCES.map(newestMtime)) <= oldestOutput;
}

/** Runs `electron-vite build` when needed; exits the process if the build fails. */
export function ensureBuilt() {
  if (isBuildCurrent()) return;
  console.log('Building Recert…');
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--config', 'electron.config.ts'],
    { cwd: root, stdio: 'inherit' },
  );
  const cli =
    result.status === 0
      ? spawnSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { cwd: root, stdio: 'inherit' })
      : result;
  if (cli.status !== 0) {
    console.error('The build failed (see above).');
    process.exit(cli.status ?? 1);
  }
}
