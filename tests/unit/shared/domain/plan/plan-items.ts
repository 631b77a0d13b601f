/** Generated plan items for the plan's property tests: specializations, a card, planned courses. */
import fc from 'fast-check';
import type { PlanItem } from '../../../../../shared/domain/plan/types';
import { dayBetween, type World } from '../invariants/generate';

/** Up to four items after the world's today; courses count toward every credential, or the first only. */
export const planItemsArb = (world: World, toward: 'every' | 'first') =>
  fc.array(
    fc.oneof(
      fc
        .record({
          typeId: fc.constantFrom('nasm-pes', 'nasm-ces', 'cpr-aha'),
          on: dayBetween(world.today, '2033-12-31'),
        })
        .map((i): PlanItem => ({ kind: 'credential', typeId: i.typeId, on: i.on, label: i.typeId })),
      fc
        .record({ on: dayBetween(world.today, '2033-12-31'), amount: fc.integer({ min: 1, max: 500 }) })
        .map((i): PlanItem => ({
          kind: 'activity',
          title: 'Planned course',
          on: i.on,
          minutes: 60,
          allocations: (toward === 'every' ? world.credentials : world.credentials.slice(0, 1)).map((c) => ({
            credentialId: c.id,
            amountHundredths: i.amount,
          })),
        })),
    ),
    { maxLength: 4 },
  );
