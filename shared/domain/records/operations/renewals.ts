/** Recording and removing a renewal, as pure operations on the records. */
import { AppError } from '../../../errors';
import type { Renewal } from '../../../schemas/entities';
import { renewalProblem } from '../renewal-rules';
import type { Outcome, Records, Stamp } from './types';

type RenewalInput = Omit<Renewal, 'id' | 'createdAt'>;

export function addRenewal<D extends Records>(doc: D, fields: RenewalInput, stamp: Stamp): Outcome<D, Renewal> {
  const problem = renewalProblem(fields, { ...doc, today: stamp.today });
  if (problem) throw new AppError(problem.conflict ? 'conflict' : 'invalid_input', problem.message, problem.field);
  const { feeCents, ...rest } = fields;
  const renewal: Renewal = {
    id: stamp.newId(),
    ...rest,
    ...(feeCents === undefined ? {} : { feeCents }),
    createdAt: stamp.now,
  };
  return { doc: { ...doc, renewals: [...doc.renewals, renewal] }, result: renewal };
}

export function removeRenewal<D extends Records>(doc: D, id: string): Outcome<D, { id: string }> {
  if (!doc.renewals.some((r) => r.id === id)) throw new AppError('not_found', 'That renewal no longer exists.', 'id');
  return { doc: { ...doc, renewals: doc.renewals.filter((r) => r.id !== id) }, result: { id } };
}
