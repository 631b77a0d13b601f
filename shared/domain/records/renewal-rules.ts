/**
 * What a renewal must satisfy beyond its schema: it names a credential, is not dated in the
 * future, closes a cycle that exists (and that it does not predate), once. The same rules for
 * the app, the browser host and the JSON import.
 */
import { formatLongDate, type CalendarDate } from '../calendar-date';
import { evaluateAll } from '../rules/evaluate';
import type { Activity, Credential, CustomType, Renewal } from '../../schemas/entities';
import type { RecordProblem } from './activity-rules';

export interface RenewalContext {
  credentials: readonly Credential[];
  renewals: readonly Renewal[];
  activities: readonly Activity[];
  customTypes: readonly CustomType[];
  today: CalendarDate;
}

type RenewalLike = Pick<Renewal, 'credentialId' | 'cycleEnd' | 'renewedOn'>;

/** The first problem with `renewal`, or null; `conflict` marks a second renewal of one cycle. */
export function renewalProblem(
  renewal: RenewalLike,
  ctx: RenewalContext,
): (RecordProblem & { conflict?: true }) | null {
  const credential = ctx.credentials.find((c) => c.id === renewal.credentialId);
  if (!credential) return { field: 'credentialId', message: 'Credential: that credential does not exist.' };
  if (renewal.renewedOn > ctx.today)
    return { field: 'renewedOn', message: `Renewal date: ${formatLongDate(renewal.renewedOn)} is in the future.` };
  const others = ctx.renewals.filter((r) => r.credentialId === credential.id && r.cycleEnd !== renewal.cycleEnd);
  const [evaluation] = evaluateAll({ ...ctx, renewals: others, credentials: [credential] });
  const cycle = evaluation?.cycles.find((c) => c.end === renewal.cycleEnd);
  if (!cycle)
    return {
      field: 'cycleEnd',
      message: `Cycle deadline: no cycle of this credential ends on ${formatLongDate(renewal.cycleEnd)}.`,
    };
  if (renewal.renewedOn < cycle.start)
    return {
      field: 'renewedOn',
      message: `Renewal date: ${formatLongDate(renewal.renewedOn)} is before this cycle began (${formatLongDate(cycle.start)}).`,
    };
  if (ctx.renewals.some((r) => r.credentialId === credential.id && r.cycleEnd === renewal.cycleEnd))
    return {
      field: 'cycleEnd',
      message: 'A renewal is already recorded for this cycle. Remove it first to record a different one.',
      conflict: true,
    };
  return null;
}
