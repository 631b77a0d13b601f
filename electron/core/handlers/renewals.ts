/** `renewals:*` handlers: recording a renewal closes a cycle and opens the next. */
import { randomUUID } from 'node:crypto';
import { renewalProblem } from '../../../shared/domain/records/renewal-rules';
import { AppError } from '../../../shared/errors';
import type { Handlers } from './context';

export const renewalHandlers = {
  'renewals:add': async (fields, { store, today }) =>
    store.mutate((doc) => {
      const problem = renewalProblem(fields, { ...doc, today: today() });
      if (problem) throw new AppError(problem.conflict ? 'conflict' : 'invalid_input', problem.message, problem.field);
      const { feeCents, ...rest } = fields;
      const renewal = {
        id: randomUUID(),
        ...rest,
        ...(feeCents === undefined ? {} : { feeCents }),
        createdAt: store.now().toISOString(),
      };
      return { doc: { ...doc, renewals: [...doc.renewals, renewal] }, result: renewal };
    }),

  'renewals:remove': async ({ id }, { store }) =>
    store.mutate((doc) => {
      if (!doc.renewals.some((r) => r.id === id))
        throw new AppError('not_found', 'That renewal no longer exists.', 'id');
      return { doc: { ...doc, renewals: doc.renewals.filter((r) => r.id !== id) }, result: { id } };
    }),
} satisfies Pick<Handlers, 'renewals:add' | 'renewals:remove'>;
