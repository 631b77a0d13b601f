/**
 * Exact quantities. Every amount of credit is an integer number of hundredths of the
 * body's unit (1.9 CEU is 190), and contact time is whole minutes, so sums are exact:
 * nineteen allocations of 0.1 CEU are exactly 1.9 CEU.
 */

/** Hundredths of a body's unit (CEU, CEC…). */
export type Hundredths = number;

/** Parses "1.9", "0.25" or "45" into hundredths; null when it is not a number with at most two decimals. */
export function parseAmount(text: string): Hundredths | null {
  const match = /^\s*(\d{1,6})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  return whole * 100 + fraction;
}

/** 190 → "1.9", 200 → "2.0" (with `minDecimals` 1), 4500 → "45" (with 0), 25 → "0.25". */
export function formatAmount(value: Hundredths, minDecimals = 1): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 100);
  let fraction = String(abs % 100).padStart(2, '0');
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  return fraction.length > 0 ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}

/** Credit for `minutes` of contact time at `perHour` hundredths per hour, rounded half up. */
export function creditForMinutes(minutes: number, perHour: Hundredths): Hundredths {
  return Math.floor((minutes * perHour + 30) / 60);
}

/** Contact minutes needed for `amount` at `perHour` hundredths per hour, rounded up. */
export function minutesForCredit(amount: Hundredths, perHour: Hundredths): number {
  if (amount <= 0 || perHour <= 0) return 0;
  return Math.ceil((amount * 60) / perHour);
}

/** "2 h", "1 h 30 min", "45 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Sums integers (kept as a named helper so no float ever sneaks into a total). */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
