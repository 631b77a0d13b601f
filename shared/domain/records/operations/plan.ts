/**
 * Keeping the renewal plan and forgetting part of it, as pure operations on the records. A kept
 * course becomes a planned activity (it counts once marked done); a kept credential (a
 * specialization to earn, a card to renew) is a planned credential, which never counts and
 * leaves the plan once a credential of its type is earned.
 */
import { AppError } from '../../../errors';
import type { Activity, Credential, PlannedCredential } from '../../../schemas/entities';
import { findCredentialType } from '../../catalog/catalog';
import type { PlanItem } from '../../plan/types';
import { plannedCourse } from '../../plan/what-if';
import { addActivity } from './activities';
import type { Outcome, Records, Stamp } from './types';

type WithPlan = Records & { plannedCredentials: readonly PlannedCredential[] };

/**
 * Whether a kept credential is still to do: a card is renewed by any card issued on or after
 * the day its window opens; any other type, by holding a credential of it.
 */
export function stillPlanned(p: PlannedCredential, credentials: readonly Credential[]): boolean {
  const card = findCredentialType(p.typeId)?.kind === 'cpr';
  return !credentials.some((c) =>
    card ? findCredentialType(c.typeId)?.kind === 'cpr' && c.issuedOn >= p.on : c.typeId === p.typeId,
  );
}

/** The kept credentials still to do, as the plan's items. */
export function pendingPlanItems(doc: {
  plannedCredentials: readonly PlannedCredential[];
  credentials: readonly Credential[];
}): PlanItem[] {
  return doc.plannedCredentials
    .filter((p) => stillPlanned(p, doc.credentials))
    .map((p) => ({ kind: 'credential', typeId: p.typeId, on: p.on, label: p.label, ...(p.by ? { by: p.by } : {}) }));
}

/** Keeps what was tried: courses as planned activities, credentials as planned credentials. */
export function keepPlan<D extends WithPlan>(
  doc: D,
  items: readonly PlanItem[],
  stamp: Stamp,
): Outcome<D, { activities: Activity[]; credentials: PlannedCredential[] }> {
  let next = doc;
  const activities: Activity[] = [];
  const credentials: PlannedCredential[] = [];
  items.forEach((item, i) => {
    if (item.kind === 'activity') {
      const { doc: after, result } = addActivity(next, plannedCourse(item, 'planned'), stamp);
      next = after;
      activities.push(result);
      return;
    }
    const type = findCredentialType(item.typeId);
    if (!type)
      throw new AppError(
        'invalid_input',
        `“${item.typeId}” is not a credential type Recert knows.`,
        `items.${i}.typeId`,
      );
    if (type.kind !== 'cpr' && doc.credentials.some((c) => c.typeId === item.typeId))
      throw new AppError('conflict', `You already hold the ${type.code}: there is nothing to plan.`, `items.${i}`);
    if (item.by !== undefined && item.by < item.on)
      throw new AppError('invalid_input', 'A planned window must end on or after the day it starts.', `items.${i}.by`);
    // Kept twice (the same type on the same day) is kept once.
    if (next.plannedCredentials.some((p) => p.typeId === item.typeId && p.on === item.on)) return;
    const planned: PlannedCredential = {
      id: stamp.newId(),
      typeId: item.typeId,
      on: item.on,
      ...(item.by ? { by: item.by } : {}),
      label: item.label,
      createdAt: stamp.now,
    };
    next = { ...next, plannedCredentials: [...next.plannedCredentials, planned] };
    credentials.push(planned);
  });
  return { doc: next, result: { activities, credentials } };
}

/** Takes a kept credential out of the plan. */
export function forgetPlanned<D extends WithPlan>(doc: D, id: string): Outcome<D, { id: string }> {
  if (!doc.plannedCredentials.some((p) => p.id === id))
    throw new AppError('not_found', 'That planned item no longer exists: it was taken out of the plan.', 'id');
  return { doc: { ...doc, plannedCredentials: doc.plannedCredentials.filter((p) => p.id !== id) }, result: { id } };
}
