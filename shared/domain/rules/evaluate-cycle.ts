/**
 * One cycle of one credential: what counts (after caps), what is missing, whether the
 * CPR/AED card holds when the renewal is sent, the status, the pace, and every reason and
 * warning in plain words. "Met" means the renewal can be submitted: enough credit, every
 * category rule satisfied, and a card the body accepts on the day it is sent.
 */
import { addDays, daysBetween, formatLongDate, type CalendarDate } from '../calendar-date';
import { formatMinutes, minutesForCredit, sum, type Hundredths } from '../quantity';
import type { Activity, Credential } from '../../schemas/entities';
import { amountText } from './amount-text';
import { applyCaps, gatherContributions, type PoolEntry, type SpecializationCredit } from './contributions';
import type { CardValidity } from './cpr-cards';
import { checkCpr } from './cpr-check';
import type { Cycle } from './cycles';
import type { EffectiveType } from './effective-type';
import type { CycleEvaluation, CycleStatus } from './evaluation-types';

export { amountText } from './amount-text';
export type { PoolEntry } from './contributions';

export interface CycleContext {
  credential: Credential;
  effective: EffectiveType;
  /**
   * The activities allocated to this credential (or, when the body shares credits, to any of
   * its credentials, each activity once with its largest share), sorted by completion date.
   */
  entries: readonly PoolEntry[];
  /** The user's specializations that count toward this credential's type. */
  specializations: readonly SpecializationCredit[];
  /** Specializations whose course is one of the activities (counted through it). */
  courses: ReadonlyMap<string, Activity>;
  /** Sources the previous cycle took from the grace window they share. */
  takenBefore: ReadonlySet<string>;
  cards: readonly CardValidity[];
  today: CalendarDate;
  /** Set when another credential's renewal covers this one (ACSM "highest"). */
  coveredByName?: string;
}

export function evaluateCycle(cycle: Cycle, ctx: CycleContext): { evaluation: CycleEvaluation; taken: Set<string> } {
  const { effective, today } = ctx;
  const body = effective.body.code;
  const warnings: string[] = [];
  const reasons: string[] = [];
  const requiredFull = effective.type.required.value;
  const required = ctx.coveredByName ? 0 : cycle.required;
  if (ctx.coveredByName)
    reasons.push(
      `Your ${ctx.coveredByName} renewal covers this credential: you chose ${body}'s "highest credential only" rule (verify it with ${body}).`,
    );
  if (cycle.prorated)
    reasons.push(
      `Prorated for your certification date: ${amountText(cycle.required, effective)} instead of ${amountText(requiredFull, effective)}.`,
    );
  if (cycle.countFrom > cycle.start && cycle.index === 0 && effective.type.cycle.value.kind === 'fixed')
    reasons.push(`Credit counts from your certification date, ${formatLongDate(cycle.countFrom)}.`);

  const daysLeft = daysBetween(today, cycle.end);
  const lateDay = daysBetween(cycle.end, today);
  const late = lateRenewal(effective, cycle, lateDay);
  const cpr = checkCpr(cycle, effective, ctx.cards, today, late);
  const { contributions, taken, countedOnce } = gatherContributions({
    cycle,
    entries: ctx.entries,
    specializations: ctx.specializations,
    courses: ctx.courses,
    takenBefore: ctx.takenBefore,
    cprCredit: cpr?.contribution?.raw ?? 0,
    required,
  });
  if (cpr?.contribution) contributions.unshift(cpr.contribution);
  contributions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  reasons.push(...countedOnce);
  const categories = applyCaps(cycle, effective, contributions, warnings);
  const earned = sum(contributions.map((c) => c.credited));
  const allocated = sum(contributions.filter((c) => !c.planned).map((c) => c.raw));
  const remaining = Math.max(0, required - earned);
  const remainingMinutes = minutesForCredit(remaining, effective.body.perHour.value);

  const creditMet = earned >= required;
  let met = creditMet;
  for (const line of categories) {
    if (line.min !== undefined && line.earned < line.min && required > 0) {
      met = false;
      reasons.push(
        `Category ${line.id} (${line.name}) needs at least ${amountText(line.min, effective)}; you have ${amountText(line.earned, effective)}.`,
      );
    }
  }
  const minCategories = effective.type.minCategories?.value;
  const used = categories.filter((l) => l.earned > 0).length;
  if (minCategories !== undefined && required > 0 && used < minCategories) {
    met = false;
    reasons.push(`${body} needs credits from at least ${minCategories} categories; you have ${used}.`);
  }
  if (cpr && !cpr.satisfied && !ctx.coveredByName) met = false;
  if (cpr) {
    warnings.push(...cpr.warnings);
    reasons.push(...cpr.reasons);
  }
  const pending = sum(contributions.filter((c) => c.approval === 'petition_pending' && !c.planned).map((c) => c.raw));
  if (pending > 0)
    warnings.push(`${amountText(pending, effective)} is waiting on a petition decision and is not counted yet.`);
  const planned = sum(contributions.filter((c) => c.planned).map((c) => c.raw));
  if (planned > 0) reasons.push(`Planned activities would add ${amountText(planned, effective)} once completed.`);

  const status = statusOf(cycle, { met, earned, required, today, daysLeft, lateRenewalOpen: late !== undefined });
  if (!met && status !== 'upcoming' && status !== 'renewed' && remaining > 0) {
    reasons.unshift(`${amountText(remaining, effective)} (${formatMinutes(remainingMinutes)}) still needed.`);
  }
  if (status === 'in_grace')
    warnings.push(
      `The deadline (${formatLongDate(cycle.end)}) has passed. You can still complete your CE and renew until ${formatLongDate(cycle.graceEnd)}, with a late fee where ${body} charges one.`,
    );
  if (status === 'late_renewal' && late)
    warnings.push(
      `Late renewal: your CE was complete by ${formatLongDate(cycle.graceEnd)}, so ${body} still accepts the renewal until ${formatLongDate(late)}${lateFeeOf(effective, lateDay) !== undefined ? ', with a late fee' : ''}.`,
    );
  if (status === 'lapsed') warnings.push(lapsedAdvice(effective, cycle));

  const pacing =
    daysLeft > 0 && remaining > 0 && cycle.start <= today
      ? { daysLeft, minutesPerWeek: Math.ceil((remainingMinutes * 7) / daysLeft) }
      : null;
  const lateFee = lateFeeOf(effective, lateDay);
  const evaluation: CycleEvaluation = {
    index: cycle.index,
    start: cycle.start,
    end: cycle.end,
    countFrom: cycle.countFrom,
    countUntil: cycle.countUntil,
    graceEnd: cycle.graceEnd,
    status,
    required,
    requiredFull,
    prorated: cycle.prorated,
    earned,
    allocated,
    remaining,
    remainingMinutes,
    met,
    categories,
    cpr: cpr?.check ?? null,
    contributions,
    daysLeft,
    pacing,
    ...(cycle.renewal ? { renewal: cycle.renewal } : {}),
    reinstated: cycle.reinstated,
    ...(lateFee !== undefined && !cycle.renewal && (status === 'in_grace' || status === 'late_renewal')
      ? { lateFeeCents: lateFee }
      : {}),
    ...(met && cpr?.check.submitBy && status !== 'renewed' ? { submitBy: cpr.check.submitBy } : {}),
    ...(status === 'late_renewal' && late ? { lateRenewalUntil: late } : {}),
    reasons,
    warnings,
  };
  return { evaluation, taken };
}

