/**
 * `npm run soak`: the durability trials, repeated. Kill -9 a process while it writes (200
 * times, half of them with a small journal so db.json is also written whole every few writes):
 * the store must open clean and hold every write it acknowledged. Start several
 * processes on one data dir at once, fresh and after a crash (100 times each): exactly one
 * may own it. Damage one file (db.json, db.json.bak, db.journal.bak, or a crashed run's
 * db.journal or its copy: cut in half, NULs, or `null`) after two sessions, the second closed
 * cleanly or killed (100 times per file): every acknowledged write must still be there. Prints
 * the counts; exits 1 on any failure.
 *   npm run soak -- [kills=200] [races=100] [contenders=6] [damage=100]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, promises as fs, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { LOCK_FILE } from '../electron/core/store/lock';
import { Store } from '../electron/core/store/store';

const [kills = 200, races = 100, contenders = 6, damage = 100] = process.argv.slice(2).map(Number);
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

/** The three kinds of damage a file is given in turn. */
async function damageFile(file: string, kind: number): Promise<void> {
  const bytes = await fs.readFile(file);
  if (kind === 0) await fs.writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
  else if (kind === 1) await fs.writeFile(file, Buffer.alloc(bytes.length));
  else await fs.writeFile(file, 'null');
}

const FILES = ['db.json', 'db.json.bak', 'db.journal.bak', 'db.journal', 'db.journal.copy'] as const;
const LIVE = new Set<string>(['db.journal', 'db.journal.copy']);
const damaged = Object.fromEntries(FILES.map((f) => [f, { trials: 0, acked: 0, lost: 0 }]));
for (const file of FILES) {
  for (let t = 0; t < damage; t++) {
    const dir = path.join(work, `damage-${file}-${t}`);
    // Two sessions: the first closed cleanly; the second closed cleanly, or (for the live journal and
    // its copy, and every other trial otherwise) killed while it writes. Small journals fold every few writes.
    const limit = t % 3 === 0 ? '4096' : '0';
    const first = await run(['write', dir, limit, String(5 + (t % 20))]);
    const killed = LIVE.has(file) || t % 2 === 1;
    const second = killed
      ? await run(['write', dir, limit], 80 + Math.floor(Math.random() * 300))
      : await run(['write', dir, limit, String(3 + (t % 15))]);
    const target = path.join(dir, file);
    if (!existsSync(target)) {
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    await damageFile(target, t % 3);
    const acked = [...`${first}${second}`.matchAll(/^ack (\d+)$/gm)].map((m) => m[1] as string);
    const store = await Store.open({ dataDir: dir, owner: 'soak check' });
    const numbers = new Set(store.data.credentials.map((c) => c.number));
    const entry = damaged[file]!;
    entry.trials++;
    entry.acked += acked.length;
    entry.lost += acked.filter((n) => !numbers.has(n)).length;
    await store.close();
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
for (const file of FILES) {
  const d = damaged[file]!;
  console.log(`${file} damaged: ${d.trials} trials, ${d.acked} acknowledged writes: ${d.lost} lost`);
}
const damageLost = FILES.reduce((n, f) => n + damaged[f]!.lost, 0);
process.exit(corruptions + lost + badRaces + damageLost === 0 ? 0 : 1);
