/**
 * `npm run soak`: the durability trials, repeated. Kill -9 a process while it writes (200
 * times, half of them with a small journal so db.json is also written whole every few writes):
 * the store must open clean and hold every write it acknowledged. Start several
 * processes on one data dir at once, fresh and after a crash (100 times each): exactly one
 * may own it. Prints the counts; exits 1 on any failure.
 *   npm run soak -- [kills=200] [races=100] [contenders=6]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, promises as fs, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { LOCK_FILE } from '../electron/core/store/lock';
import { Store } from '../electron/core/store/store';

const [kills = 200, races = 100, contenders = 6] = process.argv.slice(2).map(Number);
const work = mkdtempSync(path.join(os.tmpdir(), 'recert-soak-'));
const child = path.join(work, 'soak-child.mjs');
await build({
  entryPoints: [path.resolve('bench/soak-child.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: child,
  logLevel: 'error',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});

function run(args: string[], killAfterMs?: number): Promise<string> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [child, ...args]);
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    if (killAfterMs !== undefined) setTimeout(() => p.kill('SIGKILL'), killAfterMs);
    p.on('close', () => resolve(out));
  });
}

let corruptions = 0;
let lost = 0;
let acknowledged = 0;
let journalsLeft = 0;
for (let t = 0; t < kills; t++) {
  const dir = path.join(work, `kill-${t}`);
  // Every other trial folds its journal into db.json every few writes, so kills land in those writes too.
  const out = await run(['write', dir, t % 2 === 0 ? '4096' : '0'], 80 + Math.floor(Math.random() * 400));
  if (existsSync(path.join(dir, 'db.journal'))) journalsLeft++;
  const acked = [...out.matchAll(/^ack (\d+)$/gm)].map((m) => m[1] as string);
  acknowledged += acked.length;
  const store = await Store.open({ dataDir: dir, owner: 'soak check' });
  if (store.data.settings.notices.some((n) => n.kind === 'recovered')) corruptions++;
  const numbers = new Set(store.data.credentials.map((c) => c.number));
  lost += acked.filter((n) => !numbers.has(n)).length;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

let badRaces = 0;
for (const afterCrash of [false, true]) {
  for (let t = 0; t < races; t++) {
    const dir = path.join(work, `race-${afterCrash}-${t}`);
    await fs.mkdir(dir, { recursive: true });
    if (afterCrash) {
      const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)']).stdout.toString().trim();
      const since = new Date().toISOString();
      writeFileSync(
        path.join(dir, LOCK_FILE),
        JSON.stringify({ pid: Number(dead), owner: 'crashed', since, token: 'x' }),
      );
    }
    const outs = await Promise.all(Array.from({ length: contenders }, () => run(['race', dir, '800'])));
    const owners = outs.filter((o) => o.startsWith('owner')).length;
    if (owners !== 1) {
      badRaces++;
      console.error(
        `race ${afterCrash ? 'after a crash' : 'fresh'} #${t}: ${owners} owners: ${outs.map((o) => o.trim()).join(' | ')}`,
      );
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
rmSync(work, { recursive: true, force: true });

console.log(
  `kill -9 during writes: ${kills} trials (${journalsLeft} left a journal), ${acknowledged} acknowledged writes: ${corruptions} corruptions, ${lost} acknowledged writes lost`,
);
console.log(
  `simultaneous starts: ${races} fresh + ${races} after a crash, ${contenders} processes each: ${badRaces === 0 ? '1 owner every time' : `${badRaces} trials without exactly one owner`}`,
);
process.exit(corruptions + lost + badRaces === 0 ? 0 : 1);
