/**
 * Checks a reading against what must hold of any certificate, so that a value that breaks one is
 * never shown as sure: a card is issued before it ends, and lasts one to three years (every CPR/AED
 * card in the catalog lasts two); a date read as the issue date that is later than the one read
 * as the end is the two swapped; a numeric date the page does not say how to read is a guess.
 */
import { compareDates, daysBetween } from '../calendar-date';
import { bodyNames } from './bodies';
import { findDates } from './dates';
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

/** A line whose numeric date reads differently day first and month first ("12/03/2026"). */
const readsEitherWay = (line: string) =>
  findDates(line, false, true)
    .map((d) => d.date)
    .join() !==
  findDates(line, true, true)
    .map((d) => d.date)
    .join();

/**
 * Whether a page settles that its numeric dates are month first: it names a body of the catalog
 * (all American), or prints a date only month first can read ("07/22/2026").
 */
function writesMonthFirst(text: string): boolean {
  if (bodyNames().some((b) => b.names.test(text))) return true;
  for (const m of text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/\d{2,4}\b/g)) if (+m[2]! > 12 && +m[1]! <= 12) return true;
  return false;
}

/**
 * A date such as "12/03/2026" on a page that says neither that it writes the day first nor that
 * it writes the month first (a St John Ambulance card: March in Britain, December in the US) is a
 * guess, and so is an end of validity counted from it ("valid for 3 years").
 */
export function checkDateOrder(reading: CertificateReading, text: string, dayFirst: boolean): CertificateReading {
  const { completedOn: done, expiresOn: ends } = reading;
  if (dayFirst || (!done && !ends) || writesMonthFirst(text)) return reading;
  const doneUnsure = !!done && readsEitherWay(done.source);
  const endsUnsure =
    !!ends && (readsEitherWay(ends.source) || (doneUnsure && findDates(ends.source, false, true).length === 0));
  return {
    ...reading,
    ...(done && doneUnsure ? { completedOn: { ...done, confidence: Math.min(done.confidence, DOUBT) } } : {}),
    ...(ends && endsUnsure ? { expiresOn: { ...ends, confidence: Math.min(ends.confidence, DOUBT) } } : {}),
  };
}
