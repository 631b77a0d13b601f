/**
 * The timeline as data (renderer/src/features/timeline/timeline-model.ts): activities done are
 * filled marks; the plan's milestones are hollow marks on the lanes they count toward, never
 * filled ones; the chart's span reaches them.
 */
import { describe, expect, it } from 'vitest';
import type { Milestone } from '../../../shared/domain/plan/milestones';
import { evaluateAll } from '../../../shared/domain/rules/evaluate';
import { buildTimeline } from '../../../renderer/src/model/timeline';
import { activity, credential } from '../shared/domain/fixtures';

const credentials = [credential('cpt', 'nasm-cpt', '2025-03-10'), credential('ces', 'nasm-ces', '2025-09-15')];
const done = activity('a1', '2026-04-01', [{ credentialId: 'cpt', amountHundredths: 50 }]);
const planned = {
  ...activity('a2', '2027-08-01', [{ credentialId: 'cpt', amountHundredths: 50 }]),
  status: 'planned' as const,
};
const evaluations = evaluateAll({
  credentials,
  activities: [done, planned],
  renewals: [],
  customTypes: [],
  today: '2026-12-06',
});
const pes: Milestone = {
  key: 'planned:p',
  kind: 'credential',
  id: 'p',
  name: 'NASM-PES',
  on: '2029-06-09',
  toward: [{ credentialId: 'cpt', text: '1.9 CEU toward NASM-CPT' }],
};

describe('the timeline model', () => {
  it('draws a planned milestone hollow on the lane it counts toward, with its words, and reaches it', () => {
    const model = buildTimeline(evaluations, [done, planned], '2026-12-06', [pes]);
    const cpt = model.lanes.find((l) => l.credentialId === 'cpt')!;
    expect(cpt.markers).toEqual(['2026-04-01']);
    expect(cpt.planned).toEqual([{ on: '2029-06-09', label: 'Planned: NASM-PES done by 9 Jun 2029' }]);
    expect(model.lanes.find((l) => l.credentialId === 'ces')!.planned).toEqual([]);
    expect(model.last >= '2029-06-09').toBe(true);
  });

  it('a planned card is marked at the end of its window; without a plan, no hollow marks', () => {
    const card: Milestone = { ...pes, kind: 'card', name: 'your CPR/AED card', on: '2027-03-11', by: '2029-03-10' };
    const cpt = buildTimeline(evaluations, [], '2026-12-06', [card]).lanes.find((l) => l.credentialId === 'cpt')!;
    expect(cpt.planned).toEqual([{ on: '2029-03-10', label: 'Planned: CPR/AED card renewed by 10 Mar 2029' }]);
    expect(buildTimeline(evaluations, [done, planned], '2026-12-06').lanes.every((l) => l.planned.length === 0)).toBe(
      true,
    );
  });
});
