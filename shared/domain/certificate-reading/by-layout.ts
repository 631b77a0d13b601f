/**
 * Reading by where text sits, for a PDF with a text layer: a label alone in its cell gives the
 * cell beside, under or above it; the holder is the biggest name on the page; the title the
 * biggest line that is neither a heading, the holder, a date nor a credit statement. A value
 * found this way and nowhere else is a guess, and is shown as one ("check this").
 */
import { findDates } from './dates';
import { bodySize, cellAbove, valueCellOf, type TextCell } from './layout';
import {
  CODE_CUES,
  DATE_CUES,
  EXPIRY_CUES,
  HEADING_LINE,
  HEADING_WORDS,
  LABELS,
  NOT_A_VALUE,
  PROVIDER_CUES,
} from './phrases';
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
  const isLabel = (t: string) => Object.values(LABELS).some((l) => l.test(t));
  for (const label of cells) {
    if (!LABELS[field].test(label.text)) continue;
    const value = valueCellOf(cells, label, isLabel);
    const head = headRow(cells, label);
    // A table's row run together under its head ("Programming for Hypertrophy 11/02/2026 1.0")
    // reaches under other columns' heads: it is more than this column's value.
    const runTogether =
      value &&
      value.y > label.y &&
      head.some((h) => h.cell !== label && h.cell.x < value.x + value.width && value.x < h.cell.x + h.cell.width);
    if (value && !runTogether && accept(value.text))
      return { value: value.text, source: `${label.text} ${value.text}`, confidence: BY_LABEL };
    const part = value && columnOfRow(value.text, head, label);
    if (part && accept(part)) return { value: part, source: `${label.text} ${part}`, confidence: BY_LABEL };
    // A caption under a line ("Recipient" under the name): the value above it, when the one below is not one.
    const above = value && value.y > label.y ? cellAbove(cells, label, isLabel) : undefined;
    if (above && accept(above.text))
      return { value: above.text, source: `${label.text} ${above.text}`, confidence: BY_LABEL };
  }
  // A name and its label run together in one cell, without a colon ("Participant Name Ana Lima").
  return field === 'holder' ? runTogether(cells, 'holder', accept, BY_LABEL) : null;
}

/**
 * A value and its label run together in one cell, without a colon ("Participant Name Ana Lima",
 * "Course Program Design for Masters"): after the longest label that starts the cell. For a name
 * or, as a last guess, a title; other fields' values, codes and numbers, are too easily part of
 * the label's own line ("Provider #CFC-0042"), and a title's first word may be a label's
 * ("Program Design for Hypertrophy").
 */
