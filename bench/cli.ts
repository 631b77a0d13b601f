/**
 * The command line's start-up, from built JavaScript: `recert --help`, and `recert status
 * --json` on a data dir of 5 credentials and 10,000 activities; floor: `node -e 0` in the same
 * run. Targets: help ≤ 0.3 s and ≤ 3× the floor; status at 10k ≤ 0.8 s; `npm run web` to its first
 * answer (the page, then app:overview) at 10k ≤ 1.5 s.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { serializeDocument } from '../electron/core/store/document';
import { documentWith, median } from './common';

function seconds(args: string[], runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
    times.push((performance.now() - start) / 1000);
  }
  return Number(median(times).toFixed(3));
}

export async function benchCli(): Promise<void> {
  if (!existsSync(path.resolve('out/cli/recert.mjs')))
    return console.log(JSON.stringify({ figure: 'cli', error: 'run npm run build first' }));
  const floor = seconds(['-e', '0']);
  const help = seconds(['bin/recert.mjs', '--help']);
  console.log(
    JSON.stringify({
      figure: 'cli.help',
      s: help,
      floor: 'node -e 0',
      floor_s: floor,
      ratio: Number((help / floor).toFixed(1)),
      target_s: 0.3,
      target_ratio: 3,
    }),
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), 'recert-bench-cli-'));
  const doc = documentWith(10_000);
  const stamp = '2026-01-01T00:00:00.000Z';
  const ids = [...new Set(doc.activities.flatMap((a) => a.allocations.map((x) => x.credentialId)))];
  const types = ['nasm-cpt', 'ace-cpt', 'nsca-cscs', 'acsm-ep', 'issa-cpt'];
  const credentials = ids.map((id, i) => ({
    id,
    typeId: types[i % types.length] as string,
    number: '',
    issuedOn: '2015-03-10',
    notes: '',
    overrides: {},
    createdAt: stamp,
    updatedAt: stamp,
  }));
  writeFileSync(path.join(dir, 'db.json'), serializeDocument({ ...doc, credentials }));
  const status = seconds(['bin/recert.mjs', 'status', '--json', '--data-dir', dir, '--today', '2026-11-22'], 3);
  console.log(
    JSON.stringify({ figure: 'cli.status_json', activities: 10_000, s: status, floor_s: floor, target_s: 0.8 }),
  );
  const web: number[] = [];
  for (let i = 0; i < 3; i++) web.push(await webFirstAnswer(dir));
  console.log(
    JSON.stringify({
      figure: 'web.first_answer',
      activities: 10_000,
      s: Number(median(web).toFixed(3)),
      floor: 'node -e 0',
      floor_s: floor,
      target_s: 1.5,
      note: '`npm run web` (already built) started, to the page and its first app:overview answered',
    }),
  );
}

/** `npm run web` on `dir`, from the start of the process to the page and its first `app:overview` answered. */
async function webFirstAnswer(dir: string): Promise<number> {
  const start = performance.now();
  const host = spawn(process.execPath, ['scripts/web.mjs', '--data-dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const address = await new Promise<URL>((resolve, reject) => {
      let out = '';
      host.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(out);
        if (found) resolve(new URL(found[0]));
      });
      host.on('exit', (code) => reject(new Error(`npm run web exited (${code})`)));
    });
    const page = await fetch(new URL('/', address));
    await page.text();
    const token = address.searchParams.get('token') ?? '';
    const answer = await fetch(new URL('/api/app:overview', address), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-recert-token': token },
      body: '{}',
    });
    const body = (await answer.json()) as { ok?: boolean };
    if (!page.ok || body.ok !== true) throw new Error('npm run web did not answer');
    return (performance.now() - start) / 1000;
  } finally {
    host.kill('SIGTERM');
    await new Promise((resolve) => host.once('close', resolve));
  }
}
