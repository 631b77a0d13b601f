/**
 * One cycle of one credential: what counts (after caps), what is missing, whether the
 * CPR/AED card holds when the renewal is sent, the status, the pace, and every reason and
 * warning in plain words. "Met" means the renewal can be submitted: enough credit, every
 * category rule satisfied, and a card the body accepts on the day it is sent.
 */
import { daysBetween, formatLongDate, type CalendarDate } from '../calendar-date';
import { formatMinutes, minutesForCredit, sum, type Hundredths } from '../quantity';
import type { Activity, Credential } from '../../schemas/entities';
import { amountText } from './amount-text';
import { applyCaps, gatherContributions, type PoolEntry, type SpecializationCredit } from './contributions';
import type { CardValidity } from './cpr-cards';
import { checkCpr } from './cpr-check';
import type { Cycle } from './cycles';
import { afterDeadline, type EffectiveType } from './effective-type';
import type { CycleEvaluation, CycleStatus } from './evaluation-types';
import { cycleVerdict } from './verdict';
import type { SameSources } from './same-source';

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
  /** The pool's repeated sources (CPR/AED classes, courses logged again), worked out once. */
  same: SameSources;
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
  const late = lateRenewal(effective, cycle, today);
  const cpr = checkCpr(cycle, effective, ctx.cards, today, late);
  const cprRule = effective.type.cpr?.value;
  const { contributions, taken, countedOnce } = gatherContributions({
    cycle,
    entries: ctx.entries,
    specializations: ctx.specializations,
    courses: ctx.courses,
    takenBefore: ctx.takenBefore,
    cprCredit: cpr?.contribution?.raw ?? 0,
    required,
    same: ctx.same,
    ...(cprRule && !effective.custom && cpr?.check.cardId
      ? { cpr: { cardId: cpr.check.cardId, ...(cpr.check.cardName ? { cardName: cpr.check.cardName } : {}) } }
      : {}),
  });
  if (cpr?.contribution) contributions.unshift(cpr.contribution);
  contributions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  reasons.push(...countedOnce);
  const categories = applyCaps(cycle, effective, contributions, warnings);
  const earned = sum(contributions.map((c) => c.credited));
  const allocated = sum(contributions.filter((c) => !c.planned).map((c) => c.raw));
  const remaining = Math.max(0, required - earned);
  const remainingMinutes = minutesForCredit(remaining, effective.body.perHour.value);

  // What the body asks, rule by rule: the credit, each category rule, the card.
  const shortfalls: string[] = [];
  for (const line of categories) {
    if (line.min !== undefined && line.earned < line.min && required > 0) {
      const short = line.min - line.earned;
      shortfalls.push(
        `Category ${line.id} (${line.name}) needs at least ${amountText(line.min, effective)}: ${amountText(short, effective)} (${formatMinutes(minutesForCredit(short, effective.body.perHour.value))}) more.`,
      );
    }
  }
  const minCategories = effective.type.minCategories?.value;
  const used = categories.filter((l) => l.earned > 0).length;
  if (minCategories !== undefined && required > 0 && used < minCategories)
    shortfalls.push(`${body} needs credit from at least ${minCategories} categories; you have ${used}.`);
  const ceComplete = earned >= required && shortfalls.length === 0;
  const cardOk = !cpr || cpr.satisfied || ctx.coveredByName !== undefined;
  const handsOnOk = !cpr?.handsOnUnknown || ctx.coveredByName !== undefined;
  if (cpr) {
    warnings.push(...cpr.warnings);
    reasons.push(...cpr.reasons);
  }
  const pending = sum(contributions.filter((c) => c.approval === 'petition_pending' && !c.planned).map((c) => c.raw));
  if (pending > 0)
    warnings.push(`${amountText(pending, effective)} is waiting on a petition decision and is not counted yet.`);
  const planned = sum(contributions.filter((c) => c.planned).map((c) => c.raw));
  if (planned > 0) reasons.push(`Planned activities would add ${amountText(planned, effective)} once completed.`);

  const status = statusOf(cycle, { ceComplete, cardOk, handsOnOk, earned, required, today, daysLeft, late });
  const met = ceComplete && cardOk && handsOnOk && status !== 'lapsed' && status !== 'upcoming';
  const lateFee =
    !cycle.renewal && (status === 'in_grace' || status === 'late_renewal')
      ? lateFeeOf(effective, cycle, today)
      : undefined;
  const verdict = cycleVerdict({
    status,
    effective,
    start: cycle.start,
    end: cycle.end,
    graceEnd: cycle.graceEnd,
    daysLeft,
    required,
    remaining,
    remainingMinutes,
    shortfalls,
    cpr,
    ...(ctx.coveredByName ? { coveredBy: ctx.coveredByName } : {}),
    ...(late ? { lateUntil: late } : {}),
    ...(lateFee !== undefined ? { feeCents: lateFee } : {}),
    ...(cycle.renewal ? { renewal: cycle.renewal } : {}),
  });

  const pacing =
    daysLeft > 0 && remaining > 0 && cycle.start <= today
      ? { daysLeft, minutesPerWeek: Math.ceil((remainingMinutes * 7) / daysLeft) }
      : null;
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
    ...(lateFee !== undefined ? { lateFeeCents: lateFee } : {}),
    ...(verdict.covered && cpr?.check.submitBy ? { submitBy: cpr.check.submitBy } : {}),
    ...(status === 'late_renewal' && late ? { lateRenewalUntil: late } : {}),
    verdict,
    reasons,
    warnings,
  };
  return { evaluation, taken };
}

