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

/**
 * The first activity in `activities` that is the same course as `candidate` (another record
 * with the same title and date), unless the candidate is marked as a separate course.
 */
export function sameCourseAs(
  candidate: Pick<Activity, 'id' | 'title' | 'completedOn' | 'separateCourse'>,
  activities: readonly Pick<Activity, 'id' | 'title' | 'completedOn' | 'status'>[],
): string | undefined {
  if (candidate.separateCourse === true) return undefined;
  const key = courseKey(candidate);
  return activities.find((a) => a.id !== candidate.id && a.status === 'completed' && courseKey(a) === key)?.id;
}
