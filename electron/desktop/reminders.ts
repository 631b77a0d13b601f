/** Desktop notifications for reminders: at launch, then checked every hour (each shown once per threshold). */
import { Notification, type BrowserWindow } from 'electron';
import { localToday } from '../../shared/domain/calendar-date';
import { takeDueNotifications } from '../core/reminders';
import type { Store } from '../core/store/store';

// Kept until closed: a notification only referenced locally could be collected with its click handler.
const shown = new Set<Notification>();

async function notify(store: () => Store | undefined, window: () => BrowserWindow | undefined): Promise<void> {
  const current = store();
  if (!current || !Notification.isSupported()) return;
  for (const reminder of await takeDueNotifications(current, localToday())) {
    const note = new Notification({ title: reminder.title, body: reminder.message });
    shown.add(note);
    note.on('click', () => window()?.show());
    note.on('close', () => shown.delete(note));
    note.show();
  }
}

export function setupReminders(store: () => Store | undefined, window: () => BrowserWindow | undefined): void {
  void notify(store, window);
  setInterval(() => void notify(store, window), 60 * 60 * 1000).unref();
}
