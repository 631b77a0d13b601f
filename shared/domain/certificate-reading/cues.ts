/**
 * Values introduced by the phrases certificates use (phrases.ts): the rest of the cue's line or
 * the next line, and the dates after a date cue.
 */
import { addMonths, calendarDateOf, daysBetween, endOfMonth } from '../calendar-date';
import { findDates, type FoundDate } from './dates';
import type { Cue } from './phrases';
import { cleanValue, isBoilerplate } from './values';

/** Letters with a stroke or without a dot, which no accent makes: their plain letter ("Adı" is "Adi"). */
const PLAIN_LETTER: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ħ: 'h' };

/** Letters without their accents, each letter still one character ("baigė kursą" is "baige kursa"). */
const unaccented = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/[ıłŁøØđĐħ]/g, (c) => PLAIN_LETTER[c]!);
const unaccentedPatterns = new Map<RegExp, RegExp>();

/**
 * Where a cue is in a line, also when OCR dropped or changed an accent of the cue's words ("baigé
 * kursa" for "baigė kursą", "Wazne do" for "Ważne do"): both are read without accents. The index is the
 * line's own, as each letter stays one character.
 */
export function matchCue(cue: Cue, line: string): RegExpExecArray | null {
  return matchUnaccented(cue.pattern, line);
}

/** A pattern's match in a line, also when OCR dropped or changed the accents of its words. */
export function matchUnaccented(pattern: RegExp, line: string): RegExpExecArray | null {
  const m = pattern.exec(line);
  if (m) return m;
  const plain = unaccented(line);
  if (plain.length !== line.length) return null;
  let loose = unaccentedPatterns.get(pattern);
  if (!loose) unaccentedPatterns.set(pattern, (loose = new RegExp(unaccented(pattern.source), pattern.flags)));
  return loose.exec(plain);
}

export interface Hit {
  value: string;
  source: string;
  confidence: number;
}

/** The first value introduced by one of the cues: the rest of its line, or else the next line. */
export function afterCue(
  lines: readonly string[],
  cues: readonly Cue[],
  accept: (value: string) => boolean,
  /** Where the value ends inside a sentence ("Ana Lima completed …": the name ends before "completed"). */
  cut: (rest: string) => string = (rest) => rest,
  /** Whether a line's next line is under it on the page (a value under its cue). */
  follows: (line: string, next: string) => boolean = () => true,
): Hit | null {
  for (const c of cues) {
    for (let i = 0; i < lines.length; i++) {
      const m = matchCue(c, lines[i]!);
      if (!m) continue;
      const rest = cut(lines[i]!.slice((m.index ?? 0) + m[0].length).replace(/^[\s:,·•|-]+/, ''));
      if (rest && accept(rest)) return { value: rest, source: lines[i]!, confidence: c.confidence };
      const under = lines[i + 1] !== undefined && follows(lines[i]!, lines[i + 1]!) ? lines[i + 1] : undefined;
      const next = under && cut(under);
      // "has completed the continuing education course / Mobility for Older Adults": the value is
      // under; not when the sentence went on to its date or its end ("attended the conference on
      // October 9–11, 2026 in Columbus, Ohio.").
      const ended = !!rest && (/[.!?]$/.test(rest) || findDates(rest).length > 0);
      if ((!rest || (isBoilerplate(cleanValue(rest)) && !ended)) && next && accept(next))
        return { value: next, source: `${lines[i]} ${next}`, confidence: c.confidence - 0.05 };
      // A value the line's end cut after its first word ("… issued to Layla / Haddad").
      const wrapped = rest && !/\s/.test(rest) && next && next.split(' ').length <= 2 && `${rest} ${next}`;
      if (wrapped && accept(wrapped))
        return { value: wrapped, source: `${lines[i]} ${next}`, confidence: c.confidence - 0.1 };
      // A name set large over two lines, one word each ("Anna-Maria / Kowalska-Nowak").
      const both = next && lines[i + 2] && `${next} ${lines[i + 2]}`;
      if (!rest && both && !/\s/.test(next) && !/\s/.test(lines[i + 2]!) && accept(both))
        return { value: both, source: `${lines[i]} ${both}`, confidence: c.confidence - 0.1 };
    }
  }
  return null;
}

/**
 * The date after one of the cues (on its line, else the next). A month printed without its day
 * ("Recommended Renewal Date: 03/2028") is the month's last day for an end of validity, and its
 * first day, less sure, for an issue date.
 */
export function dateAfter(
  lines: readonly string[],
  cues: readonly Cue[],
  dayFirst: boolean,
  end: boolean,
  skip?: string,
): (Hit & { under: boolean }) | null {
  for (const c of cues) {
    for (let i = 0; i < lines.length; i++) {
      const m = matchCue(c, lines[i]!);
      if (!m) continue;
      const rest = lines[i]!.slice((m.index ?? 0) + m[0].length);
      const onLine = lastOfRange(findDates(rest, dayFirst, true), rest, end) ?? shortMonth(rest);
      const date = onLine ?? findDates(lines[i + 1] ?? '', dayFirst, true)[0];
      if (!date || date.date === skip) continue;
      return { ...dateHit(date, lines[i]!, c.confidence, end), under: !onLine };
    }
  }
  return null;
}

