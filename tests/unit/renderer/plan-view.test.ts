/** The plan panel's model: what what-if changes, and a cycle's figures in words. */
import { describe, expect, it } from 'vitest';
import { planAll } from '../../../shared/domain/plan/plan';
import { cycleFigures, planChanges, sourceLabel } from '../../../renderer/src/model/plan-view';
import { credential } from '../shared/domain/fixtures';

const input = {
  credentials: [
    credential('cpt', 'nasm-cpt', '2025-03-10'),
    credential('ace', 'ace-cpt', '2025-01-15'),
    credential('card', 'cpr-arc', '2026-02-01', { handsOn: true }),
  ],
  activities: [],
  renewals: [],
  customTypes: [],
  today: '2026-12-06',
};

describe('the plan panel model', () => {
  it('lists every credential whose plan verdict a tried course changes, before → after', () => {
    const before = planAll(input);
    const course = before
      .find((p) => p.credentialId === 'cpt')!
      .cycles[0]!.suggestions.find((s) => s.id.startsWith('course:'))!;
    const after = planAll(input, course.items);
    const changes = planChanges(before, after);
    expect(new Set(changes.map((c) => c.code))).toEqual(new Set(['ACE-CPT', 'NASM-CPT']));
    for (const c of changes) expect(c.before).not.toBe(c.after);
    expect(planChanges(before, before)).toEqual([]);
  });

  it('says a cycle in the body’s unit and in hours, with the pace a week', () => {
    const [cpt] = planAll({ ...input, credentials: [credential('cpt', 'nasm-cpt', '2025-03-10')] });
    expect(cycleFigures(cpt!, cpt!.cycles[1]!)).toBe(
      '0.0 of 2.0 CEU counted; 2.0 CEU missing (about 20 h, 0.2 h a week)',
    );
  });

  it('names a source by its site, or by its own words', () => {
    expect(sourceLabel('https://www.nasm.org/recertify/x')).toBe('nasm.org');
    expect(sourceLabel('Each body’s credit per contact hour, from the catalog')).toBe(
      'Each body’s credit per contact hour, from the catalog',
    );
  });
});
