// Finds the Electron binary without triggering a download: ELECTRON_OVERRIDE_DIST_PATH, else the
// one the `electron` package fetched. Shared by `npm start` and the Electron test suite.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export function electronPackageDir() {
  return path.dirname(require.resolve('electron/package.json'));
}

function executableName(pkgDir) {
  const pathFile = path.join(pkgDir, 'path.txt');
  if (existsSync(pathFile)) return readFileSync(pathFile, 'utf8').trim();
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

/** The Electron executable's path, or null with the reason it is not there. */
export function findElectronBinary(env = process.env) {
  const pkgDir = electronPackageDir();
  const exe = executableName(pkgDir);
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, exe);
    return existsSync(candidate)
      ? { path: candidate }
      : { path: null, reason: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${candidate} does not exist` };
  }
  const candidate = path.join(pkgDir, 'dist', exe);
  return existsSync(candidate)
    ? { path: candidate }
    : { path: null, reason: 'the Electron binary has not been downloaded (node_modules/electron/dist is missing)' };
}
