/** Formatting for display, in the user's locale. */
import { formatAmount, formatMinutes } from '../../shared/domain/quantity';
import type { CredentialEvaluation } from '../../shared/domain/rules/evaluation-types';
export { STATUS_LABELS } from '../../shared/domain/labels';

/** "Mar 10, 2027" (or the locale's equivalent) for a `YYYY-MM-DD` date; never shifted by time zones. */
export function formatDate(date: string | undefined, locale?: string): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** "1.9 CEU" in the credential's own unit. */
export function formatCredit(value: number, e: Pick<CredentialEvaluation, 'decimals' | 'unit'>): string {
  return `${formatAmount(value, e.decimals)}${e.unit ? ` ${e.unit}` : ''}`;
}

export { formatMinutes };

/** "in 108 days", "today", "12 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 0) return `in ${days} days`;
  return days === -1 ? 'yesterday' : `${-days} days ago`;
}
