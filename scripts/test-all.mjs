// `npm test`: everything CI runs, in order, then one summary line with the counts of
// every suite: typecheck, lint, unit tests, the security gate, the build, e2e in Chromium (on both
// transports), and the Electron suite (which skips itself with its reason when no Electron binary
// is present).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

// What the tests need from the system, checked first so a newcomer gets one paragraph, not raw errors.
const onPath = (name) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = [
  ...(existsSync(chromium) || onPath('chromium') ? [] : [['chromium', 'a Chromium browser for the end-to-end tests']]),
  ...(onPath('pdftotext') && onPath('pdftoppm')
    ? []
    : [['poppler-utils', 'pdftotext and pdftoppm, to read the PDFs back']]),
  ...(onPath('qpdf') ? [] : [['qpdf', 'qpdf, to check the PDFs and make encrypted ones']]),
];
if (missing.length > 0) {
  console.error(
    `npm test needs ${missing.map(([, what]) => what).join('; ')}. On Debian or Ubuntu: ` +
      `sudo apt-get install ${missing.map(([pkg]) => pkg).join(' ')}` +
      (missing.some(([pkg]) => pkg === 'chromium') ? '. Or point CHROMIUM_PATH at another Chromium build.' : '.'),
  );
  process.exit(1);
}

const results = path.join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const counts = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function step(name, command, args, env = {}) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = run.status === 0;
  console.log(`━━ ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failedSteps.push(name);
  return ok;
}

const bin = (name) => path.join(root, 'node_modules/.bin', name);

function addVitest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += report.numFailedTests ?? 0;
  counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function addPlaywright(file) {
  if (!existsSync(file)) return;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  counts.failed += stats.unexpected ?? 0;
  counts.skipped += stats.skipped ?? 0;
}

const typed = step('typecheck', 'npm', ['run', '--silent', 'typecheck']);
const linted = step('lint', 'npm', ['run', '--silent', 'lint']);
if (typed && linted) {
  // The build first: the unit tests run the built `recert` command too.
  const built = step('build', 'npm', ['run', '--silent', 'build']);
  const unitJson = path.join(results, 'unit.json');
  step('unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${unitJson}`]);
  addVitest(unitJson);
  step('security gate', process.execPath, ['scripts/security-gate.mjs']);
  if (built) {
    const e2eJson = path.join(results, 'e2e.json');
    // Every flow twice: through the browser host, and through the desktop app's built main process,
    // preload and IPC under the Electron stand-in (plus the flows only the desktop has).
    step(
      'e2e (Chromium: browser host, and desktop app under the Electron stand-in)',
      bin('playwright'),
      ['test', '--project=e2e', '--project=e2e-desktop'],
      {
        PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson,
      },
    );
    addPlaywright(e2eJson);
    const electronJson = path.join(results, 'electron.json');
    step('Electron suite', process.execPath, ['scripts/run-electron-tests.mjs'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: electronJson,
    });
    addPlaywright(electronJson);
  }
}

console.log('');
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`Summary: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedSteps.length > 0 || counts.failed > 0 ? 1 : 0);
