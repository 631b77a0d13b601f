/**
 * `app:overview`: everything the screens show in one answer, from one evaluation; the activities
 * are sent again only when they changed since the version the page has.
 */
import { describe, expect, it } from 'vitest';
import { NASM_CPT, openCore } from '../../helpers';

type Overview = { versions: { activities: string }; activities: unknown[] | null; reminders: unknown[] };

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

    // A new activity: a new version, and the list.
    await dispatch('activities:add', {
      title: 'Mobility',
      provider: 'NASM',
      completedOn: '2026-06-01',
      contactMinutes: 60,
      status: 'completed',
      allocations: [],
    });
    const changed = (await dispatch('app:overview', have)) as { ok: true; value: Overview };
    expect(changed.value.activities).toHaveLength(1);
    expect(changed.value.versions.activities).not.toBe(first.value.versions.activities);

    // A version from elsewhere (another run) never matches.
    const stranger = (await dispatch('app:overview', { have: { activities: 'other-1' } })) as {
      ok: true;
      value: Overview;
    };
    expect(stranger.value.activities).toHaveLength(1);
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
