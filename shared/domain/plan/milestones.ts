/**
 * The plan's milestones: what the user kept in the plan and has still to do, dated, with what
 * each counts toward, in one wording that Home's next steps and the calendar both use. A planned
 * course is an activity with status "planned"; a planned credential (a specialization to earn, a
 * card to renew) is kept until a credential of its type is earned.
 */
import { creditText } from '../rules/amount-text';
import { addDays, formatLongDate, type CalendarDate } from '../calendar-date';
import { findCredentialType } from '../catalog/catalog';
import { formatMinutes, minutesForCredit } from '../quantity';
import { stillPlanned } from '../records/operations/plan';
import type { CredentialEvaluation } from '../rules/evaluation-types';
import type { Activity, Credential, PlannedCredential } from '../../schemas/entities';

/** The pace a plan's start date assumes: three contact hours a week. */
export const PLAN_MINUTES_PER_WEEK = 3 * 60;

export interface Milestone {
  /** `planned:<id>` for a kept credential, `course:<id>` for a planned activity. */
  key: string;
  kind: 'credential' | 'card' | 'course';
  /** The planned credential's or the planned activity's id. */
  id: string;
  /** "NASM-PES", "your CPR/AED card", or the course's title in quotes. */
  name: string;
  /** The day to have it done by (a card: the day its window opens). */
  on: CalendarDate;
  /** A card: the last day of its window. */
  by?: CalendarDate;
  /** What it counts toward once done ("1.9 CEU toward NASM-CPT"); a card: the renewals it is for ("NASM-CPT"). */
  toward: { credentialId: string; text: string }[];
  /** Contact time it is worth (a specialization: its credit at the body's rate). */
  minutes?: number;
  /** The day to start at the plan's pace to finish on `on`. */
  startBy?: CalendarDate;
}

const towardText = (e: CredentialEvaluation, amount: number) => `${creditText(amount, e)} toward ${e.code}`;

const startFor = (on: CalendarDate, minutes: number) => addDays(on, -7 * Math.ceil(minutes / PLAN_MINUTES_PER_WEEK));

function keptMilestone(p: PlannedCredential, evaluations: readonly CredentialEvaluation[]): Milestone {
  const type = findCredentialType(p.typeId);
  if (type?.kind === 'cpr') {
    // The renewals it is for: those due in its window (a card renewed then is valid when they are sent).
    const needing = evaluations.filter(
      (e) =>
        e.kind === 'certification' &&
        e.cycles.some((c) => c.cpr?.required && c.end >= p.on && (p.by === undefined || c.end <= p.by)),
    );
    return {
      key: `planned:${p.id}`,
      kind: 'card',
      id: p.id,
      name: 'your CPR/AED card',
      on: p.on,
      ...(p.by ? { by: p.by } : {}),
      toward: needing.map((e) => ({ credentialId: e.credentialId, text: e.code })),
    };
  }
  const counts = type?.countsToward?.value ?? [];
  const toward = evaluations.flatMap((e) => {
    const c = counts.find((x) => x.typeId === e.typeId);
    return c ? [{ e, amount: c.amount }] : [];
  });
  const first = toward[0];
  const minutes = first ? minutesForCredit(first.amount, first.e.perHour) : undefined;
  return {
    key: `planned:${p.id}`,
    kind: 'credential',
    id: p.id,
    name: type?.code ?? p.label,
    on: p.on,
    toward: toward.map(({ e, amount }) => ({ credentialId: e.credentialId, text: towardText(e, amount) })),
    ...(minutes ? { minutes, startBy: startFor(p.on, minutes) } : {}),
  };
}

function courseMilestone(a: Activity, evaluations: readonly CredentialEvaluation[]): Milestone {
  return {
    key: `course:${a.id}`,
    kind: 'course',
    id: a.id,
    name: `“${a.title}”`,
    on: a.completedOn,
    toward: a.allocations.flatMap((x) => {
      const e = evaluations.find((y) => y.credentialId === x.credentialId);
      return e ? [{ credentialId: e.credentialId, text: towardText(e, x.amountHundredths) }] : [];
    }),
    minutes: a.contactMinutes,
    startBy: startFor(a.completedOn, a.contactMinutes),
  };
}

