/**
 * Reading by where text sits, for a PDF with a text layer: a label alone in its cell gives the
 * cell beside, under or above it; the holder is the biggest name on the page; the title the
 * biggest line that is neither a heading, the holder, a date nor a credit statement. A value
 * found this way and nowhere else is a guess, and is shown as one ("check this").
 */
import { findDates } from './dates';
import { bodySize, valueCellOf, type TextCell } from './layout';
import { CODE_CUES, DATE_CUES, EXPIRY_CUES, LABELS, NOT_A_VALUE, PROVIDER_CUES } from './phrases';
import { looksLikeName, looksLikeTitle } from './values';

export interface LayoutHit {
  value: string;
  source: string;
  confidence: number;
}

/** How sure a value is when only its place on the page says what it is. */
export const BY_PLACE = 0.65;
/** How sure a value is when a label alone in its cell names it. */
const BY_LABEL = 0.9;

/** The value a label printed alone in its cell names, if that value is acceptable. */
export function labelled(
  cells: readonly TextCell[],
  field: keyof typeof LABELS,
  accept: (value: string) => boolean,
): LayoutHit | null {
  for (const label of cells) {
    if (!LABELS[field].test(label.text)) continue;
    const value = valueCellOf(cells, label, (t) => Object.values(LABELS).some((l) => l.test(t)));
    if (value && accept(value.text))
      return { value: value.text, source: `${label.text} ${value.text}`, confidence: BY_LABEL };
  }
  return null;
}

/** A caption or a cue ("Recommended Renewal Date", "Issue Date"): never a name. */
const isCaption = (text: string) =>
  Object.values(LABELS).some((l) => l.test(text)) ||
  [...DATE_CUES, ...EXPIRY_CUES, ...CODE_CUES, ...PROVIDER_CUES].some((c) => c.pattern.test(text));

/** The biggest name-like line, when it stands out from the body text (or, on a card, any). */
export function biggestName(cells: readonly TextCell[], isCard: boolean): LayoutHit | null {
  const body = bodySize(cells);
  const names = cells.filter((c) => looksLikeName(c.text) && !isCaption(c.text) && (isCard || c.size >= body * 1.3));
  const best = [...names].sort((a, b) => b.size - a.size || a.y - b.y)[0];
  return best ? { value: best.text, source: best.text, confidence: BY_PLACE } : null;
}

/** The biggest title-like line that is not the holder, a heading, a date or a credit statement. */
export function biggestTitle(cells: readonly TextCell[], taken: readonly string[]): LayoutHit | null {
  const body = bodySize(cells);
  const titles = cells.filter(
    (c) =>
      c.size >= body * 1.15 &&
      c.text.split(' ').length >= 2 &&
      looksLikeTitle(c.text) &&
      // A line that starts in small letters or ends a sentence is the rest of a sentence.
      !/^\p{Ll}|[a-z]\.$/u.test(c.text) &&
      !NOT_A_VALUE.test(c.text) &&
      // What the document is ("Learner Transcript", "Verification of Attendance"), not what the course was.
      !/\bcertificat|\bdiploma\b|\btranscript\b|^(?:record|statement|proof|confirmation|verification|letter)\b/i.test(
        c.text,
      ) &&
      !taken.some((t) => t.includes(c.text)) &&
      findDates(c.text).length === 0 &&
      !/\b(?:CEUs?|CECs?|credits?|hours?)\b/i.test(c.text),
  );
  const best = [...titles].sort((a, b) => b.size - a.size || a.y - b.y)[0];
  return best ? { value: best.text, source: best.text, confidence: BY_PLACE } : null;
}
