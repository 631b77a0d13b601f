// `npm start`: build, make sure the Electron binary is there (the `electron` package fetches it on
// first launch), then open the app. When it cannot be had, say so in one paragraph: no stack trace.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronPackageDir, findElectronBinary } from './electron-binary.mjs';
import { ensureBuilt } from './ensure-built.mjs';

const root = path.resolve(import.meta.dirname, '..');

function explainAndExit(reason, detail) {
  const lines = [
    '',
    `Recert could not start: ${reason}.`,
    detail ? `(${detail})` : null,
    'The Electron runtime is downloaded the first time the app starts, and that download did not work here (no internet, or its host is blocked).',
    'If Electron is already on this computer, point ELECTRON_OVERRIDE_DIST_PATH at the folder that holds its executable and run `npm start` again.',
    'Or open the same app in your browser instead: `npm run web`.',
    '',
  ];
  console.error(lines.filter((l) => l !== null).join('\n'));
  process.exit(1);
}

ensureBuilt();

let binary = findElectronBinary();
if (!binary.path && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  console.log('Downloading the Electron runtime (first start only)…');
  const install = spawnSync(process.execPath, [path.join(electronPackageDir(), 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
  });
  if (install.status !== 0) {
    const firstLine = `${install.stderr ?? ''}${install.stdout ?? ''}`
      .split('\n')
      .map((l) => l.trim())
      .find((l) => /error/i.test(l));
    explainAndExit('the Electron runtime could not be downloaded', firstLine);
  }
  binary = findElectronBinary();
}
if (!binary.path) explainAndExit(binary.reason);

// Chromium refuses to run its sandbox as root (containers, our own build machines) and Electron
// then aborts. Only there, and saying so, start it without the sandbox; a normal user keeps it.
const asRoot = process.getuid?.() === 0;
if (asRoot)
  console.warn('Running as root: starting Electron with --no-sandbox (Chromium cannot sandbox a root process).');
const child = spawn(binary.path, ['.', ...(asRoot ? ['--no-sandbox'] : []), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
child.on('error', (error) => explainAndExit(`the Electron runtime at ${binary.path} would not run`, error.message));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