export function runTogether(
  cells: readonly TextCell[],
  field: 'holder' | 'title',
  accept: (value: string) => boolean,
  confidence = BY_PLACE,
): LayoutHit | null {
  for (const cell of cells) {
    const words = cell.text.split(' ');
    for (let n = Math.min(words.length - 1, 4); n >= 1; n--) {
      const value = words.slice(n).join(' ');
      // A longer label with its colon ("Course #: RAF-2214", "Course No: …") is another field's.
      if (/^[#:]|[#:]$/.test(words[n]!)) break;
      if (LABELS[field].test(words.slice(0, n).join(' ')) && accept(value))
        return { value, source: cell.text, confidence };
    }
  }
  return null;
}

/** The labels printed on the same line as `label`, left to right: a table's head. */
function headRow(cells: readonly TextCell[], label: TextCell): { cell: TextCell; field: string }[] {
  return cells
    .filter((c) => Math.abs(c.y - label.y) < label.size * 0.5)
    .map((c) => ({ cell: c, field: Object.entries(LABELS).find(([, l]) => l.test(c.text))?.[0] ?? '' }))
    .filter((h) => h.field !== '')
    .sort((a, b) => a.cell.x - b.cell.x);
}

const NUMBER_TOKEN = /(?<![\d/.-])\d+(?:[.,]\d+)?(?![\d/.-])/g;

/**
 * One column's value in a table row that reads as one run of text, by what each column holds:
 * the dates to the date columns in order, the numbers to the hours and credit columns in order,
 * and the words before them to a first column of text.
 */
function columnOfRow(row: string, head: readonly { cell: TextCell; field: string }[], label: TextCell): string | null {
  if (head.length < 2) return null;
  const dates = findDates(row);
  let rest = row;
  for (const d of dates) rest = rest.replace(d.text, ' ');
  const numbers = [...rest.matchAll(NUMBER_TOKEN)].map((m) => m[0]);
  const dateHeads = head.filter((h) => h.field === 'date');
  const numberHeads = head.filter((h) => h.field === 'hours' || h.field === 'credits');
  const at = head.findIndex((h) => h.cell === label);
  const me = head[at]!;
  if (me.field === 'date' && dates.length === dateHeads.length) return dates[dateHeads.indexOf(me)]!.text;
  if (numberHeads.includes(me) && numbers.length === numberHeads.length) return numbers[numberHeads.indexOf(me)]!;
  if (at === 0 && !['date', 'hours', 'credits'].includes(me.field)) {
    const first = Math.min(...[...dates.map((d) => d.index), row.search(NUMBER_TOKEN)].filter((i) => i >= 0));
    const words = row.slice(0, Number.isFinite(first) ? first : row.length).trim();
    return words || null;
  }
  return null;
}

/** A caption or a cue ("Recommended Renewal Date", "Issue Date"): never a name. */
const isCaption = (text: string) =>
  Object.values(LABELS).some((l) => l.test(text)) ||
  [...DATE_CUES, ...EXPIRY_CUES, ...CODE_CUES, ...PROVIDER_CUES].some((c) => c.pattern.test(text));

/** The biggest name-like line, when it stands out from the body text (or, on a card, any). */
export function biggestName(cells: readonly TextCell[], isCard: boolean): LayoutHit | null {
  // The document's heading is no body text, even where it holds most of a sparse page's letters.
  const text = cells.filter((c) => !HEADING_WORDS.test(c.text));
  const body = bodySize(text.length > 0 ? text : cells);
  // A name stands out from the body text, or is alone the biggest text on the page (a sparse page
  // whose letterhead and title are set large; without a layout every line is the same size).
  // The heading ("Certificate of Completion", set largest) is no rival of the name either.
  const rivals = text.length > 0 ? text : cells;
  const biggest = Math.max(...rivals.map((c) => c.size));
  const alone = (c: TextCell) => c.size >= biggest && rivals.filter((x) => x.size >= biggest).length === 1;
  const names = cells.filter(
    (c) => looksLikeName(c.text) && !isCaption(c.text) && (isCard || c.size >= body * 1.3 || alone(c)),
  );
  const best = [...names].sort((a, b) => b.size - a.size || a.y - b.y)[0];
  return best ? { value: best.text, source: best.text, confidence: BY_PLACE } : null;
}

/** The biggest title-like line that is not the holder, a heading, a date or a credit statement. */
export function biggestTitle(cells: readonly TextCell[], taken: readonly string[]): LayoutHit | null {
  // The body text's size without the line itself (on a sparse certificate the title may hold
  // most of the page's words), nor is a heading alone on its line ("Certificate of Completion").
  const text = cells.filter((c) => !HEADING_LINE.test(c.text));
  const bodyBesides = (c: TextCell) => bodySize((text.length > 1 ? text : cells).filter((x) => x !== c));
  // A line's first part: the title before its length or date ("Yin Yoga for Athletes · 15 hours").
  const firstPart = (c: TextCell) => c.text.split(/\s+[·|•]\s+/)[0]!;
  const titles = cells.filter((c) => {
    const text = firstPart(c);
    return (
      c.size >= bodyBesides(c) * 1.15 &&
      text.split(' ').length >= 2 &&
      looksLikeTitle(text) &&
      // A line that starts in small letters or ends a sentence is the rest of a sentence.
      !/^\p{Ll}|[a-z]\.$/u.test(text) &&
      !NOT_A_VALUE.test(text) &&
      // What the document is ("Learner Transcript", "Verification of Attendance"), not what the course was.
      !/\bcertifica(?:te|t|do|to)\b|\bzertifikat|\bdiploma\b|\btranscript\b|^(?:record|statement|proof|confirmation|verification|letter)\b/i.test(
        text,
      ) &&
      !HEADING_LINE.test(text) &&
      !taken.some((t) => t.includes(c.text)) &&
      findDates(text).length === 0 &&
      // A course's length as a statement, not as a word of its name ("10-Hour Mat Pilates Module").
      !/\b(?:CEUs?|CECs?|credits?)\b|(?<!-)\bhours?\b/i.test(text)
    );
  });
  const best = [...titles].sort((a, b) => b.size - a.size || a.y - b.y)[0];
  // A "For" the line opens with is the label the PDF ran into it ("For Periodization for Team Sports").
  return best
    ? { value: firstPart(best).replace(/^[Ff]or\s+(?=\p{Lu})/u, ''), source: best.text, confidence: BY_PLACE }
    : null;
}
