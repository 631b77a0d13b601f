/**
 * Reminders: what needs the user's attention, from the evaluations and the user's settings.
 * Deadlines inside the largest reminder window, CPR/AED cards that end before a deadline,
 * and cycles in their grace period. Pure; the main process turns the due ones into desktop
 * notifications, and the page lists them all.
 */
import { daysBetween, formatLongDate, type CalendarDate } from './calendar-date';
import { formatAmount } from './quantity';
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
    if (cycle && cycle.status === 'late_renewal' && cycle.lateRenewalUntil) {
      out.push({
        key: `late:${e.credentialId}:${cycle.end}`,
        kind: 'grace',
        credentialId: e.credentialId,
        title: `${e.code}: late renewal still possible`,
        message: `The deadline was ${formatLongDate(cycle.end)}. ${e.bodyCode} accepts a late renewal until ${formatLongDate(cycle.lateRenewalUntil)}${cycle.lateFeeCents ? `, with a late fee of $${cycle.lateFeeCents / 100}` : ''}.`,
        dueOn: cycle.lateRenewalUntil,
        daysLeft: daysBetween(cycle.end, cycle.lateRenewalUntil) + cycle.daysLeft,
        threshold: 0,
      });
    } else if (cycle && cycle.status === 'in_grace') {
      out.push({
        key: `grace:${e.credentialId}:${cycle.end}`,
        kind: 'grace',
        credentialId: e.credentialId,
        title: `${e.code}: in its grace period`,
        message: `The deadline was ${formatLongDate(cycle.end)}. You can still renew until ${formatLongDate(cycle.graceEnd)}${cycle.lateFeeCents ? `, with a late fee of $${cycle.lateFeeCents / 100}` : ''}.`,
        dueOn: cycle.graceEnd,
        daysLeft: cycle.daysLeft,
        threshold: 0,
      });
    } else if (
      cycle &&
      cycle.status !== 'renewed' &&
      cycle.status !== 'upcoming' &&
      cycle.daysLeft >= 0 &&
      cycle.daysLeft <= widest
    ) {
      const missing =
        cycle.remaining > 0
          ? ` ${formatAmount(cycle.remaining, e.decimals)}${e.unit ? ` ${e.unit}` : ''} still needed.`
          : !cycle.met
            ? ` Your credits are complete, but the renewal cannot be sent yet: ${cycle.warnings[0] ?? cycle.reasons[0] ?? ''}`.trimEnd()
            : cycle.submitBy
              ? ` Covered if you submit by ${formatLongDate(cycle.submitBy)}, while your CPR/AED card is valid; after that, renew the card first.`
              : ' Your credits are complete: remember to submit the renewal.';
      out.push({
        key: `deadline:${e.credentialId}:${cycle.end}`,
        kind: 'deadline',
        credentialId: e.credentialId,
        title: `${e.code}: renewal due in ${cycle.daysLeft} day${cycle.daysLeft === 1 ? '' : 's'}`,
        message: `Deadline ${formatLongDate(cycle.end)}.${missing}`,
        dueOn: cycle.end,
        daysLeft: cycle.daysLeft,
        threshold: reached(cycle.daysLeft) ?? widest,
      });
    }
    if (
      cycle &&
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
          : cycle.met && cycle.submitBy
            ? `Covered if you submit by ${formatLongDate(cycle.submitBy)}, while your CPR/AED card is valid; after that, renew the card first (the ${e.code} deadline is ${formatLongDate(cycle.end)}).`
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
