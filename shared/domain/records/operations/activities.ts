/** Adding, changing, removing and restoring an activity, as pure operations on the records. */
import { AppError } from '../../../errors';
import type { Activity, ActivityFields, Attachment } from '../../../schemas/entities';
import { activityProblem } from '../activity-rules';
import type { Outcome, Records, Stamp } from './types';

const notFound = () =>
  new AppError('not_found', 'That activity no longer exists. It may have been deleted; reload the list.', 'id');

/** The activity rules, as the operation's error (fields prefixed as in the input). */
function check(doc: Records, fields: ActivityFields, today: string, prefix = '', id?: string): void {
  const problem = activityProblem({ ...fields, ...(id ? { id } : {}) }, { ...doc, today });
  if (problem) throw new AppError('invalid_input', problem.message, `${prefix}${problem.field}`);
}

export function addActivity<D extends Records>(doc: D, fields: ActivityFields, stamp: Stamp): Outcome<D, Activity> {
  check(doc, fields, stamp.today);
  const activity: Activity = { id: stamp.newId(), ...fields, createdAt: stamp.now, updatedAt: stamp.now };
  return { doc: { ...doc, activities: [...doc.activities, activity] }, result: activity };
}

export function updateActivity<D extends Records>(
  doc: D,
  id: string,
  fields: ActivityFields,
  stamp: Stamp,
): Outcome<D, Activity> {
  const current = doc.activities.find((a) => a.id === id);
  if (!current) throw notFound();
  check(doc, fields, stamp.today, 'fields.', id);
  const updated: Activity = { id, ...fields, createdAt: current.createdAt, updatedAt: stamp.now };
  return { doc: { ...doc, activities: doc.activities.map((a) => (a.id === id ? updated : a)) }, result: updated };
}

/** Removes the activity and its attachments' records (their files are the caller's to release). */
export function removeActivity<D extends Records>(
  doc: D,
  id: string,
): Outcome<D, { activity: Activity; attachments: Attachment[] }> {
  const activity = doc.activities.find((a) => a.id === id);
  if (!activity) throw notFound();
  const attachments = doc.attachments.filter((a) => a.ownerType === 'activity' && a.ownerId === id);
  return {
    doc: {
      ...doc,
      activities: doc.activities.filter((a) => a.id !== id),
      attachments: doc.attachments.filter((a) => !attachments.includes(a)),
    },
    result: { activity, attachments },
  };
}

/** Puts back what `removeActivity` took (the undo); its files are the caller's to reclaim first. */
export function restoreActivity<D extends Records>(
  doc: D,
  removed: { activity: Activity; attachments: Attachment[] },
  stamp: Stamp,
): Outcome<D, Activity> {
  const { activity, attachments } = removed;
  if (doc.activities.some((a) => a.id === activity.id))
    throw new AppError('conflict', 'That activity is already there.', 'activity.id');
  check(doc, { ...activity, status: 'planned' }, stamp.today, 'activity.');
  return {
    doc: { ...doc, activities: [...doc.activities, activity], attachments: [...doc.attachments, ...attachments] },
    result: activity,
  };
}
