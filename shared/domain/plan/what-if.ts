/**
 * The plan's world: the user's records as they would be once the plan is carried out. Planned
 * courses are done on their dates, planned credentials held from theirs, and every cycle before
 * the one looked at renewed on its deadline (a plan for 2027–29 assumes 2025–27 was renewed).
 * The real records are never changed: this is a copy, evaluated by the same engine.
 */
import type { CalendarDate } from '../calendar-date';
import { evaluateAll, type EvaluationInput } from '../rules/evaluate';
import type { CycleEvaluation } from '../rules/evaluation-types';
import type { Activity, ActivityFields, Credential, Renewal } from '../../schemas/entities';
import type { PlanItem } from './types';

const STAMP = '1970-01-01T00:00:00.000Z';

function plannedCredential(item: Extract<PlanItem, { kind: 'credential' }>, n: number): Credential {
  return {
    id: `planned-credential-${n}`,
    typeId: item.typeId,
    number: '',
    issuedOn: item.on,
    // A card planned for a renewal is one with a hands-on skills check (the plan says so).
    handsOn: true,
    notes: '',
    overrides: {},
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

/** A planned course as an activity's fields (its credit approved by the bodies it names). */
export function plannedCourse(
  item: Extract<PlanItem, { kind: 'activity' }>,
  status: ActivityFields['status'],
): ActivityFields {
  return {
    title: item.title,
    provider: '',
    code: '',
    completedOn: item.on,
    contactMinutes: item.minutes,
    delivery: 'online',
    status,
    notes: '',
    allocations: item.allocations.map((a) => ({ ...a, category: '', approval: 'approved' as const })),
  };
}

function plannedActivity(item: Extract<PlanItem, { kind: 'activity' }>, n: number): Activity {
  return { id: `planned-activity-${n}`, ...plannedCourse(item, 'completed'), createdAt: STAMP, updatedAt: STAMP };
}

/** The records once `items` and the planned activities are done, cycles before `renewBefore` renewed. */
export function planWorld(
  input: Omit<EvaluationInput, 'today'>,
  items: readonly PlanItem[],
  renewed: { credentialId: string; cycleEnds: readonly CalendarDate[] }[],
): Omit<EvaluationInput, 'today'> {
  const renewals: Renewal[] = [...input.renewals];
  for (const { credentialId, cycleEnds } of renewed)
    for (const cycleEnd of cycleEnds)
      if (!renewals.some((r) => r.credentialId === credentialId && r.cycleEnd === cycleEnd))
        renewals.push({
          id: `planned-renewal-${renewals.length}`,
          credentialId,
          cycleEnd,
          renewedOn: cycleEnd,
          confirmation: '',
          createdAt: STAMP,
        });
  return {
    customTypes: input.customTypes,
    renewals,
    credentials: [
      ...input.credentials,
      ...items.flatMap((item, n) => (item.kind === 'credential' ? [plannedCredential(item, n)] : [])),
    ],
    activities: [
      ...input.activities.map((a) => (a.status === 'planned' ? { ...a, status: 'completed' as const } : a)),
      ...items.flatMap((item, n) => (item.kind === 'activity' ? [plannedActivity(item, n)] : [])),
    ],
  };
}

/** One credential's cycle ending on `end`, evaluated on `asOf` in `world`. */
export function cycleIn(
  world: Omit<EvaluationInput, 'today'>,
  credentialId: string,
  end: CalendarDate,
  asOf: CalendarDate,
): CycleEvaluation | undefined {
  const evaluation = evaluateAll({ ...world, today: asOf }).find((e) => e.credentialId === credentialId);
  return evaluation?.cycles.find((c) => c.end === end);
}

/** The day a cycle is judged on in the plan: once what is planned in it is done, and not before it starts. */
export function judgedOn(
  start: CalendarDate,
  end: CalendarDate,
  today: CalendarDate,
  planned: readonly CalendarDate[],
): CalendarDate {
  let day = today > start ? today : start;
  for (const on of planned) if (on > day && on <= end) day = on;
  return day > end ? end : day;
}
