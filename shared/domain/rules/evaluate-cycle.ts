/**
 * One cycle of one credential: what counts (after caps), what is missing, whether the
 * CPR/AED card holds, the status, the pace, and every reason and warning in plain words.
 */
import { addDays, daysBetween, formatLongDate, minDate, type CalendarDate } from '../calendar-date';
import { formatAmount, formatMinutes, minutesForCredit, sum, type Hundredths } from '../quantity';
import type { Activity, Allocation, Credential } from '../../schemas/entities';
import { cardValidOn, cardsOverlapping, yearsCovered, type CardValidity } from './cpr-cards';
import type { Cycle } from './cycles';
import type { EffectiveType } from './effective-type';
import type { CategoryLine, Contribution, CprCheck, CycleEvaluation, CycleStatus } from './evaluation-types';

export interface CycleContext {
  credential: Credential;
  effective: EffectiveType;
  /**
   * The activities allocated to this credential (or, when the body shares credits, to any of
   * its credentials, each activity once with its largest share), sorted by completion date.
   */
  entries: readonly PoolEntry[];
  /** The user's specializations that count toward this credential's type. */
  specializations: readonly { credential: Credential; effective: EffectiveType; amount: Hundredths }[];
  cards: readonly CardValidity[];
  today: CalendarDate;
  /** Set when another credential's renewal covers this one (ACSM "highest"). */
  coveredByName?: string;
}

const COUNTED = new Set(['approved', 'petition_approved']);

/** One activity and the share of it that counts toward the credential being evaluated. */
export interface PoolEntry {
  activity: Activity;
  allocation: Allocation;
}

