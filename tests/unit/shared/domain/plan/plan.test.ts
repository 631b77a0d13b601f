/**
 * The renewal plan (shared/domain/plan): the seed case, one course for two bodies, what-if by
 * suggestion id, and the invariant that planned items never change a real verdict (a property
 * over generated records, with a planted slip to prove it bites).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planAll, planWith } from '../../../../../shared/domain/plan/plan';
import type { PlanItem } from '../../../../../shared/domain/plan/types';
import { planWorld } from '../../../../../shared/domain/plan/what-if';
import { evaluateAll, type EvaluationInput } from '../../../../../shared/domain/rules/evaluate';
import { credential } from '../fixtures';
import { worldArb } from '../invariants/generate';
import { planItemsArb } from './plan-items';

const seed: EvaluationInput = {
  credentials: [
    credential('cpt', 'nasm-cpt', '2025-03-10'),
    credential('ces', 'nasm-ces', '2025-09-15'),
    credential('card', 'cpr-arc', '2025-02-01', { expiresOn: '2027-02-01', handsOn: true }),
  ],
  activities: [],
  renewals: [],
  customTypes: [],
  today: '2026-12-06',
};

describe('the renewal plan', () => {
  it('the seed case: this cycle covered if sent by 1 Feb 2027, the next at 0 of 2.0 with the PES and a card first', () => {
    const [cpt] = planAll(seed);
    expect(cpt!.cycles.map((c) => [c.start, c.end])).toEqual([
      ['2025-03-10', '2027-03-10'],
      ['2027-03-11', '2029-03-10'],
      ['2029-03-11', '2031-03-10'],
    ]);
    const [now, next] = cpt!.cycles;
    expect(now!.real.word).toBe('Covered if you submit by 1 Feb 2027');
    expect(now!.card?.text).toBe(
      'Your card ends on 1 Feb 2027: submit by then, or renew it between 6 Dec 2026 and 10 Mar 2027 so it is valid when you submit (by 10 Mar 2027).',
    );
    expect(now!.suggestions).toEqual([]);
    expect([next!.counted, next!.required, next!.missing]).toEqual([0, 200, 200]);
    expect(next!.suggestions[0]).toMatchObject({
      id: 'earn:nasm-pes:2029-03-10',
      text: 'NASM-PES (1.9 CEU) + a valid CPR/AED card (0.1 CEU)',
      effect: 200,
      source: expect.stringMatching(/\S/),
    });
    // The CES is held: never suggested again.
    expect(next!.suggestions.some((s) => s.id.includes('nasm-ces'))).toBe(false);
  });

  it('choosing the PES makes 2027-29 covered once it is done (and the card renewed); the real verdicts do not move', () => {
    const before = planAll(seed)[0]!;
    const after = planWith(seed, { with: ['earn:nasm-pes:2029-03-10'], items: [] });
    const next = after.plans[0]!.cycles[1]!;
    expect(next.planWord).toBe('Covered once your planned NASM-PES is completed and your CPR/AED card is renewed');
    expect(next.ifPlanned.covered).toBe(true);
    expect(next.plannedItems).toEqual(['NASM-PES', 'renewed CPR/AED card']);
    expect(after.plans[0]!.cycles.map((c) => c.real)).toEqual(before.cycles.map((c) => c.real));
    expect(after.items.map((i) => i.kind === 'credential' && i.typeId)).toEqual(['nasm-pes', 'cpr-arc']);
  });

  it('a planned card is known by its type, whatever its label says', () => {
    const next = planAll(seed, [
      { kind: 'credential', typeId: 'nasm-pes', on: '2027-06-01', label: 'NASM-PES' },
      { kind: 'credential', typeId: 'cpr-arc', on: '2027-03-11', label: 'my new card' },
    ])[0]!.cycles[1]!;
    expect(next.planWord).toBe('Covered once your planned NASM-PES is completed and your CPR/AED card is renewed');
    expect(next.plannedItems).toEqual(['NASM-PES', 'renewed CPR/AED card']);
  });

  it('one 10-hour course approved by NASM and ACE moves both verdicts, before → after', () => {
    const input: EvaluationInput = {
      ...seed,
      credentials: [
        credential('cpt', 'nasm-cpt', '2025-03-10'),
        credential('ace', 'ace-cpt', '2025-01-15'),
        credential('card', 'cpr-arc', '2026-02-01', { handsOn: true }),
      ],
    };
    const course: PlanItem = {
      kind: 'activity',
      title: 'Program design, 10 h',
      on: '2026-12-20',
      minutes: 600,
      allocations: [
        { credentialId: 'cpt', amountHundredths: 100 },
        { credentialId: 'ace', amountHundredths: 100 },
      ],
    };
    const before = planAll(input);
    const after = planAll(input, [course]);
    for (const id of ['cpt', 'ace']) {
      const b = before.find((p) => p.credentialId === id)!.cycles[0]!;
      const a = after.find((p) => p.credentialId === id)!.cycles[0]!;
      expect(a.planned, id).toBe(100);
      expect(a.missing, id).toBe(b.missing - 100);
      expect(a.plannedItems).toEqual(['“Program design, 10 h”']);
    }
    // Offered as one suggestion, too.
    const offer = before
      .find((p) => p.credentialId === 'cpt')!
      .cycles[0]!.suggestions.find((s) => s.id.startsWith('course:'));
    expect(offer?.text).toMatch(/^One \d+-hour course approved by NASM and ACE: [\d.]+ CEU \+ [\d.]+ CEC$/);
  });

  it('refuses a suggestion it did not offer, and a credential that is not there', () => {
    expect(() => planWith(seed, { with: ['earn:nasm-xyz:2029-03-10'], items: [] })).toThrow(
      /The plan has no suggestion “earn:nasm-xyz:2029-03-10”/,
    );
    expect(() => planWith(seed, { credentialId: 'gone', with: [], items: [] })).toThrow(
      'That credential no longer exists.',
    );
  });
});

/** Planned items for a world: a NASM specialization, a card, a course for its credentials. */
const realVerdicts = (input: EvaluationInput) =>
  evaluateAll(input).map((e) => (e.currentIndex === null ? null : e.cycles[e.currentIndex]!.verdict));

