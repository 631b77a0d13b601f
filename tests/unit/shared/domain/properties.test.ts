/** Properties that must hold for any data (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, calendarDateOf } from '../../../../shared/domain/calendar-date';
import { deriveCycles } from '../../../../shared/domain/rules/cycles';
import { activity, credential, evaluate } from './fixtures';

const date = fc
  .record({
    y: fc.integer({ min: 2019, max: 2026 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => calendarDateOf(y, m, d));

const allocationArb = fc.record({
  credentialId: fc.constantFrom('cscs', 'ncpt'),
  amountHundredths: fc.integer({ min: 1, max: 400 }),
  category: fc.constantFrom('A', 'B', 'C', 'D', ''),
  approval: fc.constantFrom(
    'approved' as const,
    'petition_pending' as const,
    'petition_approved' as const,
    'rejected' as const,
  ),
});

const activitiesArb = fc.array(
  fc.record({ date, allocations: fc.array(allocationArb, { minLength: 1, maxLength: 2 }), planned: fc.boolean() }),
  { maxLength: 25 },
);

const TODAY = '2026-06-01';
const creds = [credential('cscs', 'nsca-cscs', '2021-05-01'), credential('ncpt', 'nsca-cpt', '2021-05-01')];

function build(list: { date: string; allocations: object[]; planned: boolean }[]) {
  return list.map((a, i) => activity(`a${i}`, a.date, a.allocations, { status: a.planned ? 'planned' : 'completed' }));
}

describe('evaluation properties (NSCA: categories, caps, shared credit)', () => {
  it('earned never exceeds what was allocated, and caps always hold', () => {
    fc.assert(
      fc.property(activitiesArb, (list) => {
        const { of } = evaluate(TODAY, creds, build(list));
        for (const cycle of of('cscs').cycles) {
          expect(cycle.earned).toBeLessThanOrEqual(cycle.allocated);
          for (const line of cycle.categories) {
            if (line.max !== undefined) expect(line.earned).toBeLessThanOrEqual(line.max);
            expect(line.earned).toBeLessThanOrEqual(line.raw);
          }
          for (const c of cycle.contributions) {
            expect(c.credited).toBeLessThanOrEqual(c.raw);
            if (c.category === 'A') expect(c.credited).toBeLessThanOrEqual(200);
          }
        }
      }),
    );
  });

  it('adding a completed activity never lowers earned', () => {
    fc.assert(
      fc.property(activitiesArb, date, allocationArb, (list, extraDate, extraAllocation) => {
        const before = evaluate(TODAY, creds, build(list)).of('cscs');
        const extra = activity('extra', extraDate, [extraAllocation]);
        const after = evaluate(TODAY, creds, [...build(list), extra]).of('cscs');
        before.cycles.forEach((cycle, i) => expect(after.cycles[i]?.earned).toBeGreaterThanOrEqual(cycle.earned));
      }),
    );
  });
});

describe('cycle properties', () => {
  it('anniversary and end-of-month cycles tile time with no gap or overlap', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 1, max: 48 }),
        fc.constantFrom('anniversary' as const, 'end-of-month' as const),
        fc.integer({ min: 0, max: 120 }),
        (certifiedOn, months, kind, graceDays) => {
          const cycles = deriveCycles({
            rule: { kind, months },
            certifiedOn,
            required: 200,
            renewals: [],
            today: '2030-01-01',
            graceEndOf: (deadline) => addDays(deadline, graceDays),
            restartAfterLapse: false,
          });
          expect(cycles[0]?.start).toBe(certifiedOn);
          for (let i = 0; i < cycles.length; i++) {
            const c = cycles[i]!;
            expect(c.start <= c.end).toBe(true);
            expect(c.countFrom <= c.countUntil).toBe(true);
            const next = cycles[i + 1];
            if (next) {
              expect(next.start).toBe(addDays(c.end, 1));
              // No renewal recorded: the next cycle counts from the day after the deadline, and
              // the grace window is shared (offered to the earlier cycle while it needs credit).
              expect(next.countFrom).toBe(addDays(c.end, 1));
              expect(c.countUntil).toBe(addDays(c.end, graceDays));
            }
          }
          expect(cycles.at(-1)!.start > '2030-01-01').toBe(true);
        },
      ),
    );
  });
});
