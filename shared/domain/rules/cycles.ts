/**
 * Renewal cycles, derived (never stored): from the certification date, the type's
 * cycle rule and the renewals the user recorded. Cycles tile time: each starts the day
 * after the previous deadline. The windows in which activities count follow the bodies'
 * grace rules: once a renewal is recorded, everything after it counts toward the new
 * cycle; before that, the grace window after a deadline belongs to both cycles, and the
 * evaluation offers a course in it to the earlier cycle only while that one still needs it.
 */
import {
  addDays,
  addMonths,
  calendarDateOf,
  endOfMonth,
  maxDate,
  minDate,
  yearOf,
  type CalendarDate,
} from '../calendar-date';
import type { CycleRule, ProrationStep } from '../catalog/types';
import type { Hundredths } from '../quantity';
import type { Renewal } from '../../schemas/entities';

export interface Cycle {
  index: number;
  /** First day of the cycle. */
  start: CalendarDate;
  /** The deadline: the last day of the cycle. */
  end: CalendarDate;
  /**
   * Activities completed in [countFrom, countUntil] may count toward this cycle; those after
   * `end` (in the grace window, before a renewal is recorded) only while it still needs them.
   */
  countFrom: CalendarDate;
  countUntil: CalendarDate;
  /** The last day of the grace period (CE may still be completed and the renewal sent). */
  graceEnd: CalendarDate;
  /** What this cycle requires (after proration). */
  required: Hundredths;
  /** Prorated category maximums, for fixed cycles. */
  categoryMax?: Record<string, Hundredths>;
  /** True when the requirement was prorated from the full amount. */
  prorated: boolean;
  renewal?: Renewal;
  /** This cycle started over after a lapse (reinstatement). */
  reinstated: boolean;
  /** The renewal of the previous cycle opened this one before its start date. */
  openedOn?: CalendarDate;
}

export interface CycleOptions {
  rule: CycleRule;
  certifiedOn: CalendarDate;
  required: Hundredths;
  renewals: readonly Renewal[];
  today: CalendarDate;
  /** The last day of the grace period after a deadline. */
  graceEndOf: (deadline: CalendarDate) => CalendarDate;
  /** After a lapse, does the next cycle start from the renewal (reinstatement) date? */
  restartAfterLapse: boolean;
  /** Stop after this many cycles (a guard against bad data). */
  limit?: number;
}

/** The deadline of the cycle that starts at `anchor` under `rule` (for anniversary-type rules). */
function deadlineFrom(rule: CycleRule, anchor: CalendarDate, k: number): CalendarDate {
  switch (rule.kind) {
    case 'anniversary':
      return addMonths(anchor, rule.months * (k + 1));
    case 'end-of-month':
      return endOfMonth(addMonths(anchor, rule.months * (k + 1)));
    case 'year-end':
      return calendarDateOf(yearOf(anchor) + rule.years * (k + 1) - 1, 12, 31);
    default:
      throw new Error(`No deadline for a ${rule.kind} cycle.`);
  }
}

/** Months from `from` to `to` by calendar month (negative when `to` is earlier). */
function monthsInto(from: CalendarDate, to: CalendarDate): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

function prorationFor(steps: readonly ProrationStep[], months: number): ProrationStep | undefined {
  let chosen: ProrationStep | undefined;
  for (const step of steps) if (step.fromMonth <= months) chosen = step;
  return chosen;
}

/** The fixed calendar cycle (start, end) that contains `date`. */
function fixedCycleContaining(anchor: CalendarDate, years: number, date: CalendarDate): [CalendarDate, CalendarDate] {
  const span = years * 12;
  const offset = Math.floor(monthsInto(anchor, date) / span);
  const start = addMonths(anchor, offset * span);
  return [start, addDays(addMonths(start, span), -1)];
}

/**
 * Every cycle from the certification date through the one after today (so the user sees
 * past, current and next). Empty for credentials that do not expire.
 */
export function deriveCycles(options: CycleOptions): Cycle[] {
  const { rule, certifiedOn, today, graceEndOf } = options;
  if (rule.kind === 'none') return [];
  const limit = options.limit ?? 200;
  const renewals = [...options.renewals].sort((a, b) => (a.cycleEnd < b.cycleEnd ? -1 : 1));
  const cycles: Cycle[] = [];
  let anchor = certifiedOn;
  let k = 0;
  let start = certifiedOn;
  let countFrom = certifiedOn;
  let reinstated = false;
  let openedOn: CalendarDate | undefined;

  while (cycles.length < limit) {
    let end: CalendarDate;
    let required = options.required;
    let categoryMax: Record<string, Hundredths> | undefined;
    let prorated = false;
    if (rule.kind === 'fixed') {
      const [fixedStart, fixedEnd] = fixedCycleContaining(rule.anchor, rule.years, start);
      // The cycle is the body's (NSCA: 2024-01-01 … 2026-12-31); a holder certified inside it
      // earns from the certification date on (countFrom), which is reported beside it.
      start = fixedStart;
      end = fixedEnd;
      // Only a holder's first cycle can start inside a fixed cycle; it is prorated by how far in.
      const step = prorationFor(rule.proration, cycles.length === 0 ? monthsInto(fixedStart, certifiedOn) : -9999);
      if (step) {
        prorated = step.required !== required;
        required = step.required;
        categoryMax = step.categoryMax;
      }
    } else {
      end = deadlineFrom(rule, anchor, k);
    }
    const renewal = renewals.find((r) => r.cycleEnd === end);
    const lastCountDay = graceEndOf(end);
    const countUntil = renewal ? maxDate(countFrom, minDate(renewal.renewedOn, lastCountDay)) : lastCountDay;
    cycles.push({
      index: cycles.length,
      start,
      end,
      countFrom,
      countUntil,
      graceEnd: lastCountDay,
      required,
      ...(categoryMax ? { categoryMax } : {}),
      prorated,
      ...(renewal ? { renewal } : {}),
      reinstated,
      ...(openedOn && openedOn < start ? { openedOn } : {}),
    });
    if (start > today) break;
    // The next cycle: the day after this deadline, or, after a lapse where the body restarts
    // the cycle, the reinstatement date (credit earned in between counts toward neither).
    const lapsed = renewal !== undefined && renewal.renewedOn > lastCountDay;
    openedOn = renewal?.renewedOn;
    if (lapsed && options.restartAfterLapse && rule.kind !== 'fixed') {
      anchor = renewal.renewedOn;
      k = 0;
      start = renewal.renewedOn;
      countFrom = renewal.renewedOn;
      reinstated = true;
    } else {
      k += 1;
      start = addDays(end, 1);
      // Renewed: everything after the renewal counts here. Not (yet) renewed: from the day
      // after the deadline, sharing the grace window with the cycle before (see above).
      countFrom = renewal ? addDays(countUntil, 1) : maxDate(countFrom, start);
      reinstated = false;
    }
  }
  return cycles;
}
