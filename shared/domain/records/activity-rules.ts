/**
 * What an activity must satisfy beyond its schema: dates against today, and references to
 * the user's credentials. One set of rules for every door (the app, the browser host, the
 * JSON import, the CSV import), so a record one refuses is refused by all, in the same words.
 */
import { formatLongDate, type CalendarDate } from '../calendar-date';
import { findCredentialType } from '../catalog/catalog';
import type { Activity, Credential } from '../../schemas/entities';

export interface RecordProblem {
  /** The field, relative to the record ("completedOn", "allocations.0.credentialId"). */
  field: string;
  message: string;
}

export interface ActivityContext {
  credentials: readonly Credential[];
  activities: readonly Activity[];
  today: CalendarDate;
}

type ActivityLike = Pick<Activity, 'status' | 'completedOn' | 'allocations' | 'completes'> & { id?: string };

/** The first problem with `activity` among the user's records, or null when it may be saved. */
export function activityProblem(activity: ActivityLike, ctx: ActivityContext): RecordProblem | null {
  if (activity.status === 'completed' && activity.completedOn > ctx.today) {
    return {
      field: 'completedOn',
      message: `Completion date: ${formatLongDate(activity.completedOn)} is in the future. Mark the activity as planned until you complete it.`,
    };
  }
  const seen = new Set<string>();
  for (const [i, allocation] of activity.allocations.entries()) {
    if (!ctx.credentials.some((c) => c.id === allocation.credentialId))
      return {
        field: `allocations.${i}.credentialId`,
        message: `Allocation ${i + 1}: that credential does not exist.`,
      };
    if (seen.has(allocation.credentialId))
      return {
        field: `allocations.${i}.credentialId`,
        message: `Allocation ${i + 1}: this credential already has a share of the activity.`,
      };
    seen.add(allocation.credentialId);
  }
  if (activity.completes !== undefined) {
    const spec = ctx.credentials.find((c) => c.id === activity.completes);
    const type = spec && findCredentialType(spec.typeId);
    if (!spec || (type && type.kind !== 'specialization'))
      return { field: 'completes', message: 'The specialization this course completes does not exist.' };
    const other = ctx.activities.find((a) => a.completes === spec.id && a.id !== activity.id);
    if (other)
      return {
        field: 'completes',
        message: `Your ${type?.code ?? 'specialization'} is already linked to "${other.title}": one course counts once. Unlink that activity first.`,
      };
  }
  return null;
}
