/** Searching, filtering and sorting the activity list (renderer/src/model/activity-filters.ts). */
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterActivities, type ActivityFilter } from '../../../renderer/src/model/activity-filters';
import type { Attachment } from '../../../shared/schemas/entities';
import { activity, appData } from './fixtures';

const list = [
  activity('a', '2026-02-01', [{ credentialId: 'cpt', amountHundredths: 10 }], {
    title: 'Mobility basics',
    provider: 'NASM',
    contactMinutes: 60,
  }),
  activity('b', '2024-05-01', [{ credentialId: 'ace', amountHundredths: 10 }], {
    title: 'Kettlebell flow',
    provider: 'ACE',
    contactMinutes: 240,
    notes: 'hip hinge',
  }),
  activity('c', '2026-09-01', [{ credentialId: 'cpt', amountHundredths: 10 }], {
    title: 'Program design',
    provider: 'NASM',
    contactMinutes: 120,
    status: 'planned',
  }),
];
const data = appData(undefined, list);
const run = (patch: Partial<ActivityFilter>, attachments: Attachment[] = []) =>
  filterActivities(list, attachments, data.report.evaluations, { ...EMPTY_FILTER, ...patch }).map((a) => a.id);

describe('the activity list', () => {
  it('newest first by default; oldest first, by title and by hours on request', () => {
    expect(run({})).toEqual(['c', 'a', 'b']);
    expect(run({ sort: 'date-asc' })).toEqual(['b', 'a', 'c']);
    expect(run({ sort: 'title' })).toEqual(['b', 'a', 'c']);
    expect(run({ sort: 'hours' })).toEqual(['b', 'c', 'a']);
  });

  it('search finds every word, in the title, the provider, the code or the notes, in any case', () => {
    expect(run({ query: 'nasm' })).toEqual(['c', 'a']);
    expect(run({ query: 'HIP ace' })).toEqual(['b']);
    expect(run({ query: 'nasm kettlebell' })).toEqual([]);
  });

  it('by status, and only those without a certificate', () => {
    expect(run({ status: 'planned' })).toEqual(['c']);
    expect(run({ status: 'completed' })).toEqual(['a', 'b']);
    const attached = { ownerType: 'activity', ownerId: 'a' } as Attachment;
    expect(run({ missingCertificate: true }, [attached])).toEqual(['c', 'b']);
  });

  it('by credential, and by one of its cycles (its counting window)', () => {
    expect(run({ credentialId: 'cpt' })).toEqual(['c', 'a']);
    const cycles = data.report.evaluations.find((e) => e.credentialId === 'cpt')!.cycles;
    const current = cycles.findIndex((c) => c.start <= '2026-02-01' && c.end >= '2026-02-01');
    expect(run({ credentialId: 'cpt', cycle: String(current) })).toEqual(['c', 'a']);
    expect(run({ credentialId: 'ace' })).toEqual(['b']);
  });
});
