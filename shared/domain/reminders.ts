/**
 * Reminders: what needs the user's attention, from the evaluations and the user's settings.
 * Deadlines inside the largest reminder window, CPR/AED cards that end before a deadline,
 * and cycles in their grace period. Pure; the main process turns the due ones into desktop
 * notifications, and the page lists them all.
 */
import { daysBetween, formatLongDate, type CalendarDate } from './calendar-date';
import type { CredentialEvaluation } from './rules/evaluation-types';
import type { ReminderSettings } from '../schemas/entities';

export interface Reminder {
  /** Stable for one deadline (or one card), so a notification is shown once per threshold. */
  key: string;
  kind: 'deadline' | 'cpr' | 'grace';
  credentialId: string;
  title: string;
  message: string;
  dueOn: CalendarDate;
  daysLeft: number;
  /** The smallest reminder threshold (in days) this one has reached; what a notification is for. */
  threshold: number;
}

export function computeReminders(evaluations: readonly CredentialEvaluation[], settings: ReminderSettings): Reminder[] {
  if (!settings.enabled || settings.thresholds.length === 0) return [];
  const thresholds = [...new Set(settings.thresholds)].sort((a, b) => a - b);
  const widest = thresholds[thresholds.length - 1] as number;
  const reached = (days: number) => thresholds.find((t) => days <= t);
  const out: Reminder[] = [];
  for (const e of evaluations) {
    const cycle = e.currentIndex === null ? undefined : e.cycles[e.currentIndex];
    if (!cycle) continue;
    const v = cycle.verdict;
    if (cycle.status === 'lapsed') {
      // A missed deadline is never hidden: it stays until a renewal is recorded.
      out.push({
        key: `lapsed:${e.credentialId}:${cycle.end}`,
        kind: 'grace',
        credentialId: e.credentialId,
        title: `${e.code}: lapsed`,
        message: v.sentence,
        dueOn: v.by ?? cycle.end,
        daysLeft: cycle.daysLeft,
        threshold: 0,
      });
    } else if (cycle.status === 'late_renewal' || cycle.status === 'in_grace') {
      const by = v.by ?? cycle.graceEnd;
      out.push({
        key: `${cycle.status === 'in_grace' ? 'grace' : 'late'}:${e.credentialId}:${cycle.end}`,
        kind: 'grace',
        credentialId: e.credentialId,
        title:
          cycle.status === 'in_grace' ? `${e.code}: in its grace period` : `${e.code}: late renewal still possible`,
        message: v.sentence,
        dueOn: by,
        daysLeft: daysBetween(cycle.end, by) + cycle.daysLeft,
        threshold: 0,
      });
    } else if (
      cycle.status !== 'renewed' &&
      cycle.status !== 'upcoming' &&
      cycle.daysLeft >= 0 &&
      cycle.daysLeft <= widest
    ) {
      out.push({
        key: `deadline:${e.credentialId}:${cycle.end}`,
        kind: 'deadline',
        credentialId: e.credentialId,
        title: `${e.code}: renewal due in ${cycle.daysLeft} day${cycle.daysLeft === 1 ? '' : 's'}`,
        message: v.sentence,
        dueOn: cycle.end,
        daysLeft: cycle.daysLeft,
        threshold: reached(cycle.daysLeft) ?? widest,
      });
    }
    if (
      cycle.cpr?.required &&
      !cycle.cpr.validWhenNeeded &&
      cycle.cpr.validUntil &&
      cycle.status !== 'renewed' &&
      cycle.daysLeft >= 0
    ) {
      // The last day the card still lets the renewal be sent (ISSA: 30 days before it ends).
      const lastDay = cycle.cpr.submitBy ?? cycle.cpr.validUntil;
      const daysToCard = cycle.daysLeft - daysBetween(lastDay, cycle.end);
      const ended = daysToCard < 0;
      out.push({
        key: `cpr:${e.credentialId}:${cycle.cpr.validUntil}`,
        kind: 'cpr',
        credentialId: e.credentialId,
        title: ended ? `${e.code}: CPR/AED card has ended` : `${e.code}: CPR/AED card ends before the deadline`,
        message: ended
          ? `Your CPR/AED card expired on ${formatLongDate(cycle.cpr.validUntil)}. ${e.bodyCode} needs a card that is valid when you submit: renew the card first.`
          : v.covered
            ? v.sentence
            : `Your CPR/AED card is valid until ${formatLongDate(cycle.cpr.validUntil)}, before the ${e.code} deadline (${formatLongDate(cycle.end)}). Renew the card first.`,
        dueOn: lastDay,
        daysLeft: daysToCard,
        threshold: reached(Math.max(0, daysToCard)) ?? widest,
      });
    }
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft || a.key.localeCompare(b.key));
}

/**
 * The reminders to notify now: those that reached a threshold not yet notified for them.
 * `notified` maps a reminder's key to the smallest threshold already shown.
 */
export function dueNotifications(
  reminders: readonly Reminder[],
  notified: Readonly<Record<string, number>>,
): Reminder[] {
  return reminders.filter((r) => {
    const shown = notified[r.key];
    return shown === undefined || r.threshold < shown;
  });
}
