/**
 * From a certificate's text (its text layer, or what OCR read) to its fields: who, what,
 * who gave it, when, how long, for how much credit, and, for a CPR/AED card, until when.
 * Each field carries the line it came from and how sure the reading is.
 */
import { addMonths, endOfMonth, type CalendarDate } from '../calendar-date';
import { bodyDisplay, bodyNames } from './bodies';
import { findContactMinutes, findCredits, type ReadCredit } from './credits';
import { findDates, writesDayFirst } from './dates';
import { biggestName, biggestTitle, labelled } from './by-layout';
import type { TextCell } from './layout';
import {
  CARD_WORDS,
  CODE_CUES,
  DATE_CUES,
  EXPIRY_CUES,
  HOLDER_CUES,
  NOT_A_VALUE,
  ORGANISATION_WORDS,
  PROVIDER_CUES,
  TITLE_CUES,
  type Cue,
} from './phrases';
import { beforeSeparator, cleanValue, isBoilerplate, looksLikeName, looksLikeTitle, quoted } from './values';

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

/** Lines of text, tidied: OCR's odd quotes and dashes made plain, spaces collapsed, empty lines dropped. */
export function textLines(text: string): string[] {
  return text
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .split(/\r?\n/)
    .map((l) =>
      l
        .replace(/[ \t\u00a0]+/g, ' ')
        // A bilingual label ("Name / Name:", "Kurs / Course:"): the last language's.
        .replace(/^[^:/]{2,30} \/ ([^:/]{2,30}:)/, '$1')
        // A photo's frame or a card's border, read as bars and brackets at the ends of lines.
        .replace(/^[\s|[\]{}!¦_~]+(?=\S)/, '')
        .replace(/(?<=\S)[\s|[\]{}¦_~]+$/, '')
        .trim(),
    )
    .filter((l) => l.length > 0);
}

interface Hit {
  value: string;
  source: string;
  confidence: number;
}

/** The first value introduced by one of the cues: the rest of its line, or else the next line. */
function afterCue(lines: readonly string[], cues: readonly Cue[], accept: (value: string) => boolean): Hit | null {
  for (const c of cues) {
    for (let i = 0; i < lines.length; i++) {
      const m = c.pattern.exec(lines[i]!);
      if (!m) continue;
      const rest = lines[i]!.slice((m.index ?? 0) + m[0].length).replace(/^[\s:,-]+/, '');
      if (rest && accept(rest)) return { value: rest, source: lines[i]!, confidence: c.confidence };
      const next = lines[i + 1];
      // "has completed the continuing education course / Mobility for Older Adults": the value is under.
      if ((!rest || isBoilerplate(cleanValue(rest))) && next && accept(next))
        return { value: next, source: `${lines[i]} ${next}`, confidence: c.confidence - 0.05 };
    }
  }
  return null;
}

const field = <T>(hit: Hit | null, value?: T): ReadField<T> | undefined =>
  hit ? { value: value ?? (hit.value as T), source: hit.source, confidence: hit.confidence } : undefined;

