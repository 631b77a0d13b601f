/**
 * When: a card's dates under their captions, a course's date no label names, and the lines that
 * say when a page was sent or printed rather than when the course was done.
 */
import { labelled } from './by-layout';
import { dateHit, type Hit } from './cues';
import { findDates } from './dates';
import type { TextCell } from './layout';

/** A card's end of validity under (or beside) its caption ("RENEW BY / 09/2028"). */
export function expiryUnderCaption(cells: readonly TextCell[], dayFirst: boolean): Hit | null {
  const hit = labelled(cells, 'expiry', (v) => findDates(v, dayFirst, true).length > 0);
  return hit && dateHit(findDates(hit.value, dayFirst, true)[0]!, hit.source, hit.confidence, true);
}

/** A course's date or a card's issue date under (or beside) its caption ("ISSUE DATE / 10/2026"). */
export function issueUnderCaption(cells: readonly TextCell[], dayFirst: boolean): Hit | null {
  const hit = labelled(cells, 'date', (v) => findDates(v, dayFirst, true).length > 0);
  return hit && dateHit(findDates(hit.value, dayFirst, true)[0]!, hit.source, hit.confidence, false);
}

/**
 * A line that says when the page was sent or printed, not when the course was done: "Sent:",
 * "Printed on:", and an e-mail's own "Date:" among its "From:", "To:" and "Subject:".
 */
export function stampOf(lines: readonly string[]): (line: string) => boolean {
  const mail = lines.some((l) => /^from\s*:/i.test(l)) && lines.some((l) => /^(?:to|subject)\s*:/i.test(l));
  return (l) =>
    /^(?:sent|received|printed|generated|downloaded)(?: on)?\s*:/i.test(l) || (mail && /^date\s*:/i.test(l));
}

/** Words before a date that say the course was done then. */
const DONE_BEFORE_DATE = /\b(?:complet(?:ed|ing|ion)|finish(?:ed|ing)|attend(?:ed|ing)|passed|participated)\b/i;

/**
 * No label: the first date that is not the card's expiry. The only date printed is the one it
 * can be; among several, one no label names may be when the page was printed, so it is a guess.
 * When an e-mail was sent or a page printed ("Sent: 2 May 2026") is taken only when no other date is.
 */
export function unlabelledDate(lines: readonly string[], dayFirst: boolean, expiry: Hit | null): Hit | null {
  const dated = (l: string) => findDates(l, dayFirst).some((d) => d.date !== expiry?.value);
  const stamp = stampOf(lines);
  // A sentence that says the course was done on a date ("Congratulations on completing X on
  // October 28") beats a date standing alone (when a letter was written).
  const saysDone = (l: string) => {
    const at = findDates(l, dayFirst).find((d) => d.date !== expiry?.value)?.index ?? 0;
    return DONE_BEFORE_DATE.test(l.slice(0, at));
  };
  const line =
    lines.find((l) => dated(l) && !stamp(l) && saysDone(l)) ??
    lines.find((l) => dated(l) && !stamp(l)) ??
    lines.find(dated);
  const date = line && findDates(line, dayFirst).find((d) => d.date !== expiry?.value);
  const others = new Set(
    lines.flatMap((l) => findDates(l, dayFirst).map((d) => d.date)).filter((d) => d !== expiry?.value),
  );
  return line && date ? { value: date.date, source: line, confidence: others.size === 1 ? 0.7 : 0.6 } : null;
}
