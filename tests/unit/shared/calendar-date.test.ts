import { describe, expect, it } from 'vitest';
import { compareDates, daysInMonth, isCalendarDate } from '../../../shared/domain/calendar-date';

describe('calendar dates', () => {
  it.each(['2025-03-10', '2024-02-29', '2000-02-29', '2026-12-31'])('accepts the real date %s', (d) => {
    expect(isCalendarDate(d)).toBe(true);
  });

  it.each([
    '2025-02-30',
    '2025-02-29',
    '1900-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-3-10',
    '10/03/2025',
    '',
    '2025-03-10T00:00:00Z',
  ])('refuses %j', (d) => {
    expect(isCalendarDate(d)).toBe(false);
  });

  it('knows month lengths, leap years included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 11)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('orders dates', () => {
    expect(compareDates('2026-11-22', '2027-03-10')).toBeLessThan(0);
    expect(compareDates('2027-03-10', '2027-03-10')).toBe(0);
    expect(compareDates('2027-03-11', '2027-03-10')).toBeGreaterThan(0);
  });
});