/** Every milestone still to do, by date. */
export function planMilestones(
  records: {
    credentials: readonly Credential[];
    activities: readonly Activity[];
    plannedCredentials: readonly PlannedCredential[];
  },
  evaluations: readonly CredentialEvaluation[],
): Milestone[] {
  return [
    ...records.plannedCredentials
      .filter((p) => stillPlanned(p, records.credentials))
      .map((p) => keptMilestone(p, evaluations)),
    ...records.activities.filter((a) => a.status === 'planned').map((a) => courseMilestone(a, evaluations)),
  ].sort((a, b) => (a.by ?? a.on).localeCompare(b.by ?? b.on));
}

/** What it counts toward, in words ("It counts 1.9 CEU toward NASM-CPT once done."), or nothing. */
const countsWords = (m: Milestone) =>
  m.toward.length === 0 ? '' : `It counts ${m.toward.map((t) => t.text).join(' and ')} once done.`;

/**
 * The milestone in words, as of `today`: what to do and by when (`title`), and what it achieves
 * (`detail`). Home's next step and the calendar event say the same.
 */
export function milestoneWords(
  m: Milestone,
  today: CalendarDate,
): { title: string; detail: string; late: boolean; day: CalendarDate } {
  if (m.kind === 'card') {
    const late = m.by !== undefined && m.by < today;
    const window = m.by
      ? `between ${formatLongDate(m.on)} and ${formatLongDate(m.by)}`
      : `from ${formatLongDate(m.on)}`;
    const renewals = m.toward.map((t) => t.text).join(' and ');
    const valid = `So it is valid when you submit${renewals ? ` your ${renewals} renewal` : ''}.`;
    return {
      title: late
        ? `Your planned card renewal was due by ${formatLongDate(m.by!)}`
        : `Renew your CPR/AED card ${window}`,
      detail: late
        ? `Add the new card if you renewed it, or change the plan.`
        : `${valid} Add the new card in Recert once you have it.`,
      late,
      day: late ? m.by! : m.on,
    };
  }
  const counts = countsWords(m);
  const late = m.on < today;
  const pace = m.minutes ? ` (${formatMinutes(m.minutes)} at ${formatMinutes(PLAN_MINUTES_PER_WEEK)} a week)` : '';
  const starting = !late && m.startBy !== undefined && m.startBy >= today;
  const title = late
    ? `Your planned ${m.name} was due by ${formatLongDate(m.on)}`
    : starting
      ? `Start ${m.kind === 'course' ? '' : 'the '}${m.name} by ${formatLongDate(m.startBy!)} to finish by ${formatLongDate(m.on)}${pace}`
      : `Finish ${m.kind === 'course' ? '' : 'the '}${m.name} by ${formatLongDate(m.on)}`;
  const done =
    m.kind === 'course'
      ? 'Mark it done in Recert when you complete it (a planned course never counts until then).'
      : `Add your ${m.name} in Recert once you earn it (a plan never counts until then).`;
  const detail = late
    ? `${m.kind === 'course' ? 'Mark it done if you completed it' : `Add your ${m.name} if you earned it`}, or change the plan. ${counts}`
    : `${counts} ${done}`;
  return { title, detail: detail.replace(/\s+/g, ' ').trim(), late, day: starting ? m.startBy! : m.on };
}

/** What keeping the plan did, in one sentence: "Kept in your plan: NASM-PES and 1 planned course." */
export function keptMessage(kept: { activities: { title: string }[]; credentials: { label: string }[] }): string {
  const parts = [
    ...kept.credentials.map((c) => c.label),
    ...(kept.activities.length > 0
      ? [`${kept.activities.length} planned ${kept.activities.length === 1 ? 'course' : 'courses'}`]
      : []),
  ];
  if (parts.length === 0) return 'That was already in your plan.';
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `Kept in your plan: ${list}. Its steps are on Home and in the calendar export.`;
}
