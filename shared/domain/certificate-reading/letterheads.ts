/**
 * A letterhead set over more than one line: wrapped in a narrow sidebar ("Ironwood Coaching /
 * Academy"), or onto a second line that names an organisation too. Read from the page's cells
 * (size, column, line pitch); without a layout a letterhead is its one line.
 */
import { wrappedUnder, type TextCell } from './layout';
import { CARD_WORDS, COURSE_NAME, ORGANISATION_WORDS } from './phrases';

/**
 * English words that make a line the document's heading (never part of a letterhead). Narrower
 * than `phrases.ts`'s `HEADING_WORDS` (every language's), and kept so: the wider list changes which
 * letterheads are read, left for a change of its own measured on both splits.
 */
export const LETTERHEAD_HEADING_WORDS = /\b(?:certificate|transcript|record|report|statement|diploma)\b/i;

/**
 * A letterhead wrapped over two lines ("Ironwood Coaching / Academy" in a narrow sidebar), or
 * three ("Crestline / Fitness / College", `line` being its last two): the name-like line just
 * above its first in the same size and column is its start.
 */
export function wrappedFrom(line: string, first: string, cells: readonly TextCell[]): string {
  // The line's first cell ("Fitness" of "Fitness / College" in a narrow sidebar).
  const b = cells.find((c) => c.text === first);
  const above =
    b &&
    cells.find(
      (a) =>
        Math.abs(a.x - b.x) < a.size &&
        /^(?:\p{Lu}[\p{L}&'-]*\s?)+$/u.test(a.text) &&
        !ORGANISATION_WORDS.test(a.text) &&
        // A badge ("NASM Approved Provider") is no part of a name.
        !/\bapproved\b/i.test(a.text) &&
        `${a.text} ${line}`.split(' ').length <= 6 &&
        // A photo's sidebar letterhead: its start looked for two of OCR's sizes above.
        wrappedUnder(cells, a, (next) => next === b, 2) !== undefined,
    );
  return above ? `${above.text} ${line}` : line;
}

/**
 * A letterhead wrapped onto a second line in its size that names an organisation too
 * ("Northeastern Association for Exercise / Science and Sports Medicine Education"); a course's
 * name under the letterhead in the same size ("Desk Worker Mobility Program") names none.
 */
export function wrappedOrganisation(line: string, cells: readonly TextCell[]): string | undefined {
  const cell = cells.find((c) => c.text === line);
  return cell
    ? wrappedUnder(
        cells,
        cell,
        (b) =>
          ORGANISATION_WORDS.test(b.text) &&
          !LETTERHEAD_HEADING_WORDS.test(b.text) &&
          !COURSE_NAME.test(b.text) &&
          // A card's course under its letterhead ("Emergency First Aid at Work").
          !CARD_WORDS.test(b.text) &&
          !/\d|:|@/.test(b.text) &&
          `${line} ${b.text}`.split(' ').length <= 12,
        // A photo's letterhead in a sidebar ("Coastal Fitness / Academy") is looked for two of
        // OCR's sizes under; a title's wrapped line is not (it cost a held-out photo field).
        2,
      )?.text
    : undefined;
}
