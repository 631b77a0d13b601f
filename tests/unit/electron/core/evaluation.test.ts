/**
 * The kept evaluation (electron/core/evaluation.ts): after any run of activity changes (added,
 * edited, removed, moved between credentials, completing a specialization), evaluating again only
 * the credentials the changes touch gives exactly what a fresh evaluation of everything gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateStored } from '../../../../electron/core/evaluation';
import { evaluateAll } from '../../../../shared/domain/rules/evaluate';
import type { Activity, Credential } from '../../../../shared/schemas/entities';
import { activity, credential } from '../../shared/domain/fixtures';

const TODAY = '2026-11-22';
// Separate (NASM), shared between certifications (ACE, NSCA), a specialization that counts toward
// the CPT, a CPR/AED card, and "highest only" (ACSM, turned on).
const credentials: Credential[] = [
  credential('cpt', 'nasm-cpt', '2019-03-10'),
  credential('ces', 'nasm-ces', '2025-05-01'),
  credential('ace1', 'ace-cpt', '2020-01-15'),
  credential('ace2', 'ace-gfi', '2021-06-01'),
  credential('cscs', 'nsca-cscs', '2018-02-01'),
  credential('ncpt', 'nsca-cpt', '2022-09-09'),
  credential('ep', 'acsm-ep', '2017-04-04', { overrides: { highestOnly: true } }),
  credential('card', 'cpr-aha', '2025-08-01'),
];
const ids = credentials.map((c) => c.id);

type Op =
  | { kind: 'add'; date: number; to: number[]; amount: number; category: number; completes: boolean }
  | { kind: 'edit'; at: number; date: number; to: number[]; amount: number }
  | { kind: 'remove'; at: number };

const dateOf = (n: number) => {
  const d = new Date(Date.UTC(2018, 0, 1) + n * 86_400_000);
  return d.toISOString().slice(0, 10);
};
const allocations = (to: number[], amount: number, category = 0) =>
  [...new Set(to.map((i) => ids[i % ids.length] as string))].map((credentialId) => ({
    credentialId,
    amountHundredths: amount,
    category: ['', 'A', 'B', 'C'][category % 4] as string,
    approval: 'approved' as const,
  }));

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    date: fc.nat(3600),
    to: fc.array(fc.nat(20), { minLength: 1, maxLength: 3 }),
    amount: fc.integer({ min: 5, max: 300 }),
    category: fc.nat(3),
    completes: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    at: fc.nat(100),
    date: fc.nat(3600),
    to: fc.array(fc.nat(20), { minLength: 0, maxLength: 3 }),
    amount: fc.integer({ min: 5, max: 300 }),
  }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat(100) }),
);

let made = 0;
function apply(list: readonly Activity[], o: Op): Activity[] {
  if (o.kind === 'add')
    return [
      ...list,
      activity(
        `n${made++}`,
        dateOf(o.date),
        allocations(o.to, o.amount, o.category),
        o.completes ? { completes: 'ces' } : {},
      ),
    ];
  if (list.length === 0) return [...list];
  const i = o.at % list.length;
  if (o.kind === 'remove') return list.filter((_, j) => j !== i);
  const edited = { ...(list[i] as Activity), completedOn: dateOf(o.date), allocations: allocations(o.to, o.amount) };
  return list.map((a, j) => (j === i ? edited : a));
}

describe('the kept evaluation', () => {
  it('after any run of activity changes, equals a fresh evaluation of everything', () => {
    const start = Array.from({ length: 12 }, (_, i) =>
      activity(`s${i}`, dateOf(i * 290), allocations([i, i + 3], 50 + i * 10, i)),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 12 }), (ops) => {
        let doc = { credentials, activities: start, renewals: [], customTypes: [] };
        evaluateStored(doc, TODAY);
        for (const o of ops) {
          doc = { ...doc, activities: apply(doc.activities, o) };
          expect(evaluateStored(doc, TODAY)).toEqual(evaluateAll({ ...doc, today: TODAY }));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the evaluation of a credential no changed activity is allocated to, and redoes the others', () => {
    const a = activity('a', '2026-02-01', [{ credentialId: 'cpt', amountHundredths: 50 }]);
    const b = activity('b', '2026-02-01', [{ credentialId: 'ace1', amountHundredths: 50 }]);
    const doc = { credentials, activities: [a, b], renewals: [], customTypes: [] };
    const first = evaluateStored(doc, TODAY);
    const moreAce = {
      ...doc,
      activities: [a, { ...b, allocations: [{ ...b.allocations[0]!, amountHundredths: 90 }] }],
    };
    const second = evaluateStored(moreAce, TODAY);
    const of = (list: typeof first, id: string) => list.find((e) => e.credentialId === id);
    expect(of(second, 'cpt')).toBe(of(first, 'cpt'));
    expect(of(second, 'cscs')).toBe(of(first, 'cscs'));
    // ACE shares credits between its certifications: both are evaluated again.
    expect(of(second, 'ace1')).not.toBe(of(first, 'ace1'));
    expect(of(second, 'ace2')).not.toBe(of(first, 'ace2'));
    expect(of(second, 'ace2')?.cycles.at(-1)?.earned).not.toBe(undefined);
  });
});