/** The late fee for a renewal sent on `day`, when the body states one for that many days or months late. */
function lateFeeOf(effective: EffectiveType, cycle: Cycle, day: CalendarDate): number | undefined {
  return effective.type.lateFees?.value.find(
    (f) => day > afterDeadline(effective, cycle.end, f.after) && day <= afterDeadline(effective, cycle.end, f.through),
  )?.feeCents;
}

/** The last day a late renewal is accepted, when `today` falls after the grace period but within it. */
function lateRenewal(effective: EffectiveType, cycle: Cycle, today: CalendarDate): CalendarDate | undefined {
  const rule = effective.type.reinstatement?.value;
  if (rule?.kind !== 'late-renewal') return undefined;
  const last = afterDeadline(effective, cycle.end, rule.until);
  return today > cycle.end && last > cycle.graceEnd && today <= last ? last : undefined;
}

/**
 * The status ladder, in order: renewed; upcoming; after the deadline (in grace, late renewal
 * when the CE was complete by the end of the grace, else lapsed); covered; covered but for the
 * card's hands-on check; at risk (the share earned is behind the share of the cycle gone by);
 * due soon (on pace, 60 days or fewer left); on track.
 */
function statusOf(
  cycle: Cycle,
  f: {
    ceComplete: boolean;
    cardOk: boolean;
    handsOnOk: boolean;
    earned: Hundredths;
    required: Hundredths;
    today: CalendarDate;
    daysLeft: number;
    late: CalendarDate | undefined;
  },
): CycleStatus {
  if (cycle.renewal) return 'renewed';
  // A cycle opened early by the previous cycle's renewal is under way from that day.
  if (f.today < cycle.start && !(cycle.openedOn !== undefined && cycle.openedOn <= f.today)) return 'upcoming';
  if (f.today > cycle.end) {
    if (f.today <= cycle.graceEnd) return 'in_grace';
    return f.late !== undefined && f.ceComplete ? 'late_renewal' : 'lapsed';
  }
  if (f.ceComplete && f.cardOk) return f.handsOnOk ? 'met' : 'confirm_hands_on';
  const total = daysBetween(cycle.start, cycle.end) + 1;
  const elapsed = daysBetween(cycle.start, f.today) + 1;
  // Behind when the share earned is less than the share of the cycle gone by: that is
  // worse than merely being close to the deadline, so it ranks first.
  if (f.earned * total < f.required * elapsed) return 'at_risk';
  return f.daysLeft <= 60 ? 'due_soon' : 'on_track';
}
