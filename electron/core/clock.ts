/** "Today" as a calendar date in the computer's own time zone: what the user calls today. */
import type { CalendarDate } from '../../shared/domain/calendar-date';

export function localToday(now: Date = new Date()): CalendarDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
