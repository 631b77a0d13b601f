/**
 * What may count toward one cycle: activities, specializations and the CPR/AED card, each
 * once, and the caps that limit them.
 *
 * Two rules keep every course counted once:
 * - A specialization's automatic credit (NASM CES/PES: 1.9 CEU toward the CPT) yields to an
 *   activity for the same course: one linked to it (`completes`), or, for data entered
 *   before that link existed, one completed on the specialization's date and allocated to
 *   the same credential. The credit then comes through the activity.
 * - A course in the grace window after a deadline (before a renewal is recorded) is offered
 *   to the earlier cycle while that one still needs credit, else it counts toward the next.
 */
import { formatLongDate, type CalendarDate } from '../calendar-date';
import type { Hundredths } from '../quantity';
import type { Activity, Allocation, Credential } from '../../schemas/entities';
import type { Cycle } from './cycles';
import type { EffectiveType } from './effective-type';
import type { CategoryLine, Contribution } from './evaluation-types';
import { amountText } from './amount-text';
import type { SameSources } from './same-source';

/** One activity and the share of it that counts toward the credential being evaluated. */
export interface PoolEntry {
  activity: Activity;
  allocation: Allocation;
}

export interface SpecializationCredit {
  credential: Credential;
  effective: EffectiveType;
  amount: Hundredths;
}

/** Allocations that count once completed: approved, or approved on petition. */
export const COUNTED = new Set(['approved', 'petition_approved']);

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

/**
 * For each specialization, the activity in `entries` that is the same course, if any: the
 * one linked to it, else one completed on its date (data from before the link existed).
 */
export function specializationCourses(
  specializations: readonly SpecializationCredit[],
  entries: readonly PoolEntry[],
): Map<string, Activity> {
  const found = new Map<string, Activity>();
  for (const s of specializations) {
    let match: Activity | undefined;
    for (const { activity } of entries) {
      if (activity.completes === s.credential.id) {
        match = activity;
        break;
      }
      if (!match && activity.completes === undefined && activity.completedOn === s.credential.issuedOn)
        match = activity;
    }
    if (match) found.set(s.credential.id, match);
  }
  return found;
}

const counts = (c: Contribution) =>
  !c.planned && c.sameAs === undefined && (c.approval === undefined || COUNTED.has(c.approval));

function activityContribution({ activity, allocation }: PoolEntry): Contribution {
  return {
    kind: 'activity',
    sourceId: activity.id,
    title: activity.title,
    date: activity.completedOn,
    category: allocation.category,
    raw: allocation.amountHundredths,
    credited: 0,
    approval: allocation.approval,
    planned: activity.status === 'planned',
  };
}

export interface GatherInput {
  cycle: Cycle;
  entries: readonly PoolEntry[];
  specializations: readonly SpecializationCredit[];
  /** Specializations whose course is an activity (see `specializationCourses`). */
  courses: ReadonlyMap<string, Activity>;
  /** Sources the previous cycle took from the shared grace window. */
  takenBefore: ReadonlySet<string>;
  /** Credit already due from the CPR/AED card, counted before grace-window offers. */
  cprCredit: Hundredths;
  required: Hundredths;
  /**
   * Set when the type has a CPR/AED rule: a CPR/AED course logged as an activity is the same
   * source as the card (which carries the credit). `cardId` and `cardName` name the card that
   * counts in this cycle, if one does; `category` is the body's CPR/AED category.
   */
  cpr?: { cardId?: string; cardName?: string };
  /** The pool's repeated sources, worked out once per credential (same-source.ts). */
  same: SameSources;
}

/** Marks an activity that repeats a source already counted (see same-source.ts). */
function markSame(c: Contribution, entry: PoolEntry, input: GatherInput): void {
  const id = entry.activity.id;
  if (input.same.cpr.has(id)) {
    c.sameAs = input.cpr?.cardId ?? 'cpr-card';
    c.note = input.cpr?.cardName
      ? `A CPR/AED course: it counts once, through your CPR/AED card (${input.cpr.cardName}), not again as an activity.`
      : 'A CPR/AED course counts through the card it produced, once per cycle: add the card under Credentials.';
    return;
  }
  const first = input.same.duplicateOf.get(id);
  if (!first) return;
  c.sameAs = first.id;
  c.note = `Logged twice? Same title and date as "${first.title}": counted once. If these are two courses, say so on this activity.`;
}

/**
 * The activities and specializations of one cycle, in date order, and the ids taken from the
 * grace window after its deadline (which the next cycle must not count again).
 */
