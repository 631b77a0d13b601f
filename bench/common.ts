/** Helpers shared by the benchmarks: timing, medians, printing, and documents of a given size. */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Activity } from '../shared/schemas/entities';
import { emptyDocument, type RecertDocument } from '../electron/core/store/document';

export const RUNS = 9;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export function documentWith(activityCount: number): RecertDocument {
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

export async function floorWrite(dir: string, bytes: string): Promise<number> {
  return timed(async () => {
    const temp = path.join(dir, `floor-${randomUUID()}`);
    const handle = await fs.open(temp, 'wx', 0o600);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    await fs.rename(temp, path.join(dir, 'floor.json'));
  });
}

/** Appending `bytes` to an open file and flushing them: the floor of one journalled change. */
export async function floorAppend(dir: string, bytes: string): Promise<number> {
  const handle = await fs.open(path.join(dir, 'floor.journal'), 'a', 0o600);
  try {
    return await timed(async () => {
      await handle.write(bytes);
      await handle.datasync();
    });
  } finally {
    await handle.close();
  }
}

export function print(
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
