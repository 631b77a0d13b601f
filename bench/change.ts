/**
 * One change in the page at 10,000 activities: the mutation, then everything the page reloads,
 * each answer serialised as a transport would. "Before" is the old reload (ten calls, two
 * evaluations, every certificate re-hashed); "now" is one `app:overview` (one evaluation, no
 * re-hash). The target is 50 ms.
 */
import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDispatcher } from '../electron/core/dispatch';
import { handlers } from '../electron/core/handlers/handler-table';
import { serializeDocument } from '../electron/core/store/document';
import { Store } from '../electron/core/store/store';
import type { Method } from '../shared/contract';
import { applyListChange } from '../shared/list-change';
import type { Activity, Credential } from '../shared/schemas/entities';
import { documentWith, median, RUNS, timed } from './common';

const OLD_RELOAD: Method[] = [
  'app:status',
  'profile:get',
  'credentials:list',
  'customTypes:list',
  'credentials:evaluate',
  'activities:list',
  'attachments:list',
  'attachments:check',
  'reminders:list',
  'settings:reminders',
];

export async function benchChange(): Promise<void> {
  const count = 10000;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'recert-bench-change-'));
  try {
    const doc = documentWith(count);
    const ids = [...new Set(doc.activities.flatMap((a) => a.allocations.map((x) => x.credentialId)))];
    const types = ['nasm-cpt', 'ace-cpt', 'nsca-cscs', 'acsm-cpt', 'nasm-ces'];
    const credentials: Credential[] = ids.map((id, i) => ({
      id,
      typeId: types[i % types.length] as string,
      number: '',
      issuedOn: '2019-06-01',
      notes: '',
      overrides: {},
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    }));
    await fs.writeFile(path.join(dir, 'db.json'), serializeDocument({ ...doc, credentials }));
    const store = await Store.open({ dataDir: dir, owner: 'bench' });
    const dispatch = createDispatcher(handlers, { store, version: 'bench', today: () => '2026-11-22' });
    const call = async (method: Method, input: unknown = {}) =>
      JSON.parse(JSON.stringify(await dispatch(method, input)));
    const change = (i: number) => call('profile:update', { name: `Zoë ${i}`, email: 'zoe@example.com' });

    // The page sends back the activities' version it has and patches its copy, as renderer/src/data.ts does.
    const first = (await call('app:overview')).value;
    let have = first.versions.activities as string;
    let page = first.activities as Activity[];
    const overview = async () => {
      const answer = (await call('app:overview', { have: { activities: have } })).value;
      page = answer.activities ?? (answer.activityChanges ? applyListChange(page, answer.activityChanges) : page);
      have = answer.versions.activities;
    };
    const before: number[] = [];
    const now: number[] = [];
    const withActivity: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      before.push(
        await timed(async () => {
          await change(i);
          await Promise.all(OLD_RELOAD.map((m) => call(m)));
        }),
      );
      now.push(
        await timed(async () => {
          await change(i);
          await overview();
        }),
      );
      withActivity.push(
        await timed(async () => {
          await call('activities:add', {
            title: `Workshop ${i}`,
            completedOn: '2026-06-01',
            contactMinutes: 60,
            status: 'completed',
            // Counted toward one of the five credentials (ACE's, which shares its credits with no other here).
            allocations: [{ credentialId: credentials[1]?.id, amountHundredths: 10, approval: 'approved' }],
          });
          await overview();
        }),
      );
    }
    await store.close();
    console.log(
      JSON.stringify({
        figure: 'one change in the page',
        activities: count,
        ms: Number(median(now).toFixed(2)),
        adding_an_activity_ms: Number(median(withActivity).toFixed(2)),
        page_has_every_activity: page.length === store.data.activities.length,
        before_ms: Number(median(before).toFixed(2)),
        target_ms: 50,
        note: 'a profile change, then app:overview (activities unchanged, not resent) serialised and parsed as IPC would; adding an activity (counted toward one credential) sends that activity, which the page patches into its copy, and evaluates that credential again; before = the ten-call reload',
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