export function gatherContributions(input: GatherInput): {
  contributions: Contribution[];
  taken: Set<string>;
  /** One sentence per specialization whose credit comes through an activity of this cycle. */
  countedOnce: string[];
} {
  const { cycle, entries, takenBefore } = input;
  const inside: Contribution[] = [];
  const grace: Contribution[] = [];
  const place = (c: Contribution) => {
    if (takenBefore.has(c.sourceId)) return;
    if (c.date > cycle.end && !cycle.renewal) grace.push(c);
    else inside.push(c);
  };
  for (let i = firstOnOrAfter(entries, cycle.countFrom); i < entries.length; i++) {
    const entry = entries[i] as PoolEntry;
    if (entry.activity.completedOn > cycle.countUntil) break;
    const c = activityContribution(entry);
    markSame(c, entry, input);
    place(c);
  }
  for (const s of input.specializations) {
    const date = s.credential.issuedOn;
    if (date < cycle.countFrom || date > cycle.countUntil) continue;
    const course = input.courses.get(s.credential.id);
    if (course) continue;
    place({
      kind: 'specialization',
      sourceId: s.credential.id,
      title: `${s.effective.type.code} specialization`,
      date,
      category: '',
      raw: s.amount,
      credited: 0,
      planned: false,
    });
  }
  // The grace window: offered to this cycle only while it still needs credit.
  const byDate = (a: Contribution, b: Contribution) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const taken = new Set<string>();
  let have = input.cprCredit + inside.filter(counts).reduce((n, c) => n + c.raw, 0);
  for (const c of grace.sort(byDate)) {
    if (have >= input.required || !counts(c)) continue;
    c.note = `Completed in the grace period after ${formatLongDate(cycle.end)}: counted here because this cycle still needed it.`;
    inside.push(c);
    taken.add(c.sourceId);
    have += c.raw;
  }
  // Say where a specialization's credit went, on the activity and for the cycle.
  const countedOnce: string[] = [];
  for (const c of inside) {
    if (c.kind !== 'activity') continue;
    for (const s of input.specializations) {
      if (input.courses.get(s.credential.id)?.id !== c.sourceId) continue;
      const code = s.effective.type.code;
      c.note = `Your ${code} counts once: through this activity, not again through the credential.`;
      c.completes = code;
      countedOnce.push(
        `Your ${code} counts once (${amountText(c.raw, s.effective)}): through "${c.title}", not again through the credential.`,
      );
    }
  }
  return { contributions: inside.sort(byDate), taken, countedOnce };
}

/** Applies per-activity and category caps in date order; returns the lines and warnings. */
export function applyCaps(
  cycle: Cycle,
  effective: EffectiveType,
  contributions: Contribution[],
  warnings: string[],
): CategoryLine[] {
  const type = effective.type;
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
  // Per calendar year, for categories with a yearly maximum (ACSM committee service: 8 a year).
  const perYear = new Map(
    type.categories.value.filter((c) => c.maxPerYear !== undefined).map((c) => [c.id, c.maxPerYear as number]),
  );
  const yearEarned = new Map<string, Hundredths>();
  const yearOver = new Map<string, Hundredths>();
  const cycleOver = new Map<string, Hundredths>();
  // Each category's per-activity caps, worked out once (not once per contribution).
  const capsOf = new Map<string, number[]>();
  const perActivityCaps = (category: string): number[] => {
    let caps = capsOf.get(category);
    if (!caps) {
      caps = [
        type.maxPerActivity?.value,
        type.categories.value.find((k) => k.id === category)?.maxPerActivity,
        type.perActivityCaps?.value[category],
      ].filter((v): v is number => v !== undefined);
      capsOf.set(category, caps);
    }
    return caps;
  };
  for (const c of contributions) {
    const line = byId.get(c.category);
    if (!counts(c)) continue;
    let amount = c.raw;
    for (const cap of perActivityCaps(c.category)) {
      if (amount > cap) {
        c.note = `Counts at most ${amountText(cap, effective)} for one activity.`;
        amount = cap;
      }
    }
    if (line) {
      line.raw += c.raw;
      const yearMax = perYear.get(line.id);
      if (yearMax !== undefined) {
        const key = `${line.id}:${c.date.slice(0, 4)}`;
        const room = Math.max(0, yearMax - (yearEarned.get(key) ?? 0));
        if (amount > room) {
          c.note = `Category ${line.id} counts at most ${amountText(yearMax, effective)} in one calendar year (${c.date.slice(0, 4)}).`;
          yearOver.set(key, (yearOver.get(key) ?? 0) + amount - room);
          amount = room;
        }
      }
      if (line.max !== undefined) {
        const room = Math.max(0, line.max - line.earned);
        if (amount > room) {
          c.note = `Category ${line.id} is full (at most ${amountText(line.max, effective)}).`;
          cycleOver.set(line.id, (cycleOver.get(line.id) ?? 0) + amount - room);
          amount = room;
        }
      }
      line.earned += amount;
      if (yearMax !== undefined) {
        const key = `${line.id}:${c.date.slice(0, 4)}`;
        yearEarned.set(key, (yearEarned.get(key) ?? 0) + amount);
      }
    }
    c.credited = amount;
  }
  for (const [key, over] of yearOver) {
    const [id, year] = key.split(':') as [string, string];
    const line = byId.get(id);
    warnings.push(
      `Category ${id} (${line?.name ?? id}) counts at most ${amountText(perYear.get(id) ?? 0, effective)} a year; ${amountText(over, effective)} of ${year} above it does not count.`,
    );
  }
  // Said only where the cycle's maximum itself cut something (not what a yearly maximum already had).
  for (const line of lines) {
    const over = cycleOver.get(line.id);
    if (line.max !== undefined && over !== undefined && over > 0) {
      warnings.push(
        `Category ${line.id} (${line.name}) counts at most ${amountText(line.max, effective)}; ${amountText(over, effective)} above it does not count.`,
      );
    }
  }
  return lines;
}
