/**
 * Every credit source counts once. Two kinds of record say the same thing twice:
 * - a CPR/AED course logged as an activity, and the card it produced: the card is the credit
 *   (NASM 0.1 CEU, AFAA 2 CEUs in category D, NCSF's CPR 2), once per cycle;
 * - a course logged twice (the same title and completion date), unless the user said they are
 *   two courses (`separateCourse`).
 */
import type { Activity } from '../../schemas/entities';

/** Words that name a CPR/AED course in a title. */
const CPR_TITLE = /\b(cpr|aed|bls|basic life support|cardiopulmonary|heartsaver)\b/i;

/*
 * Worked out once per record (an evaluation asks for every activity of every cycle of every
 * credential; records are never changed in place, so an object's answer never goes stale).
 */
const cprTitles = new WeakMap<object, boolean>();
const keys = new WeakMap<object, string>();

/** A CPR/AED course: its title says so, or it is allocated to the body's CPR category. */
export function isCprCourse(activity: Pick<Activity, 'title'>, category: string, cprCategory?: string): boolean {
  if (cprCategory !== undefined && category === cprCategory) return true;
  let titled = cprTitles.get(activity);
  if (titled === undefined) cprTitles.set(activity, (titled = CPR_TITLE.test(activity.title)));
  return titled;
}

/** The key under which two activities are the same course: the title (case, accents and spacing folded) and the date. */
export function courseKey(activity: Pick<Activity, 'title' | 'completedOn'>): string {
  const known = keys.get(activity);
  if (known !== undefined) return known;
  const title = activity.title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const key = `${title}|${activity.completedOn}`;
  keys.set(activity, key);
  return key;
}

type CourseLike = Pick<Activity, 'title' | 'completedOn'> & { code?: string };

/**
 * The activity in `activities` that a new entry repeats: the same title and date, or the same
 * course code and date. `except` is the entry's own id when it is being edited. Used where an
 * entry is made (the activity form, certificate reading) to ask before the course is saved twice.
 */
export function findSameCourse<A extends Pick<Activity, 'id' | 'title' | 'completedOn' | 'code' | 'status'>>(
  entry: CourseLike,
  activities: readonly A[],
  except?: string,
): A | undefined {
  if (!entry.title.trim() || !entry.completedOn) return undefined;
  const key = courseKey(entry);
  const code = entry.code?.trim().toLowerCase();
  return activities.find(
    (a) =>
      a.id !== except &&
      a.status === 'completed' &&
      (courseKey(a) === key || (!!code && a.code.trim().toLowerCase() === code && a.completedOn === entry.completedOn)),
  );
}

/** Which activities of a credential's pool repeat a source: CPR/AED classes, and courses logged again. */
export interface SameSources {
  cpr: ReadonlySet<string>;
  /** A course logged again (not marked as a separate course) → the first record of it. */
  duplicateOf: ReadonlyMap<string, Pick<Activity, 'id' | 'title'>>;
}

/** Worked out once per evaluation over every activity: which titles name a CPR/AED class, which courses recur. */
export interface SourceIndex {
  cprTitled: ReadonlySet<string>;
  /** Activities whose title and date another activity shares (only these can repeat a course). */
  recurring: ReadonlySet<string>;
}

export function indexSources(activities: readonly Activity[]): SourceIndex {
  const cprTitled = new Set<string>();
  const byKey = new Map<string, string>();
  const recurring = new Set<string>();
  for (const activity of activities) {
    if (isCprCourse(activity, '')) cprTitled.add(activity.id);
    const key = courseKey(activity);
    const other = byKey.get(key);
    if (other === undefined) byKey.set(key, activity.id);
    else {
      recurring.add(other);
      recurring.add(activity.id);
    }
  }
  return { cprTitled, recurring };
}

const NO_REPEATS: SameSources = { cpr: new Set(), duplicateOf: new Map() };

/**
 * One credential's repeated sources, over its date-sorted entries (the first record of a course
 * in date order is its first in any cycle): the evaluation of each cycle only looks them up.
 * A repeat is looked for only among the activities that share a title and date with another.
 */
export function sameSources(
  entries: readonly { activity: Activity; allocation: { category: string } }[],
  cpr: { category?: string } | undefined,
  index: SourceIndex,
): SameSources {
  // Nothing can repeat (most data): no CPR/AED title anywhere, no CPR category here, no course twice.
  if (index.cprTitled.size === 0 && index.recurring.size === 0 && cpr?.category === undefined) return NO_REPEATS;
  const cprIds = new Set<string>();
  const duplicateOf = new Map<string, Pick<Activity, 'id' | 'title'>>();
  let first: Map<string, Activity> | undefined;
  for (const { activity, allocation } of entries) {
    if (
      cpr &&
      (index.cprTitled.has(activity.id) || (cpr.category !== undefined && allocation.category === cpr.category))
    ) {
      cprIds.add(activity.id);
      continue;
    }
    if (!index.recurring.has(activity.id) || activity.status !== 'completed') continue;
    const key = courseKey(activity);
    first ??= new Map();
    const earlier = first.get(key);
    if (!earlier) first.set(key, activity);
    else if (earlier.id !== activity.id && activity.separateCourse !== true) duplicateOf.set(activity.id, earlier);
  }
  return { cpr: cprIds, duplicateOf };
}
