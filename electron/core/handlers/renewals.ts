/** `renewals:*` handlers: recording a renewal closes a cycle and opens the next (rules: shared/domain/records). */
import { addRenewal, removeRenewal } from '../../../shared/domain/records/operations/renewals';
import { stampOf, type Handlers } from './context';

export const renewalHandlers = {
  'renewals:add': async (fields, ctx) => ctx.store.mutate((doc) => addRenewal(doc, fields, stampOf(ctx))),
  'renewals:remove': async ({ id }, { store }) => store.mutate((doc) => removeRenewal(doc, id)),
} satisfies Pick<Handlers, 'renewals:add' | 'renewals:remove'>;
