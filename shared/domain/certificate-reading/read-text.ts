/**
 * From a certificate's text (its text layer, or what OCR read) to its fields: who, what,
 * who gave it, when, how long, for how much credit, and, for a CPR/AED card, until when.
 * Each field carries the line it came from and how sure the reading is.
 */
import type { CalendarDate } from '../calendar-date';
import { parseAmount } from '../quantity';
import { bodyAlone, bodyNames } from './bodies';
import { findContactMinutes } from './contact-time';
import { findCredits, type ReadCredit } from './credits';
import { writesDayFirst } from './dates';
import { biggestTitle, BY_PLACE, labelled, runTogether } from './by-layout';
import { afterCue, dateAfter, matchUnaccented, validFor, validitySpan, type Hit } from './cues';
import { holderOf, nameAsWritten } from './holders';
import {
  codeInTitle,
  courseNamed,
  eventProvider,
  eventTitle,
  qualificationTitle,
  titleOf,
  titleUnderHolder,
  wrappedTitle,
} from './titles';
import { footerCode, providerOf } from './provider';
import { checkCardDates, checkDateOrder } from './sanity';
import { calibrate, UNSURE_BELOW } from './calibration';
import { behindText, type TextCell } from './layout';
import { CARD_WORDS, CERTIFICATE_HEADING, CODE_CUES, DATE_CUES, EXPIRY_CUES } from './phrases';
import { joinWrapped, textLines } from './lines';
import { expiryUnderCaption, issueUnderCaption, stampOf, unlabelledDate } from './when-done';
import { asPrinted, looksLikeTitle, titleBeforeSeparator } from './values';

/** A value read from the certificate, with the text it came from and how sure the reading is (0–1). */
export interface ReadField<T> {
  value: T;
  source: string;
  confidence: number;
}

export interface CertificateReading {
  kind: 'course' | 'card' | 'unknown';
  holder?: ReadField<string>;
  title?: ReadField<string>;
  provider?: ReadField<string>;
  /** The course's completion date, or the card's issue date. */
  completedOn?: ReadField<CalendarDate>;
  /** A card's last valid day. */
  expiresOn?: ReadField<CalendarDate>;
  contactMinutes?: ReadField<number>;
  code?: ReadField<string>;
  credits: ReadCredit[];
  /** A card's provider, as a catalog body ('aha', 'arc'). */
  cardBodyId?: string;
}

const field = <T>(hit: Hit | null, value?: T): ReadField<T> | undefined =>
  hit ? { value: value ?? (hit.value as T), source: hit.source, confidence: hit.confidence } : undefined;

/**
 * A table of credits per body ("AFAA | 3 CEUs | MME-BW-AF"): a credit statement with no body
 * on its own line takes the body printed alone in a cell to its left on the same row, when that
 * cell is one of a column of bodies (some rows of which OCR may read as one cell, "NCSF 0.5
 * CEUs"). A list of credits OCR read as cells of one row ("CEUs awarded: 0.5 (NASM)" · "0.5
 * (ACE)" · "5.0 (AFAA)") is read as the one line it is.
 */
function withRowBodies(lines: readonly string[], cells: readonly TextCell[]): string[] {
  const bodies = bodyNames().filter((b) => !b.cprProvider);
  const alone = (t: string) => bodyAlone(t)?.cprProvider === false;
  const bodyFirst = (t: string) => alone(t) || alone(t.split(' ')[0]!);
  const sameRow = (a: TextCell, b: TextCell) => a !== b && Math.abs(a.y - b.y) < b.size * 0.5;
  // An amount and a body with no unit ("0.5 (ACE)", "AFAA 5.0"): one item of a list.
  const listItem = (t: string) =>
    /^\d{1,3}(?:[.,]\d{1,2})?\s*\(?\s*[A-Z]{3,5}\s*\)?$|^[A-Z]{3,5}:?\s*\d{1,3}(?:[.,]\d{1,2})?$/.test(t) &&
    bodies.some((b) => b.names.test(t));
  // Each line is the next cell with its text: two rows may print the same amount ("0.3").
  const used = new Set<TextCell>();
  return lines.map((line) => {
    const cell = cells.find((c) => c.text === line && !used.has(c));
    if (cell) used.add(cell);
    if (!cell || !/\d/.test(line)) return line;
    if (bodies.some((b) => b.names.test(line))) {
      const items = findCredits([line]).length
        ? cells.filter((c) => sameRow(c, cell) && c.x > cell.x && listItem(c.text)).sort((a, b) => a.x - b.x)
        : [];
      return items.length > 0 ? [line, ...items.map((c) => c.text)].join(' | ') : line;
    }
    const left = cells.filter((c) => sameRow(c, cell) && c.x < cell.x && alone(c.text)).sort((a, b) => b.x - a.x)[0];
    // The head over a cell's column ("Body" over "NSCA", "CEUs" over "0.7").
    const headOver = (c: TextCell) =>
      cells
        .filter((h) => h.y < c.y && Math.abs(h.x - c.x) < 2 * c.size && !/\d/.test(h.text))
        .sort((a, b) => b.y - a.y)[0]?.text ?? '';
    // Only in a column of bodies (a table) or under a "Body" head, not beside a lone logo or approval mark.
    const column =
      left &&
      (cells.filter((c) => bodyFirst(c.text) && Math.abs(c.x - left.x) < 2 * left.size).length >= 2 ||
        /^(?:(?:approving |accrediting )?body|organi[sz]ation|approved by)$/i.test(headOver(left)));
    // The amount's unit, when its column's head names it ("CEUs" over "0.7").
    const unit = /^(?:CEUs?|CECs?)$/i.exec(headOver(cell))?.[0];
    // The row's category in a column of its own ("NSCA | 0.7 | C" under "Category").
    const category =
      cells.some((c) => /^category$/i.test(c.text)) &&
      cells.find((c) => sameRow(c, cell) && c.x > cell.x && /^[A-D]$/.test(c.text));
    return left && column
      ? `${left.text} ${unit ? `${unit} ` : ''}${line}${category ? ` (Category ${category.text})` : ''}`
      : line;
  });
}

