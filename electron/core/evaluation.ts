/**
 * The evaluation of the stored document, kept until what it depends on changes. Documents are
 * immutable, so the lists themselves say whether anything changed: a change to the profile, the
 * settings or the attachments (and the overview, the cycle and the reminders asked one after the
 * other) reuse the last evaluation instead of working out every cycle again; a change to some
 * activities evaluates again only the credentials those activities are allocated to (and the
 * ones sharing their credits).
 * The result is shared: treat it as read-only (under the unit tests it is frozen to prove it).
 */
import type { CalendarDate } from '../../shared/domain/calendar-date';
import { evaluateAll, type EvaluationInput, type Reuse } from '../../shared/domain/rules/evaluate';
import { changesBetween } from './store/versions';
import type { Activity } from '../../shared/schemas/entities';
import type { CredentialEvaluation } from '../../shared/domain/rules/evaluation-types';

type Inputs = Omit<EvaluationInput, 'today'>;

let last: { inputs: Inputs; today: CalendarDate; evaluations: CredentialEvaluation[] } | null = null;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The last evaluation was made on `today` with these credentials, renewals and custom types. */
function sameButActivities(doc: Inputs, today: CalendarDate): boolean {
  return (
    last !== null &&
    last.today === today &&
    last.inputs.credentials === doc.credentials &&
    last.inputs.renewals === doc.renewals &&
    last.inputs.customTypes === doc.customTypes
  );
}

/** What the last evaluation still says, when only activities changed since: see `Reuse`. */
function reusable(doc: Inputs, today: CalendarDate): Reuse | undefined {
  if (!last || !sameButActivities(doc, today)) return undefined;
  const before = last.inputs.activities as readonly Activity[];
  const change = changesBetween(before, doc.activities as readonly Activity[]);
  if (!change) return undefined;
  const changedCredentials = new Set<string>();
  const touched = new Set([...change.put.map((a) => a.id), ...change.del]);
  const name = (a: Activity) => a.allocations.forEach((x) => changedCredentials.add(x.credentialId));
  change.put.forEach(name);
  for (const a of before) if (touched.has(a.id)) name(a);
  return { previous: new Map(last.evaluations.map((e) => [e.credentialId, e])), changedCredentials };
}

/** `evaluateAll` of the document's lists on `today`, reused while they are the same lists. */
export function evaluateStored(doc: Inputs, today: CalendarDate): CredentialEvaluation[] {
  if (last && sameButActivities(doc, today) && last.inputs.activities === doc.activities) return last.evaluations;
  const inputs = {
    credentials: doc.credentials,
    activities: doc.activities,
    renewals: doc.renewals,
    customTypes: doc.customTypes,
  };
  const evaluations = evaluateAll({ ...inputs, today }, reusable(doc, today));
  if (process.env.VITEST) deepFreeze(evaluations);
  last = { inputs, today, evaluations };
  return evaluations;
}
