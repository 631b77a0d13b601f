/** CPR/AED cards: when each is valid, and what that means for a cycle. */
import { addMonths, daysBetween, maxDate, minDate, yearOf, type CalendarDate } from '../calendar-date';
import type { Credential } from '../../schemas/entities';
import type { EffectiveType } from './effective-type';

export interface CardValidity {
  credentialId: string;
  name: string;
  from: CalendarDate;
  until: CalendarDate;
}

/** A card's validity: its own expiry date, else the issue date plus the provider's validity. */
export function cardValidity(credential: Credential, effective: EffectiveType): CardValidity {
  const months = effective.type.validityMonths?.value ?? 24;
  return {
    credentialId: credential.id,
    name: `${effective.body.code} ${effective.type.name}`.trim(),
    from: credential.issuedOn,
    until: credential.expiresOn ?? addMonths(credential.issuedOn, months),
  };
}

/** The card valid on `date` that stays valid longest, if any. */
export function cardValidOn(cards: readonly CardValidity[], date: CalendarDate): CardValidity | undefined {
  return cards.filter((c) => c.from <= date && date <= c.until).sort((a, b) => (a.until > b.until ? -1 : 1))[0];
}

/** Cards valid at some point in [from, until]. */
export function cardsOverlapping(
  cards: readonly CardValidity[],
  from: CalendarDate,
  until: CalendarDate,
): CardValidity[] {
  return cards.filter((c) => c.from <= until && c.until >= from);
}

/** Calendar years within [from, until] in which some card was valid (for credit "per year"). */
export function yearsCovered(cards: readonly CardValidity[], from: CalendarDate, until: CalendarDate): number {
  const years = new Set<number>();
  for (const card of cardsOverlapping(cards, from, until)) {
    const a = yearOf(maxDate(card.from, from));
    const b = yearOf(minDate(card.until, until));
    for (let y = a; y <= b; y++) years.add(y);
  }
  return years.size;
}

/** Days until a card ends (negative once it has). */
export function daysUntilExpiry(card: CardValidity, today: CalendarDate): number {
  return daysBetween(today, card.until);
}
