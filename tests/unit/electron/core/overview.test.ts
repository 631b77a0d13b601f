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