/**
 * The first date after a cue; but a course's dates printed as a range ("Period: 2026/10/01 –
 * 2026/10/05", a month at most) end on the last day, when it was completed.
 */
function lastOfRange(dates: readonly FoundDate[], rest: string, end: boolean): FoundDate | undefined {
  const [first, second] = dates;
  if (end || !first || !second || first.monthOnly || second.monthOnly) return first;
  const between = rest.slice(first.index + first.text.length, second.index);
  const days = daysBetween(first.date, second.date);
  return /^\s*(?:-|to|bis|au|al|a)\s*$/i.test(between) && days > 0 && days <= 31 ? second : first;
}

/**
 * A month with a two-digit year right after its cue, as cards print it ("Exp. 04/28"): read only
 * there, where the cue says it is a date (elsewhere "04/28" may be a day without its year).
 */
function shortMonth(rest: string): FoundDate | undefined {
  const m = /^\s*:?\s*(0?[1-9]|1[0-2])\/(\d{2})(?![\d/])/.exec(rest);
  if (!m) return undefined;
  const date = calendarDateOf(2000 + +m[2]!, +m[1]!, 1);
  return { date, text: m[0].trim(), index: m.index + m[0].length - m[0].trimStart().length, monthOnly: true };
}

/**
 * A date read after its cue or under its caption. A month printed without its day is the
 * month's last day for an end of validity, and its first day, less sure, for a start.
 */
export function dateHit(date: FoundDate, source: string, confidence: number, end: boolean): Hit {
  if (!date.monthOnly) return { value: date.date, source, confidence };
  if (end) return { value: endOfMonth(date.date), source, confidence };
  return { value: date.date, source, confidence: Math.min(confidence, 0.6) };
}

const YEARS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  '1': 1,
  '2': 2,
  '3': 3,
  // Spanish, Portuguese, Italian, French, German.
  un: 1,
  uno: 1,
  um: 1,
  dos: 2,
  dois: 2,
  due: 2,
  deux: 2,
  zwei: 2,
  tres: 3,
  três: 3,
  tre: 3,
  trois: 3,
  drei: 3,
};

/**
 * A card's validity printed as a span with no label ("02/02/2026 – 02/02/2028"): from its issue
 * to its end, a little less sure than a labelled date.
 */
export function validitySpan(lines: readonly string[], dayFirst: boolean): { issued: Hit; expires: Hit } | null {
  for (const line of lines) {
    const dates = findDates(line, dayFirst);
    if (
      dates.length !== 2 ||
      !/^\s*(?:-|to|through|until)\s*$/i.test(line.slice(dates[0]!.index + dates[0]!.text.length, dates[1]!.index))
    )
      continue;
    const [from, to] = dates as [FoundDate, FoundDate];
    if (to.date > from.date)
      return {
        issued: { value: from.date, source: line, confidence: 0.8 },
        expires: { value: to.date, source: line, confidence: 0.8 },
      };
  }
  return null;
}

/**
 * "Valid for 2 years" or "Recommended renewal: 24 months" with no end date printed: the end is
 * that long after the issue date (one to three years, as a card lasts).
 */
export function validFor(lines: readonly string[], issued: Hit | null): Hit | null {
  if (!issued) return null;
  for (const line of lines) {
    // Also in other languages: "Validade: 2 anos", "Vigencia: 2 años", "Gültigkeit: 2 Jahre".
    const m =
      /(?<![\p{L}])(?:valid(?: for)?|validade|vigencia|validez|validità|validité|gültigkeit|geldigheid)\s*:?\s*(one|two|three|[123]|un|uno|um|dos|dois|due|deux|zwei|tres|três|tre|trois|drei)\s+(?:years?|yrs?\.?|anos?|años?|anni|ans?|jahre?|jaar)(?![\p{L}])/iu.exec(
        line,
      );
    if (m) return { value: addMonths(issued.value, 12 * YEARS[m[1]!.toLowerCase()]!), source: line, confidence: 0.85 };
    // "Recommended renewal: 24 months", "Valid for 24 months", "Renew every 2 years".
    const every =
      /\b(?:valid for|(?:recommended )?renewal(?: period)?\s*:?|renew(?:al)? every)\s*(\d{1,2})\s+(months?|years?)(?![a-z])/i.exec(
        line,
      );
    const months = every && +every[1]! * (/^y/i.test(every[2]!) ? 12 : 1);
    if (months && months >= 12 && months <= 36)
      return { value: addMonths(issued.value, months), source: line, confidence: 0.85 };
  }
  return null;
}
