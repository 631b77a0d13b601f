/** `renewals:*` handlers: recording a renewal closes a cycle and opens the next. */
import { randomUUID } from 'node:crypto';
import { formatLongDate } from '../../../shared/domain/calendar-date';
import { evaluateAll } from '../../../shared/domain/rules/evaluate';
import { AppError } from '../../../shared/errors';
import type { Handlers } from './context';

export const renewalHandlers = {
  'renewals:add': async (fields, { store, today }) =>
    store.mutate((doc) => {
      const credential = doc.credentials.find((c) => c.id === fields.credentialId);
      if (!credential)
        throw new AppError('invalid_input', 'Credential: that credential does not exist.', 'credentialId');
      const date = today();
      if (fields.renewedOn > date) {
        throw new AppError(
          'invalid_input',
          `Renewal date: ${formatLongDate(fields.renewedOn)} is in the future.`,
          'renewedOn',
        );
      }
      const [evaluation] = evaluateAll({ ...doc, credentials: [credential], today: date });
      const cycle = evaluation?.cycles.find((c) => c.end === fields.cycleEnd);
      if (!cycle) {
        throw new AppError(
          'invalid_input',
          `Cycle deadline: no cycle of this credential ends on ${formatLongDate(fields.cycleEnd)}.`,
          'cycleEnd',
        );
      }
      if (fields.renewedOn < cycle.start) {
        throw new AppError(
          'invalid_input',
          `Renewal date: ${formatLongDate(fields.renewedOn)} is before this cycle began (${formatLongDate(cycle.start)}).`,
          'renewedOn',
        );
      }
      if (doc.renewals.some((r) => r.credentialId === credential.id && r.cycleEnd === fields.cycleEnd)) {
        throw new AppError(
          'conflict',
          'A renewal is already recorded for this cycle. Remove it first to record a different one.',
          'cycleEnd',
        );
      }
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
