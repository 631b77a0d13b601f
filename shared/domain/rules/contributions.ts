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

const counts = (c: Contribution) => !c.planned && (c.approval === undefined || COUNTED.has(c.approval));

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
    place(activityContribution(entry));
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
      if (line.max !== undefined) {
        const room = Math.max(0, line.max - line.earned);
        if (amount > room) {
          c.note = `Category ${line.id} is full (at most ${amountText(line.max, effective)}).`;
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
        `Category ${line.id} (${line.name}) counts at most ${amountText(line.max, effective)}; ${amountText(line.raw - line.max, effective)} above it does not count.`,
      );
    }
  }
  return lines;
}
