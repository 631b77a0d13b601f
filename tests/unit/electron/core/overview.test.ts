/**
 * `app:overview`: everything the screens show in one answer, from one evaluation; the activities
 * are sent again only when they changed since the version the page has, and then, to a page with a
 * recent copy, only what changed.
 */
import { describe, expect, it } from 'vitest';
import { applyListChange, type ListChange } from '../../../../shared/list-change';
import type { Activity } from '../../../../shared/schemas/entities';
import { evaluateAll } from '../../../../shared/domain/rules/evaluate';
import { evaluateStored } from '../../../../electron/core/evaluation';
import { NASM_CPT, openCore, TODAY } from '../../helpers';

type Overview = {
  versions: { activities: string };
  activities: Activity[] | null;
  activityChanges: ListChange<Activity> | null;
  reminders: unknown[];
};

describe('app:overview', () => {
  it('sends the activities once, then only when they change', async () => {
    const { dispatch } = await openCore();
    await dispatch('credentials:add', NASM_CPT);
    const first = (await dispatch('app:overview', {})) as { ok: true; value: Overview };
    expect(first.value.activities).toEqual([]);
    const have = { have: { activities: first.value.versions.activities } };

    // A change elsewhere: the activities are not sent again.
    await dispatch('profile:update', { name: 'Zoë', email: '' });
    const same = (await dispatch('app:overview', have)) as { ok: true; value: Overview };
    expect(same.value.activities).toBeNull();
    expect(same.value.versions.activities).toBe(first.value.versions.activities);

    // A new activity: a new version, and only the new activity for the page that has the last one.
    const added = await dispatch('activities:add', {
      title: 'Mobility',
      provider: 'NASM',
      completedOn: '2026-06-01',
      contactMinutes: 60,
      status: 'completed',
      allocations: [],
    });
    const changed = (await dispatch('app:overview', have)) as { ok: true; value: Overview };
    expect(changed.value.activities).toBeNull();
    expect(changed.value.activityChanges).toEqual({ put: [(added as { value: Activity }).value], del: [] });
    expect(changed.value.versions.activities).not.toBe(first.value.versions.activities);

    // A version from elsewhere (another run) never matches.
    const stranger = (await dispatch('app:overview', { have: { activities: 'other-1' } })) as {
      ok: true;
      value: Overview;
    };
    expect(stranger.value.activities).toHaveLength(1);
    expect(stranger.value.activityChanges).toBeNull();
  });

  it('a page that applies the changes it is sent always holds the list as stored, whatever the changes', async () => {
    const { dispatch, store } = await openCore();
    const add = (title: string) =>
      dispatch('activities:add', { title, completedOn: '2026-06-01', contactMinutes: 60, status: 'completed' });
    let page: Activity[] = [];
    let version: string | undefined;
    const sync = async () => {
      const answer = (await dispatch('app:overview', version ? { have: { activities: version } } : {})) as {
        value: Overview;
      };
      const o = answer.value;
      page = o.activities ?? (o.activityChanges ? applyListChange(page, o.activityChanges) : page);
      version = o.versions.activities;
      expect(page).toEqual(store.data.activities);
    };
    await sync();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(((await add(`Course ${i}`)) as { value: Activity }).value.id);
    await sync(); // six changes behind: six puts
    await dispatch('activities:update', {
      id: ids[2] as string,
      fields: { title: 'Renamed', completedOn: '2026-06-02', contactMinutes: 90, status: 'completed' },
    });
    await dispatch('activities:remove', { id: ids[4] as string });
    await add('After');
    await sync(); // an edit, a removal and an addition at once
    const undo = (await dispatch('activities:remove', { id: ids[0] as string })) as {
      value: { activity: Activity; attachments: [] };
    };
    await sync();
    await dispatch('activities:restore', undo.value);
    await sync(); // restored: back at the end, as stored
    // Further behind than the versions kept (another window loading after each of 20 changes): the whole list.
    const old = version as string;
    for (let i = 0; i < 20; i++) {
      await add(`Later ${i}`);
      await dispatch('app:overview', {});
    }
    const far = (await dispatch('app:overview', { have: { activities: old } })) as { value: Overview };
    expect(far.value.activityChanges).toBeNull();
    expect(far.value.activities).toEqual(store.data.activities);
  });
});

describe('contributions in the overview', () => {
  it('come for the current cycle only; credentials:cycle gives any cycle’s in full', async () => {
    const { dispatch } = await openCore();
    const cpt = (await dispatch('credentials:add', NASM_CPT)) as { ok: true; value: { id: string } };
    const credentialId = cpt.value.id;
    const log = (title: string, completedOn: string, status = 'completed') =>
      dispatch('activities:add', {
        title,
        completedOn,
        contactMinutes: 60,
        status,
        allocations: [{ credentialId, amountHundredths: 10, approval: 'approved' }],
      });
    await log('In the current cycle', '2026-01-10');
    expect(await log('In the next cycle', '2027-04-01', 'planned')).toMatchObject({ ok: true });
    type Cycle = { end: string; contributions: { title: string }[]; contributionsLeftOut?: boolean };
    type Report = { evaluations: { credentialId: string; currentIndex: number | null; cycles: Cycle[] }[] };
    const overview = (await dispatch('app:overview', {})) as { ok: true; value: { report: Report } };
    const full = (await dispatch('credentials:evaluate', {})) as { ok: true; value: Report };
    const sent = overview.value.report.evaluations[0]!;
    const all = full.value.evaluations[0]!;
    const current = sent.currentIndex!;
    expect(sent.cycles[current]).toEqual(all.cycles[current]);
    expect(sent.cycles[current]!.contributions.map((c) => c.title)).toEqual(['In the current cycle']);
    for (const [i, c] of sent.cycles.entries()) {
      if (i === current) continue;
      expect(c).toMatchObject({ contributions: [], contributionsLeftOut: true });
      const asked = (await dispatch('credentials:cycle', { credentialId, cycleEnd: c.end })) as {
        ok: true;
        value: Cycle;
      };
      expect(asked.value).toEqual(all.cycles[i]);
    }
    expect(all.cycles.some((c) => c.contributions.some((x) => x.title === 'In the next cycle'))).toBe(true);
  });
});

describe('the evaluation behind the overview', () => {
  it('is worked out again only when what it depends on changed, and is then the same as a fresh one', async () => {
    const { dispatch, store } = await openCore();
    await dispatch('credentials:add', NASM_CPT);
    const first = evaluateStored(store.data, TODAY);
    expect(evaluateStored(store.data, TODAY)).toBe(first);
    // Neither the profile nor the reminder settings change an evaluation.
    await dispatch('profile:update', { name: 'Zoë', email: '' });
    expect(evaluateStored(store.data, TODAY)).toBe(first);
    // An activity does; so does another day.
    await dispatch('activities:add', {
      title: 'A',
      completedOn: '2026-06-01',
      contactMinutes: 60,
      status: 'completed',
    });
    const second = evaluateStored(store.data, TODAY);
    expect(second).not.toBe(first);
    expect(second).toEqual(evaluateAll({ ...store.data, today: TODAY }));
    expect(evaluateStored(store.data, '2026-11-23')).not.toBe(second);
    // Shared between callers, so nobody may change it (frozen under the tests).
    expect(Object.isFrozen(second[0]?.cycles)).toBe(true);
  });
});
