/** Formatting for display, in the user's locale. */

/** "10 Mar 2027" (or the locale's equivalent) for a `YYYY-MM-DD` date; never shifted by time zones. */
export function formatDate(date: string | undefined, locale?: string): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