function titleOf(lines: readonly string[], cells: readonly TextCell[], holder: string | undefined): Hit | null {
  const accept = (v: string) => looksLikeTitle(v) && (!holder || !v.includes(holder));
  const hit = afterCue(lines, TITLE_CUES, accept) ?? labelled(cells, 'title', accept);
  if (!hit) return null;
  // A title ends where the credit, date or provider statement begins on the same line.
  let value = quoted(hit.value).split(/\s+(?:-|\||·|•)\s+|\s+(?:presented|offered|provided) by\b|\s+\(\s*\d/i)[0]!;
  const date = findDates(value)[0];
  if (date) value = value.slice(0, date.index).replace(/[\s,]+(?:on|dated|held on)?\s*$/i, '');
  value = cleanValue(value);
  return value ? { ...hit, value } : null;
}

/**
 * The date after one of the cues (on its line, else the next). A month printed without its day
 * ("Recommended Renewal Date: 03/2028") is the month's last day for an end of validity, and its
 * first day, less sure, for an issue date.
 */
function dateAfter(lines: readonly string[], cues: readonly Cue[], dayFirst: boolean, end: boolean, skip?: string) {
  for (const c of cues) {
    for (let i = 0; i < lines.length; i++) {
      const m = c.pattern.exec(lines[i]!);
      if (!m) continue;
      const rest = lines[i]!.slice((m.index ?? 0) + m[0].length);
      const date = findDates(rest, dayFirst, true)[0] ?? findDates(lines[i + 1] ?? '', dayFirst, true)[0];
      if (!date || date.date === skip) continue;
      if (!date.monthOnly) return { value: date.date, source: lines[i]!, confidence: c.confidence };
      if (end) return { value: endOfMonth(date.date), source: lines[i]!, confidence: c.confidence };
      return { value: date.date, source: lines[i]!, confidence: Math.min(c.confidence, 0.6) };
    }
  }
  return null;
}

const YEARS: Record<string, number> = { one: 1, two: 2, three: 3, '1': 1, '2': 2, '3': 3 };

/** "Valid for 2 years" with no end date printed: the end is that long after the issue date. */
function validFor(lines: readonly string[], issued: Hit | null): Hit | null {
  if (!issued) return null;
  for (const line of lines) {
    const m = /\bvalid for\s*:?\s*(one|two|three|[123])\s+years?\b/i.exec(line);
    if (m) return { value: addMonths(issued.value, 12 * YEARS[m[1]!.toLowerCase()]!), source: line, confidence: 0.85 };
  }
  return null;
}

function providerOf(
  lines: readonly string[],
  cells: readonly TextCell[],
  cardBodyId: string | undefined,
  taken: readonly string[],
): Hit | null {
  const accept = (v: string) => cleanValue(v).length >= 3;
  const hit = afterCue(lines, PROVIDER_CUES, accept) ?? labelled(cells, 'provider', accept);
  if (hit)
    return {
      ...hit,
      value: cleanValue(
        beforeSeparator(hit.value)
          .replace(/\s+(?:approved|provider) (?:#|no\.?|number).*$/i, '')
          .replace(/\s+team$/i, ''),
      ),
    };
  if (cardBodyId) {
    const line =
      lines.find((l) =>
        bodyNames()
          .find((b) => b.bodyId === cardBodyId)!
          .names.test(l),
      ) ?? '';
    return { value: bodyDisplay(cardBodyId), source: line, confidence: 0.85 };
  }
  return unlabelledProvider(lines, taken);
}

/**
 * A provider printed without a label: an organisation's name in the first lines (the letterhead)
 * or first in a footer's parts ("Baltic Movement Institute · 1.0 ISSA CEUs"); a body named in
 * the heading ("NETA Workshop Certificate"); else the first short line above the heading, a guess.
 */
function unlabelledProvider(lines: readonly string[], taken: readonly string[]): Hit | null {
  const free = (l: string) => !NOT_A_VALUE.test(l) && !taken.some((t) => t.includes(l));
  const asBody = (l: string) =>
    bodyNames().find((b) => new RegExp(`^(?:${b.names.source})$`, b.names.flags).test(l.trim()))?.display;
  const top = lines.slice(0, 4).find((l) => ORGANISATION_WORDS.test(l) && free(l));
  if (top) return { value: asBody(top) ?? cleanValue(beforeSeparator(top)), source: top, confidence: 0.7 };
  for (const line of lines) {
    const first = line.split(/\s+[·|•]\s+/)[0]!;
    if (first !== line && ORGANISATION_WORDS.test(first) && free(first) && !/\d/.test(first))
      return { value: asBody(first) ?? cleanValue(first), source: line, confidence: 0.7 };
  }
  const heading = lines.slice(0, 3).find((l) => /\bcertificate\b/i.test(l));
  const named = heading && bodyNames().find((b) => !b.cprProvider && b.names.test(heading));
  if (named) return { value: named.display, source: heading, confidence: 0.7 };
  const cue = [...HOLDER_CUES, ...TITLE_CUES, ...DATE_CUES, ...PROVIDER_CUES];
  const letterhead = lines.slice(0, 2).find((l) => {
    const words = l.split(' ').length;
    return (
      free(l) &&
      words >= 2 &&
      words <= 6 &&
      !/\d|:|@/.test(l) &&
      !/\bcertificat|\bdiploma\b/i.test(l) &&
      !isBoilerplate(l) &&
      !cue.some((c) => c.pattern.test(l))
    );
  });
  return letterhead ? { value: cleanValue(letterhead), source: letterhead, confidence: 0.6 } : null;
}

/** A code printed alone as one of a footer's parts ("… | 0.5 NSCA CEUs | KLE-BMS-02"), a guess. */
function footerCode(lines: readonly string[]): Hit | null {
  for (const line of lines) {
    const parts = line.split(/\s+[·|•]\s+/);
    const code = parts.length > 1 && parts.find((p) => /^[A-Z]{2,}[A-Z0-9]*(?:-[A-Z0-9]+)+$/.test(p) && /\d/.test(p));
    if (code) return { value: code, source: line, confidence: 0.6 };
  }
  return null;
}

/**
 * No cue before the name ("KEN ADAMS / has completed / …"): the name-like line just before a
 * line that starts with a title cue, less sure.
 */
function nameBeforeTitleCue(lines: readonly string[]): Hit | null {
  for (let i = 1; i < lines.length; i++) {
    const starts = TITLE_CUES.some((c) => (c.pattern.exec(lines[i]!)?.index ?? -1) === 0);
    if (starts && looksLikeName(lines[i - 1]!)) return { value: lines[i - 1]!, source: lines[i - 1]!, confidence: 0.6 };
  }
  return null;
}

/**
 * Reads a certificate's fields from its text, and from where the text sits on the page when the
 * file says so (a PDF's text layer: `layout`).
 */
export function readCertificateText(text: string, layout: readonly TextCell[] = []): CertificateReading {
  const lines = textLines(text);
  const cells = layout.flatMap((c) => textLines(c.text).map((t) => ({ ...c, text: t })));
  const dayFirst = writesDayFirst(text);
  const all = lines.join('\n');
  const printedExpiry = dateAfter(lines, EXPIRY_CUES, dayFirst, true);
  const issuedOn = dateAfter(lines, DATE_CUES, dayFirst, false, printedExpiry?.value);
  const expiry = printedExpiry ?? (CARD_WORDS.test(all) ? validFor(lines, issuedOn) : null);
  const isCard = CARD_WORDS.test(all) && expiry !== null;
  const cardBodyId = isCard ? bodyNames().find((b) => b.cprProvider && b.names.test(all))?.bodyId : undefined;

  let completed = issuedOn;
  const labelledDate = completed ? null : labelled(cells, 'date', (v) => findDates(v, dayFirst).length > 0);
  if (labelledDate) completed = { ...labelledDate, value: findDates(labelledDate.value, dayFirst)[0]!.date };
  if (!completed) {
    // No label: the first date that is not the card's expiry.
    const line = lines.find((l) => findDates(l, dayFirst).some((d) => d.date !== expiry?.value));
    const date = line && findDates(line, dayFirst).find((d) => d.date !== expiry?.value);
    if (line && date) completed = { value: date.date, source: line, confidence: 0.7 };
  }
  const holder =
    afterCue(lines, HOLDER_CUES, looksLikeName) ??
    labelled(cells, 'holder', looksLikeName) ??
    nameBeforeTitleCue(lines) ??
    biggestName(cells, isCard);
  const isCode = (v: string) => /^[A-Z0-9][A-Z0-9-_./]{1,30}\b/i.test(v) && /\d/.test(v.split(' ')[0]!);
  const codeHit = afterCue(lines, CODE_CUES, isCode) ?? labelled(cells, 'code', isCode) ?? footerCode(lines);
  const minutes = findContactMinutes(lines);
  const holderName = holder ? cleanValue(holder.value) : undefined;
  const cued = titleOf(lines, cells, holderName);
  const credits = isCard ? [] : findCredits(lines);
  // The title's and the holder's lines are never the letterhead.
  const provider = providerOf(lines, cells, cardBodyId, [cued?.source ?? '', holder?.source ?? ''].filter(Boolean));
  const title =
    cued ??
    (isCard
      ? null
      : biggestTitle(
          cells,
          [holder?.source, provider?.source].filter((t): t is string => !!t),
        ));

  const reading: CertificateReading = {
    kind: isCard ? 'card' : title || credits.length > 0 || minutes ? 'course' : 'unknown',
    credits,
    ...(holder ? { holder: { value: holderName!, source: holder.source, confidence: holder.confidence } } : {}),
    ...(title && !isCard ? { title: field<string>({ ...title, value: beforeSeparator(title.value) }) } : {}),
    ...(provider ? { provider: field<string>(provider) } : {}),
    ...(completed ? { completedOn: field<string>(completed) } : {}),
    ...(expiry && isCard ? { expiresOn: field<string>(expiry) } : {}),
    ...(minutes && !isCard
      ? { contactMinutes: { value: minutes.minutes, source: minutes.source, confidence: 0.9 } }
      : {}),
    ...(codeHit
      ? { code: field(codeHit, /^[A-Z0-9][A-Z0-9-_./]{1,30}/i.exec(codeHit.value)![0].replace(/[.]$/, '')) }
      : {}),
    ...(cardBodyId ? { cardBodyId } : {}),
  };
  return reading;
}