function lateFeeOf(effective: EffectiveType, lateDay: number): number | undefined {
  return effective.type.lateFees?.value.find((f) => lateDay >= f.fromDay && lateDay <= f.toDay)?.feeCents;
}

/** The last day a late renewal is accepted, when `lateDay` falls after the grace period but within it. */
function lateRenewal(effective: EffectiveType, cycle: Cycle, lateDay: number): CalendarDate | undefined {
  const rule = effective.type.reinstatement?.value;
  if (rule?.kind !== 'late-renewal') return undefined;
  const last = addDays(cycle.end, rule.untilDays);
  return lateDay > 0 && last > cycle.graceEnd && addDays(cycle.end, lateDay) <= last ? last : undefined;
}

function lapsedAdvice(effective: EffectiveType, cycle: Cycle): string {
  const body = effective.body.code;
  const rule = effective.type.reinstatement?.value;
  const head = `No renewal is recorded for the cycle that ended on ${formatLongDate(cycle.end)}. If you renewed, record it.`;
  if (rule?.kind === 'retake-exam' || (rule?.kind === 'late-renewal' && rule.then === 'retake-exam'))
    return `${head} If not, ${body} asks you to retake the exam.`;
  return `${head} If not, see ${body}'s reinstatement rules.`;
}

/**
 * The status ladder, in order: renewed; upcoming; after the deadline (in grace, late renewal,
 * lapsed); met; at risk (the share earned is behind the share of the cycle gone by); due
 * soon (on pace, 60 days or fewer left); on track.
 */
function statusOf(
  cycle: Cycle,
  f: {
    met: boolean;
    earned: Hundredths;
    required: Hundredths;
    today: CalendarDate;
    daysLeft: number;
    lateRenewalOpen: boolean;
  },
): CycleStatus {
  if (cycle.renewal) return 'renewed';
  // A cycle opened early by the previous cycle's renewal is under way from that day.
  if (f.today < cycle.start && !(cycle.openedOn !== undefined && cycle.openedOn <= f.today)) return 'upcoming';
  if (f.today > cycle.end) {
    if (f.today <= cycle.graceEnd) return 'in_grace';
    return f.lateRenewalOpen && f.met ? 'late_renewal' : 'lapsed';
  }
  if (f.met) return 'met';
  const total = daysBetween(cycle.start, cycle.end) + 1;
  const elapsed = daysBetween(cycle.start, f.today) + 1;
  // Behind when the share earned is less than the share of the cycle gone by: that is
  // worse than merely being close to the deadline, so it ranks first.
  if (f.earned * total < f.required * elapsed) return 'at_risk';
  return f.daysLeft <= 60 ? 'due_soon' : 'on_track';
}
