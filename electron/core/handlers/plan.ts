/** `plan:*` handlers: the renewal plan, what-if, and keeping it. */
import { planWith } from '../../../shared/domain/plan/plan';
import {
  forgetPlanned,
  keepPlan,
  pendingPlanItems,
  stillPlanned,
} from '../../../shared/domain/records/operations/plan';
import { stampOf, type Handlers } from './context';

export const planHandlers = {
  'plan:get': async (request, { store, today }) => {
    const doc = store.data;
    return {
      ...planWith({ ...doc, today: today() }, request, pendingPlanItems(doc)),
      kept: doc.plannedCredentials.filter((p) => stillPlanned(p, doc.credentials)),
    };
  },

  'plan:keep': async ({ items }, ctx) => ctx.store.mutate((doc) => keepPlan(doc, items, stampOf(ctx))),

  'plan:forget': async ({ id }, { store }) => store.mutate((doc) => forgetPlanned(doc, id)),
} satisfies Pick<Handlers, 'plan:get' | 'plan:keep' | 'plan:forget'>;
