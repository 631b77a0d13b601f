/**
 * `npm run bench`: prints one JSON line per figure, next to its floor (measured in the same
 * run on the same bytes) or its target. No pass/fail here: the figures are for reading.
 * Each section runs in a process of its own, as the app would run it: what an earlier section
 * left in memory (a 10,000-activity document and its evaluation) would otherwise make the
 * garbage collector's work in a later one larger than the app's.
 *   npm run bench -- [section ...]   (store, evaluate, change, attachments, packet, timeline,
 *                                     renderer-size, cli, certificates, certificate-designs, jpeg;
 *                                     all by default)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SECTIONS } from './sections';

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in SECTIONS));
if (unknown.length > 0) {
  console.error(`Unknown section: ${unknown.join(', ')}. Sections: ${Object.keys(SECTIONS).join(', ')}.`);
  process.exit(2);
}
const section = fileURLToPath(new URL('./section.ts', import.meta.url));
let failed = 0;
for (const name of chosen.length > 0 ? chosen : Object.keys(SECTIONS)) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', section, name], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`bench section "${name}" failed (exit ${run.status ?? run.signal})`);
    failed++;
  }
}
process.exit(failed === 0 ? 0 : 1);
