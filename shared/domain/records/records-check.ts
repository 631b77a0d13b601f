/**
 * The whole check a set of records from outside the app (a JSON import, a backup) goes
 * through: each record against the forms' limits (the import schemas), then the record rules
 * every door shares. The first problem wins; its field names the record ("activities.3.title").
 */
import type { z } from 'zod';
import type { CalendarDate } from '../calendar-date';
import type { Activity, Credential, CustomType, Renewal } from '../../schemas/entities';
import { ImportedActivitySchema, ImportedCredentialSchema, ImportedRenewalSchema } from '../../schemas/interchange';
import { activityProblem, type RecordProblem } from './activity-rules';
import { renewalProblem } from './renewal-rules';

export interface RecordSet {
  credentials: readonly Credential[];
  renewals: readonly Renewal[];
  activities: readonly Activity[];
  customTypes: readonly CustomType[];
}

/** The first issue of `value` against `schema`, with its field relative to the record. */
function schemaProblem(schema: z.ZodType, value: unknown): RecordProblem | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return { field: (issue?.path ?? []).map(String).join('.'), message: issue?.message ?? 'is not valid' };
}

const at = (prefix: string, p: RecordProblem | null): RecordProblem | null =>
  p && { ...p, field: p.field ? `${prefix}.${p.field}` : prefix };

/**
 * The first problem among `checked` (records that came from outside), judged within `all`
 * (everything the data would hold afterwards); null when every record may be kept.
 */
export function recordsProblem(checked: RecordSet, all: RecordSet, today: CalendarDate): RecordProblem | null {
  for (const [i, c] of checked.credentials.entries()) {
    const p = at(`credentials.${i}`, schemaProblem(ImportedCredentialSchema, c));
    if (p) return p;
  }
  for (const [i, r] of checked.renewals.entries()) {
    const others = { ...all, renewals: all.renewals.filter((x) => x.id !== r.id), today };
    const p = at(`renewals.${i}`, schemaProblem(ImportedRenewalSchema, r) ?? renewalProblem(r, others));
    if (p) return p;
  }
  for (const [i, a] of checked.activities.entries()) {
    const p = at(`activities.${i}`, schemaProblem(ImportedActivitySchema, a) ?? activityProblem(a, { ...all, today }));
    if (p) return p;
  }
  return null;
}
