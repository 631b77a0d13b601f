/** Reminders as of today, and the ones due as desktop notifications (each recorded, so shown once per threshold). */
import { computeReminders, dueNotifications, type Reminder } from '../../shared/domain/reminders';
import { evaluateStored } from './evaluation';
import { recordNotified } from '../../shared/domain/records/operations/settings';
import type { Store } from './store/store';

/** The reminders as of today (for the page's list and for desktop notifications). */
export function currentReminders(
  store: Store,
  today: string,
  evaluations = evaluateStored(store.data, today),
): Reminder[] {
  return computeReminders(evaluations, store.data.settings.reminders);
}

/** The reminders to show as desktop notifications now; each is recorded, so it is shown once per threshold. */
export async function takeDueNotifications(store: Store, today: string): Promise<Reminder[]> {
  const due = dueNotifications(currentReminders(store, today), store.data.settings.notified);
  if (due.length === 0) return [];
  await store.mutate((doc) => recordNotified(doc, due));
  return due;
}
