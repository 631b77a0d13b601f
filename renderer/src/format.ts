/** Formatting for display. */
import { creditText } from '../../shared/domain/rules/amount-text';
import { formatLongDate, isCalendarDate } from '../../shared/domain/calendar-date';
import { formatMinutes } from '../../shared/domain/quantity';
import type { CredentialEvaluation } from '../../shared/domain/rules/evaluation-types';
export { STATUS_LABELS } from '../../shared/domain/labels';

/**
 * "10 Mar 2027" for a `YYYY-MM-DD` date, never shifted by time zones: the one format every screen,
 * every message from the rules (built in the core), the PDFs and the CLI use, so one screen never
 * shows two ("Mar 10, 2027" beside "1 Feb 2027"); day, month name, year reads the same everywhere.
 */
export function formatDate(date: string | undefined): string {
  return date && isCalendarDate(date) ? formatLongDate(date) : '—';
}

/** "1.9 CEU" in the credential's own unit. */
export function formatCredit(value: number, e: Pick<CredentialEvaluation, 'decimals' | 'unit'>): string {
  return creditText(value, e);
}

export { formatMinutes };

/** "in 108 days", "today", "12 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 0) return `in ${days} days`;
  return days === -1 ? 'yesterday' : `${-days} days ago`;
}
