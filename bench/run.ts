/**
 * `npm run bench`: prints one JSON line per figure, each next to its floor measured in the
 * same run on the same bytes. No pass/fail here: the targets are printed for comparison.
 *   store.open   vs JSON.parse of the same bytes                          (target ≤ 2×)
 *   store.write  vs writeFile + fsync + rename of the same bytes          (target ≤ 1.5×)
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Activity } from '../shared/schemas/entities';
import { evaluateAll } from '../shared/domain/rules/evaluate';
import type { Credential } from '../shared/schemas/entities';
import { emptyDocument, serializeDocument, type RecertDocument } from '../electron/core/store/document';
import { Store } from '../electron/core/store/store';

const RUNS = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function documentWith(activityCount: number): RecertDocument {
  const credentialIds = Array.from({ length: 5 }, () => randomUUID());
  const activities: Activity[] = Array.from({ length: activityCount }, (_, i) => ({
    id: randomUUID(),
    title: `Continuing education course ${i}: program design for special populations`,
    provider: ['NASM', 'ACE', 'NSCA', 'ACSM'][i % 4] as string,
    code: `CEP${100000 + i}`,
    completedOn: `20${20 + (i % 6)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    contactMinutes: 60 * ((i % 8) + 1),
    delivery: 'online',
    status: i % 10 === 0 ? 'planned' : 'completed',
    notes: i % 5 === 0 ? 'Certificate emailed by the provider; petition filed.' : '',
    allocations: credentialIds.slice(0, 1 + (i % 3)).map((credentialId) => ({
      credentialId,
      amountHundredths: 10 * ((i % 8) + 1),
      category: ['A', 'B', 'C', 'D'][i % 4] as string,
      approval: 'approved' as const,
    })),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }));
  return { ...emptyDocument(), profile: { name: 'Zoë Müller-Łukasik', email: 'zoe@example.com' }, activities };
}

async function floorWrite(dir: string, bytes: string): Promise<number> {
  return timed(async () => {
    const temp = path.join(dir, `floor-${randomUUID()}`);
    const handle = await fs.open(temp, 'wx', 0o600);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    await fs.rename(temp, path.join(dir, 'floor.json'));
  });
}

function print(
  figure: string,
  activities: number,
  ms: number,
  floorMs: number,
  floor: string,
  target: number,
  bytes: number,
) {
  console.log(
    JSON.stringify({
      figure,
      activities,
      bytes,
      ms: Number(ms.toFixed(2)),
      floor,
      floor_ms: Number(floorMs.toFixed(2)),
      ratio: Number((ms / floorMs).toFixed(2)),
      target_ratio: target,
    }),
  );
}

for (const count of [1000, 10000]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'recert-bench-'));
  try {
    const text = serializeDocument(documentWith(count));
    await fs.writeFile(path.join(dir, 'db.json'), text);
    // Warm-up: the first open of a day also writes the daily snapshot; measure the steady state.
    await (await Store.open({ dataDir: dir, owner: 'bench' })).close();

    const parse: number[] = [];
    const open: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      parse.push(await timed(() => JSON.parse(text)));
      let store: Store | undefined;
      open.push(await timed(async () => (store = await Store.open({ dataDir: dir, owner: 'bench' }))));
      await store?.close();
    }
    print('store.open', count, median(open), median(parse), 'JSON.parse of the same bytes', 2, text.length);

    const store = await Store.open({ dataDir: dir, owner: 'bench' });
    const write: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      floor.push(await floorWrite(dir, text));
      write.push(
        await timed(() =>
          store.mutate((doc) => ({ doc: { ...doc, profile: { ...doc.profile, name: `Run ${i}` } }, result: null })),
        ),
      );
    }
    await store.close();
    print(
      'store.write',
      count,
      median(write),
      median(floor),
      'writeFile + fsync + rename of the same bytes',
      1.5,
      text.length,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Evaluating 50 credentials with about 10 cycles each and 10,000 activities (target: under 50 ms). */
{
  const types = [
    'nasm-cpt',
    'ace-cpt',
    'nsca-cscs',
    'acsm-ep',
    'afaa-cgfi',
    'issa-cpt',
    'ncsf-cpt',
    'neta-pt',
    'nasm-csnc',
    'ace-gfi',
  ];
  const credentials: Credential[] = Array.from({ length: 50 }, (_, i) => {
    const typeId = types[i % types.length] as string;
    // Old enough for about ten cycles before today.
    const issuedOn = typeId.startsWith('acsm') || typeId.startsWith('nsca') ? '1997-03-10' : '2007-03-10';
    return {
      id: `c${i}`,
      typeId,
      number: '',
      issuedOn,
      notes: '',
      overrides: {},
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
  });
  const doc = documentWith(10_000);
  const activities = doc.activities.map((a, i) => ({
    ...a,
    completedOn: `${2007 + (i % 20)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
    allocations: a.allocations.map((x, j) => ({ ...x, credentialId: `c${(i + j * 17) % 50}` })),
  }));
  const input = { credentials, activities, renewals: [], customTypes: [], today: '2026-11-22' };
  const cycles = evaluateAll(input).reduce((n, e) => n + e.cycles.length, 0);
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timed(() => evaluateAll(input)));
  console.log(
    JSON.stringify({
      figure: 'evaluate',
      credentials: 50,
      cycles,
      activities: 10_000,
      ms: Number(median(runs).toFixed(2)),
      target_ms: 50,
    }),
  );
}
