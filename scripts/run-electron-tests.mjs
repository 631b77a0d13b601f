// The Electron suite: real Electron through Playwright's _electron, under xvfb-run on Linux when
// there is no display. Where no Electron binary exists the tests skip themselves, saying why.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findElectronBinary } from './electron-binary.mjs';

const root = path.resolve(import.meta.dirname, '..');
const playwright = path.join(root, 'node_modules/.bin/playwright');
const args = ['test', '--project=electron'];
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY;
const xvfb = '/usr/bin/xvfb-run';
const [command, commandArgs] =
  needsDisplay && existsSync(xvfb) ? [xvfb, ['-a', playwright, ...args]] : [playwright, args];
const binary = findElectronBinary();
if (!binary.path) console.log(`Electron suite skipped: no Electron binary here (${binary.reason}).`);
const run = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