/** OCR's confidence in a cell below which the cell is noise, not text. */
const NOISE_BELOW = 0.25;

/**
 * Reads a certificate's fields from its text, and from where the text sits on the page when the
 * file says so (a PDF's text layer: `layout`).
 */
export function readCertificateText(text: string, layout: readonly TextCell[] = []): CertificateReading {
  // What OCR barely read (a smudge, a seal, a rule read as letters: "— rr DEE EE") is no text.
  // Nor is a watermark printed behind the text ("CERTIFIED" across the page).
  const noise = new Set(
    [...layout.filter((c) => (c.confidence ?? 1) < NOISE_BELOW), ...behindText(layout)].map((c) => c.text),
  );
  layout = layout.filter((c) => !noise.has(c.text));
  const lines = textLines(text).filter((l) => !noise.has(l));
  // Sentences wrapped over lines, joined, for the phrases that introduce a name, a title or a provider.
  const prose = joinWrapped(lines);
  // Without a layout (OCR), each line is a full-width cell of one size, one under the other.
  const cells =
    layout.length > 0
      ? layout.flatMap((c) => textLines(c.text).map((t) => ({ ...c, text: t })))
      : lines.map((t, i) => ({ text: t, size: 10, x: 0, y: 12 * i, width: 1000 }));
  const dayFirst = writesDayFirst(text);
  const all = lines.join('\n');
  // A card's words, also as OCR reads them without their accents ("Tecaj prve pomoci").
  const cardWords = matchUnaccented(CARD_WORDS, all) !== null;
  // A caption alone on its line ("RECOMMENDED RENEWAL DATE" beside "ISSUE DATE", the dates on
  // the row below): the page says which date is under it; the next line may be its neighbour's.
  const cuedExpiry = dateAfter(lines, EXPIRY_CUES, dayFirst, true);
  const printedExpiry = cuedExpiry?.under ? (expiryUnderCaption(cells, dayFirst) ?? cuedExpiry) : cuedExpiry;
  // When an e-mail was sent or a page printed is not when the course was done.
  const stamp = stampOf(lines);
  const cuedIssue = dateAfter(
    lines.filter((l) => !stamp(l)),
    DATE_CUES,
    dayFirst,
    false,
    printedExpiry?.value,
  );
  const issuedOn = cuedIssue?.under ? (issueUnderCaption(cells, dayFirst) ?? cuedIssue) : cuedIssue;
  const span = validitySpan(lines, dayFirst);
  const expiry =
    printedExpiry ??
    expiryUnderCaption(cells, dayFirst) ??
    (cardWords ? (validFor(lines, issuedOn) ?? span?.expires ?? null) : null);
  const isCard = cardWords && expiry !== null;
  const cardBodyId = isCard ? bodyNames().find((b) => b.cprProvider && b.names.test(all))?.bodyId : undefined;

  const completed =
    issuedOn ??
    issueUnderCaption(cells, dayFirst) ??
    (expiry && expiry === span?.expires ? span.issued : null) ??
    unlabelledDate(prose, dayFirst, expiry);
  const holder = holderOf(prose, lines, cells, isCard);
  const isCode = (v: string) => /^[A-Z0-9][A-Z0-9-_./]{1,30}\b/i.test(v) && /\d/.test(v.split(' ')[0]!);
  const codeHit = afterCue(lines, CODE_CUES, isCode) ?? labelled(cells, 'code', isCode) ?? footerCode(lines, cells);
  // A table's hours column ("Hours" over "4") is contact time, when no line states it.
  const hoursColumn = labelled(cells, 'hours', (v) => /^\d+(?:[.,]\d+)?$/.test(v));
  const columnHours = hoursColumn && parseAmount(hoursColumn.value);
  const minutes =
    findContactMinutes(lines) ??
    // A length wrapped over two lines ("com a duração de 25 / horas").
    findContactMinutes(prose) ??
    (columnHours
      ? { minutes: Math.round((columnHours * 60) / 100), source: hoursColumn.source, confidence: 0.9 }
      : null);
  // A courtesy title before the name ("Ms. Adaeze Nwosu") is not part of it.
  const holderName = holder ? nameAsWritten(holder.value) : undefined;
  // Without a layout (plain text) no line's size is known, so none is taken to wrap.
  const titled = titleOf(prose, cells, holderName);
  const cued = layout.length > 0 ? wrappedTitle(titled, cells) : titled;
  // A table's credit column: its head and the amount under it read as one statement.
  const column = labelled(cells, 'credits', (v) => /^\d+(?:[.,]\d+)?(?:\s*\((?:category|cat\.)\s*[A-D]\))?$/i.test(v));
  const columnLine = column && `${column.source.slice(0, -column.value.length).trim()}: ${column.value}`;
  const rowLines = withRowBodies(lines, cells);
  // A body read from a neighbouring cell is placed by position only: a guess.
  const byRow = new Set(rowLines.filter((l, i) => l !== lines[i]));
  const credits = (
    isCard ? [] : findCredits(columnLine && !findCredits(rowLines).length ? [...rowLines, columnLine] : rowLines)
  ).map((c) => (byRow.has(c.source) ? { ...c, confidence: Math.min(c.confidence, BY_PLACE) } : c));
  // The title's and the holder's lines are never the letterhead.
  const provider = providerOf(prose, cells, cardBodyId, {
    sources: [cued?.source ?? '', holder?.source ?? ''].filter(Boolean),
    values: [cued?.value ?? '', holderName ?? ''].filter(Boolean),
  });
  const { title, code: titleCode } = codeInTitle(
    cued ??
      (isCard ? null : qualificationTitle(lines)) ??
      (isCard
        ? null
        : // The biggest line may be a title's first line, the next in its size going on.
          (wrappedTitle(
            biggestTitle(
              cells,
              [holder?.source, provider?.source].filter((t): t is string => !!t),
            ),
            cells,
          ) ??
          eventTitle(provider) ??
          runTogether(cells, 'title', (v) => looksLikeTitle(v) && (!holderName || !v.includes(holderName))) ??
          titleUnderHolder(lines, holder) ??
          courseNamed(
            lines,
            [holder?.source, provider?.source].filter((t): t is string => !!t),
          ))),
  );
  const code = codeHit ?? titleCode;
  const given = provider ?? (isCard ? null : eventProvider(title));

  const reading: CertificateReading = {
    // A certificate whose course and credit could not be read (a blurred photo) is still one,
    // when its heading says so and it names someone.
    kind: isCard
      ? 'card'
      : title || credits.length > 0 || minutes || (holder && CERTIFICATE_HEADING.test(all))
        ? 'course'
        : 'unknown',
    credits,
    ...(holder
      ? { holder: { value: asPrinted(holderName!, text), source: holder.source, confidence: holder.confidence } }
      : {}),
    ...(title && !isCard
      ? {
          title: field<string>({
            ...title,
            // Quotation marks around the whole title are no part of it ("“Aqua Pilates Fusion”").
            value: asPrinted(titleBeforeSeparator(title.value), text).replace(/^["“„«]\s*(.+?)\s*["”»]$/u, '$1'),
            // A course is hardly ever named in one word: one word is more likely a label or a
            // column's head read as the title ("Code"), so it is a guess.
            confidence: /\s/.test(title.value.trim()) ? title.confidence : Math.min(title.confidence, BY_PLACE),
          }),
        }
      : {}),
    ...(given ? { provider: field<string>(given, asPrinted(given.value, text)) } : {}),
    ...(completed ? { completedOn: field<string>(completed) } : {}),
    ...(expiry && isCard ? { expiresOn: field<string>(expiry) } : {}),
    ...(minutes && !isCard
      ? { contactMinutes: { value: minutes.minutes, source: minutes.source, confidence: minutes.confidence } }
      : {}),
    ...(code ? { code: field(code, /^[A-Z0-9][A-Z0-9-_./]{1,30}/i.exec(code.value)![0].replace(/[.]$/, '')) } : {}),
    ...(cardBodyId ? { cardBodyId } : {}),
  };
  // Nothing says this is a certificate: no guesses about what it might say.
  if (reading.kind === 'unknown')
    for (const key of ['holder', 'title', 'provider', 'completedOn', 'code'] as const)
      if ((reading[key]?.confidence ?? 1) < UNSURE_BELOW) delete reading[key];
  return calibrate(checkDateOrder(checkCardDates(reading), all, dayFirst), cells);
}
