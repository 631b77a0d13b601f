/** CPR/AED cards: when each is valid, and which one a renewal can rely on. */
import {
  addDays,
  addMonths,
  daysBetween,
  endOfMonth,
  maxDate,
  minDate,
  yearOf,
  type CalendarDate,
} from '../calendar-date';
import type { Credential } from '../../schemas/entities';
import type { EffectiveType } from './effective-type';

export interface CardValidity {
  credentialId: string;
  name: string;
  /** The provider's name as the user would say it ("AHA", "Red Cross"). */
  provider: string;
  from: CalendarDate;
  until: CalendarDate;
  /** Whether the course had a hands-on skills check; undefined when the user has not said. */
  handsOn?: boolean;
}

/** A card's validity: its own expiry date, else the issue date plus the provider's validity. */
export function cardValidity(credential: Credential, effective: EffectiveType): CardValidity {
  const months = effective.type.validityMonths?.value ?? 24;
  const computed = addMonths(credential.issuedOn, months);
  return {
    credentialId: credential.id,
    name: `${effective.body.code} ${effective.type.name}`.trim(),
    provider: effective.body.code,
    from: credential.issuedOn,
    until: credential.expiresOn ?? (effective.type.validThroughEndOfMonth ? endOfMonth(computed) : computed),
    ...(credential.handsOn !== undefined ? { handsOn: credential.handsOn } : {}),
  };
}

/** The card valid on `date` that stays valid longest, if any. */
export function cardValidOn(cards: readonly CardValidity[], date: CalendarDate): CardValidity | undefined {
  return cards.filter((c) => c.from <= date && date <= c.until).sort((a, b) => (a.until > b.until ? -1 : 1))[0];
}

/**
 * The card a renewal can rely on when it is submitted on a day in [from, until], where the
 * body needs the card valid `daysAfter` days past the submission: the one that allows the
 * latest submission. With the days it allows (`submitFrom` … `submitBy`), if any.
 */
export function cardForSubmission(
  cards: readonly CardValidity[],
  from: CalendarDate,
  until: CalendarDate,
  daysAfter: number,
): { card: CardValidity; submitFrom: CalendarDate; submitBy: CalendarDate } | undefined {
  let best: { card: CardValidity; submitFrom: CalendarDate; submitBy: CalendarDate } | undefined;
  for (const card of cards) {
    const submitFrom = maxDate(from, card.from);
    const submitBy = minDate(until, addDays(card.until, -daysAfter));
    if (submitFrom > submitBy) continue;
    if (!best || submitBy > best.submitBy) best = { card, submitFrom, submitBy };
  }
  return best;
}

/**
 * Calendar years from `since` on in which a card was completed within [from, until] (ACSM:
 * credit per year of completion, from 2025).
 */
export function completionYears(
  cards: readonly CardValidity[],
  from: CalendarDate,
  until: CalendarDate,
  since: CalendarDate | undefined,
): number[] {
  const years = new Set<number>();
  for (const card of cards) {
    if (card.from < from || card.from > until) continue;
    if (since !== undefined && card.from < since) continue;
    years.add(yearOf(card.from));
  }
  return [...years].sort((a, b) => a - b);
}

/** Days until a card ends (negative once it has). */
export function daysUntilExpiry(card: CardValidity, today: CalendarDate): number {
  return daysBetween(today, card.until);
}
