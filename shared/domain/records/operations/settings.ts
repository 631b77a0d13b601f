/**
 * The holder's profile, the reminder settings, the messages shown at the top of the page
 * (notices) and the desktop notifications already shown, as pure operations on the document.
 */
import { AppError } from '../../../errors';
import type { Notice, Profile, ReminderSettings } from '../../../schemas/entities';
import type { Outcome } from './types';

/** The part of the document these operations read and write. */
export interface WithSettings {
  profile: Profile;
  settings: {
    notices: readonly Notice[];
    reminders: ReminderSettings;
    /** Reminder key → the threshold it was last shown for as a desktop notification. */
    notified: Readonly<Record<string, number>>;
  };
}

export function updateProfile<D extends WithSettings>(doc: D, profile: Profile): Outcome<D, Profile> {
  return { doc: { ...doc, profile }, result: profile };
}

/** The reminder settings, thresholds once each, largest first. */
export function updateReminderSettings<D extends WithSettings>(
  doc: D,
  reminders: ReminderSettings,
): Outcome<D, ReminderSettings> {
  const next = { ...reminders, thresholds: [...new Set(reminders.thresholds)].sort((a, b) => b - a) };
  return { doc: { ...doc, settings: { ...doc.settings, reminders: next } }, result: next };
}

export function dismissNotice<D extends WithSettings>(doc: D, id: string): Outcome<D, { notices: Notice[] }> {
  if (!doc.settings.notices.some((n) => n.id === id))
    throw new AppError('not_found', 'That message was already dismissed.', 'id');
  const notices = doc.settings.notices.filter((n) => n.id !== id);
  return { doc: { ...doc, settings: { ...doc.settings, notices } }, result: { notices } };
}

/** Records that these reminders were shown as desktop notifications, so none is shown twice. */
export function recordNotified<D extends WithSettings>(
  doc: D,
  shown: readonly { key: string; threshold: number }[],
): Outcome<D, null> {
  const notified = { ...doc.settings.notified };
  for (const r of shown) notified[r.key] = r.threshold;
  return { doc: { ...doc, settings: { ...doc.settings, notified } }, result: null };
}

/** Adds a message for the top of the page. */
export function addNotice<D extends WithSettings>(doc: D, notice: Notice): Outcome<D, Notice> {
  return { doc: { ...doc, settings: { ...doc.settings, notices: [...doc.settings.notices, notice] } }, result: notice };
}
