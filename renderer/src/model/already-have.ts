/**
 * Whether a review card repeats what the user already has: the same course (title and date, or
 * code and date) among their activities, or among the entries confirmed a moment ago in the same
 * "Confirm all"; or the same file already attached. Such a card is never saved without the user's
 * choice on it ("It's the same course" attaches the file to the one they have; "It's another
 * course" saves it as a second course).
 */
import { findSameCourse } from '../../../shared/domain/rules/same-source';
import type { Activity } from '../../../shared/schemas/entities';
import { formatDate } from '../format';

export interface Repeat {
  /** The activity it repeats, when there is one (the file may be attached to a credential instead). */
  activity?: Activity;
  text: string;
}

interface CardLike {
  draft?: { kind: 'course' | 'card'; title: string; completedOn: string; code: string; separateCourse?: boolean };
  reading?: { proposal: { alreadyHave?: { reason: 'file' | 'course'; activityId?: string; text: string } } };
}

export function alreadyHave(item: CardLike, activities: readonly Activity[]): Repeat | null {
  const draft = item.draft;
  if (!draft || draft.kind !== 'course' || draft.separateCourse) return null;
  const twin = findSameCourse(draft, activities);
  if (twin) return { activity: twin, text: `You already have “${twin.title}” on ${formatDate(twin.completedOn)}.` };
  const read = item.reading?.proposal.alreadyHave;
  if (!read) return null;
  const activity = read.activityId ? activities.find((a) => a.id === read.activityId) : undefined;
  return activity ? { activity, text: read.text } : read.reason === 'file' ? { text: read.text } : null;
}