/** Index of the first entry completed on or after `date` (entries are sorted by date). */
function firstOnOrAfter(entries: readonly PoolEntry[], date: CalendarDate): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((entries[mid] as PoolEntry).activity.completedOn < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Formats an amount in the body's unit: "0.2 CEU". */
export function amountText(value: Hundredths, effective: EffectiveType): string {
  const unit = effective.body.unit;
  return `${formatAmount(value, effective.body.decimals)}${unit ? ` ${unit}` : ''}`;
}

function gatherContributions(cycle: Cycle, ctx: CycleContext): Contribution[] {
  const inWindow = (date: CalendarDate) => cycle.countFrom <= date && date <= cycle.countUntil;
  const out: Contribution[] = [];
  for (let i = firstOnOrAfter(ctx.entries, cycle.countFrom); i < ctx.entries.length; i++) {
    const { activity, allocation } = ctx.entries[i] as PoolEntry;
    if (activity.completedOn > cycle.countUntil) break;
    out.push({
      kind: 'activity',
      sourceId: activity.id,
      title: activity.title,
      date: activity.completedOn,
      category: allocation.category,
      raw: allocation.amountHundredths,
      credited: 0,
      approval: allocation.approval,
      planned: activity.status === 'planned',
    });
  }
  for (const s of ctx.specializations) {
    if (!inWindow(s.credential.issuedOn)) continue;
    out.push({
      kind: 'specialization',
      sourceId: s.credential.id,
      title: `${s.effective.type.code} specialization`,
      date: s.credential.issuedOn,
      category: '',
      raw: s.amount,
      credited: 0,
      planned: false,
    });
  }
  const cpr = ctx.effective.type.cpr?.value;
  if (cpr && cpr.credit > 0) {
    const until = minDate(cycle.countUntil, cycle.end);
    const cards = cardsOverlapping(ctx.cards, cycle.countFrom, until);
    if (cards.length > 0) {
      const amount =
        cpr.creditPer === 'cycle' ? cpr.credit : cpr.credit * yearsCovered(ctx.cards, cycle.countFrom, until);
      const card = cards.sort((a, b) => (a.until > b.until ? -1 : 1))[0] as CardValidity;
      out.push({
        kind: 'cpr',
        sourceId: card.credentialId,
        title: `CPR/AED card (${card.name}), valid until ${formatLongDate(card.until)}`,
        date: card.from,
        category: cpr.category ?? '',
        raw: amount,
        credited: 0,
        planned: false,
      });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Applies per-activity and category caps in date order; returns the lines and warnings. */
function applyCaps(cycle: Cycle, ctx: CycleContext, contributions: Contribution[], warnings: string[]): CategoryLine[] {
  const type = ctx.effective.type;
  const lines: CategoryLine[] = type.categories.value.map((c) => {
    const max = cycle.categoryMax?.[c.id] ?? c.max;
    return {
      id: c.id,
      name: c.name,
      ...(c.min !== undefined ? { min: c.min } : {}),
      ...(max !== undefined ? { max } : {}),
      raw: 0,
      earned: 0,
    };
  });
  const byId = new Map(lines.map((l) => [l.id, l]));
  for (const c of contributions) {
    const counts = !c.planned && (c.approval === undefined || COUNTED.has(c.approval));
    const line = byId.get(c.category);
    if (!counts) continue;
    let amount = c.raw;
    const perActivity = [
      type.maxPerActivity?.value,
      type.categories.value.find((k) => k.id === c.category)?.maxPerActivity,
    ].filter((v): v is number => v !== undefined);
    for (const cap of perActivity) {
      if (amount > cap) {
        c.note = `Counts at most ${amountText(cap, ctx.effective)} for one activity.`;
        amount = cap;
      }
    }
    if (line) {
      line.raw += c.raw;
      if (line.max !== undefined) {
        const room = Math.max(0, line.max - line.earned);
        if (amount > room) {
          c.note = `Category ${line.id} is full (at most ${amountText(line.max, ctx.effective)}).`;
          amount = room;
        }
      }
      line.earned += amount;
    }
    c.credited = amount;
  }
  for (const line of lines) {
    if (line.max !== undefined && line.raw > line.max) {
      warnings.push(
        `Category ${line.id} (${line.name}) counts at most ${amountText(line.max, ctx.effective)}; ${amountText(line.raw - line.max, ctx.effective)} above it does not count.`,
      );
    }
  }
  return lines;
}

function checkCpr(cycle: Cycle, ctx: CycleContext, warnings: string[]): CprCheck | null {
  const rule = ctx.effective.type.cpr?.value;
  if (!rule) return null;
  const neededOn = addDays(cycle.end, rule.validDaysAfterDeadline);
  const valid = cardValidOn(ctx.cards, neededOn);
  const latest = [...ctx.cards].sort((a, b) => (a.until > b.until ? -1 : 1))[0];
  const check: CprCheck = {
    required: rule.required,
    credit: rule.credit,
    handsOnRequired: rule.handsOnRequired,
    neededOn,
    validWhenNeeded: valid !== undefined,
    ...(latest ? { cardName: latest.name, validUntil: latest.until } : {}),
  };
  if (!rule.required || valid || cycle.end < ctx.today || cycle.renewal) return check;
  const body = ctx.effective.body.code;
  const when =
    rule.validDaysAfterDeadline > 0
      ? `${body} needs a card valid at least ${rule.validDaysAfterDeadline} days after you submit.`
      : `${body} needs a current card to renew.`;
  if (latest) {
    warnings.push(
      `Your CPR/AED card expires on ${formatLongDate(latest.until)}, before this deadline (${formatLongDate(cycle.end)}). ${when}`,
    );
  } else {
    warnings.push(
      `No CPR/AED card is recorded. ${when} Add your card${rule.handsOnRequired ? ' (with a hands-on skills check)' : ''}.`,
    );
  }
  return check;
}

export function evaluateCycle(cycle: Cycle, ctx: CycleContext): CycleEvaluation {
  const { effective, today } = ctx;
  const warnings: string[] = [];
  const reasons: string[] = [];
  const requiredFull = effective.type.required.value;
  const required = ctx.coveredByName ? 0 : cycle.required;
  if (ctx.coveredByName)
    reasons.push(
      `Your ${ctx.coveredByName} renewal covers this credential: ${effective.body.code} needs credits only for the highest one.`,
    );
  if (cycle.prorated)
    reasons.push(
      `Prorated for your certification date: ${amountText(cycle.required, effective)} instead of ${amountText(requiredFull, effective)}.`,
    );

  const contributions = gatherContributions(cycle, ctx);
  const categories = applyCaps(cycle, ctx, contributions, warnings);
  const earned = sum(contributions.map((c) => c.credited));
  const allocated = sum(contributions.filter((c) => !c.planned).map((c) => c.raw));
  const remaining = Math.max(0, required - earned);
  const remainingMinutes = minutesForCredit(remaining, effective.body.perHour.value);

  let met = earned >= required;
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
    reasons.push(`${effective.body.code} needs credits from at least ${minCategories} categories; you have ${used}.`);
  }
  const pending = sum(contributions.filter((c) => c.approval === 'petition_pending' && !c.planned).map((c) => c.raw));
  if (pending > 0)
    warnings.push(`${amountText(pending, effective)} is waiting on a petition decision and is not counted yet.`);
  const planned = sum(contributions.filter((c) => c.planned).map((c) => c.raw));
  if (planned > 0) reasons.push(`Planned activities would add ${amountText(planned, effective)} once completed.`);

  const cpr = checkCpr(cycle, ctx, warnings);
  const daysLeft = daysBetween(today, cycle.end);
  const graceDays = effective.type.graceDays?.value ?? 0;
  const graceEnd = addDays(cycle.end, graceDays);
  const status = statusOf(cycle, { met, earned, required, today, daysLeft, graceEnd });
  if (!met && status !== 'upcoming' && status !== 'renewed' && remaining > 0) {
    reasons.unshift(`${amountText(remaining, effective)} (${formatMinutes(remainingMinutes)}) still needed.`);
  }
  if (status === 'in_grace')
    warnings.push(
      `The deadline (${formatLongDate(cycle.end)}) has passed. You can still renew until ${formatLongDate(graceEnd)}, with a late fee where ${effective.body.code} charges one.`,
    );
  if (status === 'lapsed')
    warnings.push(
      `No renewal is recorded for the cycle that ended on ${formatLongDate(cycle.end)}. If you renewed, record it; if not, see ${effective.body.code}'s reinstatement rules.`,
    );

  const pacing =
    daysLeft > 0 && remaining > 0 && cycle.start <= today
      ? { daysLeft, minutesPerWeek: Math.ceil((remainingMinutes * 7) / daysLeft) }
      : null;
  const lateDay = daysBetween(cycle.end, today);
  const lateFee = effective.type.lateFees?.value.find((f) => lateDay >= f.fromDay && lateDay <= f.toDay);
  return {
    index: cycle.index,
    start: cycle.start,
    end: cycle.end,
    countFrom: cycle.countFrom,
    countUntil: cycle.countUntil,
    graceEnd,
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
    cpr,
    contributions,
    daysLeft,
    pacing,
    ...(cycle.renewal ? { renewal: cycle.renewal } : {}),
    reinstated: cycle.reinstated,
    ...(lateFee && !cycle.renewal && status === 'in_grace' ? { lateFeeCents: lateFee.feeCents } : {}),
    reasons,
    warnings,
  };
}

function statusOf(
  cycle: Cycle,
  f: { met: boolean; earned: number; required: number; today: CalendarDate; daysLeft: number; graceEnd: CalendarDate },
): CycleStatus {
  if (cycle.renewal) return 'renewed';
  // A cycle opened early by the previous cycle's renewal is under way from that day.
  if (f.today < cycle.start && !(cycle.openedOn !== undefined && cycle.openedOn <= f.today)) return 'upcoming';
  if (f.today > cycle.end) return f.today <= f.graceEnd ? 'in_grace' : 'lapsed';
  if (f.met) return 'met';
  if (f.daysLeft <= 60) return 'due_soon';
  const total = daysBetween(cycle.start, cycle.end) + 1;
  const elapsed = daysBetween(cycle.start, f.today) + 1;
  // On track when the share earned is at least the share of the cycle gone by.
  return f.earned * total >= f.required * elapsed ? 'on_track' : 'at_risk';
}
