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

/** A CPR/AED course: its title says so, or it is allocated to the body's CPR category. */
export function isCprCourse(activity: Pick<Activity, 'title'>, category: string, cprCategory?: string): boolean {
  return CPR_TITLE.test(activity.title) || (cprCategory !== undefined && category === cprCategory);
}

/** The key under which two activities are the same course: the title (case, accents and spacing folded) and the date. */
export function courseKey(activity: Pick<Activity, 'title' | 'completedOn'>): string {
  const title = activity.title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return `${title}|${activity.completedOn}`;
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