/** The plan's "real" verdict of each credential's cycle in force. */
const planReal = (input: EvaluationInput, items: readonly PlanItem[]) =>
  planAll(input, items).map((p) => p.cycles[0]?.real ?? null);

describe('planned items never change a real verdict (property)', () => {
  const runs = Number(process.env.RECERT_PROPERTY_RUNS ?? 150);
  const seedValue = Number(process.env.RECERT_PROPERTY_SEED ?? 20261206);

  it('with and without any plan, and without the planned courses logged, the real verdicts are the same', () => {
    fc.assert(
      fc.property(
        worldArb.chain((world) => fc.tuple(fc.constant(world), planItemsArb(world, 'every'))),
        ([world, items]) => {
          const input: EvaluationInput = { ...world, customTypes: [] };
          const withoutLogged = { ...input, activities: input.activities.filter((a) => a.status !== 'planned') };
          expect(realVerdicts(input)).toEqual(realVerdicts(withoutLogged));
          const certifications = evaluateAll(input).filter((e) => e.kind === 'certification' && e.cycles.length > 0);
          const real = certifications.map((e) => (e.currentIndex === null ? null : e.cycles[e.currentIndex]!.verdict));
          expect(planReal(input, items)).toEqual(real);
          expect(planReal(input, [])).toEqual(real);
        },
      ),
      { numRuns: runs, seed: seedValue },
    );
  });

  it('bites: a plan that counted its items as done would be caught', () => {
    // The slip: the real verdict read from the plan's world.
    const slipped = (input: EvaluationInput, items: readonly PlanItem[]) =>
      evaluateAll({ ...planWorld(input, items, []), today: input.today })
        .filter((e) => e.kind === 'certification' && e.cycles.length > 0)
        .map((e) => (e.currentIndex === null ? null : e.cycles[e.currentIndex]!.verdict));
    const caught = fc.check(
      fc.property(
        worldArb.chain((world) => fc.tuple(fc.constant(world), planItemsArb(world, 'every'))),
        ([world, items]) => {
          const input: EvaluationInput = { ...world, customTypes: [] };
          const certifications = evaluateAll(input).filter((e) => e.kind === 'certification' && e.cycles.length > 0);
          const real = certifications.map((e) => (e.currentIndex === null ? null : e.cycles[e.currentIndex]!.verdict));
          expect(slipped(input, items)).toEqual(real);
        },
      ),
      { numRuns: 500, seed: seedValue },
    );
    expect(caught.failed).toBe(true);
  });
});
