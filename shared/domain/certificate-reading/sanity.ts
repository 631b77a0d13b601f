/**
 * Checks a reading against what must hold of any certificate, so that a value that breaks one is
 * never shown as sure: a card is issued before it ends, and lasts one to three years (every CPR/AED
 * card in the catalog lasts two); a date read as the issue date that is later than the one read
 * as the end is the two swapped.
 */
import { compareDates, daysBetween } from '../calendar-date';
import type { CertificateReading } from './read-text';

/** Below this the review screen marks a field "check this". */
const DOUBT = 0.6;
/** A CPR/AED card's plausible life, in days (one to three years, with a month's slack). */
const CARD_DAYS = { min: 335, max: 3 * 366 + 31 };

export function checkCardDates(reading: CertificateReading): CertificateReading {
  const { completedOn: issued, expiresOn: ends } = reading;
  if (reading.kind !== 'card' || !issued || !ends) return reading;
  if (compareDates(issued.value, ends.value) > 0)
    return {
      ...reading,
      completedOn: { ...ends, confidence: Math.min(ends.confidence, DOUBT) },
      expiresOn: { ...issued, confidence: Math.min(issued.confidence, DOUBT) },
    };
  const days = daysBetween(issued.value, ends.value);
  if (days >= CARD_DAYS.min && days <= CARD_DAYS.max) return reading;
  return {
    ...reading,
    completedOn: { ...issued, confidence: Math.min(issued.confidence, DOUBT) },
    expiresOn: { ...ends, confidence: Math.min(ends.confidence, DOUBT) },
  };
}
