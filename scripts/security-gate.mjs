// The security gate in `npm test`: electronegativity over the app's sources (main, preload and
// renderer together, so its whole-app checks see everything). Its CLI always exits 0 and reports
// unparsed files only as a printed line, so we call its runner directly: any warning or error not on
// the reviewed allow-list fails, and so does any file it could not parse.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const allowList = JSON.parse(readFileSync(path.join(root, 'security-allowlist.json'), 'utf8'));
const scanDir = mkdtempSync(path.join(os.tmpdir(), 'recert-scan-'));

try {
  for (const dir of ['electron', 'renderer']) {
    cpSync(path.join(root, dir), path.join(scanDir, 'app', dir), { recursive: true });
  }
  const runnerModule = createRequire(import.meta.url)('@doyensec/electronegativity/dist/runner.js');
  const runScan = runnerModule.default ?? runnerModule;
  const scan = await runScan(
    { input: path.join(scanDir, 'app'), isRelative: true, customScan: [], excludeFromScan: [] },
    false,
  );
  const parseErrors = scan.errors.map((e) => `could not parse ${path.relative(scanDir, e.file)}: ${e.message}`);
  // Its own SARIF writer marks manual-review items as notes and everything else as warnings.
  const findings = scan.issues.map((issue) => ({
    level: issue.manualReview ? 'note' : 'warning',
    rule: issue.id,
    file: issue.file,
    line: issue.location?.line ?? 0,
    message: issue.description ?? '',
  }));
  const serious = findings.filter((f) => f.level === 'warning');
  const accepted = (f) => allowList.some((a) => a.rule === f.rule && f.file.endsWith(a.file));
  const rejected = serious.filter((f) => !accepted(f));
  const notes = findings.filter((f) => f.level === 'note');

  console.log(
    `electronegativity: ${findings.length} findings (${serious.length} warnings, ${notes.length} review notes), ${parseErrors.length} unparsed files`,
  );
  for (const f of notes) console.log(`  note     ${f.rule} ${f.file}:${f.line}`);
  for (const f of serious.filter(accepted))
    console.log(`  accepted ${f.rule} ${f.file}:${f.line} (see security-allowlist.json)`);
  if (rejected.length > 0 || parseErrors.length > 0) {
    for (const f of rejected) console.error(`  FAIL     ${f.rule} ${f.file}:${f.line}: ${f.message}`);
    for (const line of parseErrors) console.error(`  FAIL     ${line}`);
    console.error(
      'Security gate failed: fix the findings above, or add a reviewed entry (with its reason) to security-allowlist.json.',
    );
    process.exitCode = 1;
  } else {
    console.log('Security gate passed.');
  }
} finally {
  rmSync(scanDir, { recursive: true, force: true });
}
