/**
 * Contact time in minutes ("15 contact hours", "2 hours 30 minutes", "90 minutes", "Hours" over
 * "3", "16 Lerneinheiten" of 45 minutes): a printed total over its parts.
 */
import { parseAmount } from '../quantity';
import { NUMBER } from './credits';
import { LABELS, UNIT_WORDS } from './phrases';

const HOURS = new RegExp(
  // "8 hours", "8-hour course".
  `${NUMBER}(?:\\s*|-)(?:de\\s+)?(?:${UNIT_WORDS.find((u) => u.unit === 'hours')!.pattern})(?![a-z])`,
  'i',
);
const HOURS_LABEL = new RegExp(
  // Not a percentage: OCR reads "1½" as "1%".
  // Not credits either ("hours = 0.3 CEUs").
  `(?:(?:(?:contact|clock|CE|total) )?hours?(?: of (?:study|instruction|training|learning))?|liczba godzin|(?:anzahl (?:der )?)?stunden|nombre d'heures|jumlah jam|ure|carga hor[aá]ria)(?: completed| earned| attended| awarded| granted)?\\s*[:=]?\\s*${NUMBER}(?!\\d|[.,]\\d)(?!\\s*%)(?!\\s*(?:CEUs?|CECs?|credits?)\\b)`,
  'i',
);
/** A duration's label and hours written "20h" ("Duração: 20h", "Durée : 7 h"): an "h" alone is hours only there. */
const DURATION_H = new RegExp(
  `(?:duration|duração|durée|duración|durata|dauer|time|length)\\s*:?\\s*${NUMBER}\\s*h(?![\\p{L}\\d:])`,
  'iu',
);
const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
/** A number of hours written as a word ("three hours of instruction", "one contact hour"). */
const HOURS_IN_WORDS = new RegExp(`\\b(?:${NUMBER_WORDS.join('|')})(?=[\\s-]+(?:contact |clock )?hours?\\b)`, 'i');
const MINUTES = /(\d{1,4})\s*(?:minutes|mins?\.?)\b/i;
/** "2 hours 30 minutes", "1 h 15 min", and as a clock shows it, "02:30 hrs". */
const HOURS_AND_MINUTES =
  /\b(\d{1,3})\s*(?:hours?|hrs?\.?|h)\s*(?:and\s*)?(\d{1,2})\s*(?:minutes|mins?\.?|m)\b|\b(\d{1,2}):([0-5]\d)\s*(?:hours?|hrs?\.?|h)(?![\p{L}])/iu;
/**
 * Teaching units of 45 minutes: German and Austrian ("8 Unterrichtsstunden", "16 UE", "16
 * Lerneinheiten"), Estonian ("8 akadeemilist tundi") and Polish ("10 godzin dydaktycznych").
 */
const LESSONS =
  /(\d{1,3})\s*(?:Unterrichtsstunden|Unterrichtseinheiten|UE|Lerneinheiten|LE|akadeemilist tundi|godzin dydaktycznych)(?![\p{L}])/u;
/** A label alone in its cell ("Hours:", "Contact hours"), its number in the next. */
const HOURS_ALONE = LABELS.hours;

/** A table's or a list's sum ("Total" over or beside "12 hours"): the course's contact time, not one part's. */
const TOTAL = /^(?:total|gesamt|totale?|summe|yhteensä|összesen|celkem)\b/i;

export interface ContactTime {
  minutes: number;
  source: string;
  confidence: number;
}

/** How sure contact time is when the page prints one amount of it, or labels the one that counts. */
const ONE_AMOUNT = 0.9;
/** Several different amounts and none labelled the total (a list of modules): a guess. */
const ONE_OF_SEVERAL = 0.6;

/**
 * Every statement of hours in the lines, in minutes: hours and minutes together first ("2 hours
 * 30 minutes"), then a label alone over its number ("Hours" / "3"), then hours in a line, then
 * minutes alone ("50 min"), each in the lines' order.
 */
function hourStatements(lines: readonly string[]): ContactTime[] {
  const found: (ContactTime & { rank: number })[] = [];
  for (const [i, printed] of lines.entries()) {
    // "six (6) contact hours": the figure in brackets is the amount; "three hours" in words alone is too.
    const line = printed
      .replace(/\((\d{1,3}(?:[.,]\d+)?)\)(?=\s+(?:contact |clock |CE )?h)/i, '$1')
      .replace(HOURS_IN_WORDS, (w) => String(NUMBER_WORDS.indexOf(w.toLowerCase()) + 1));
    const both = HOURS_AND_MINUTES.exec(line);
    const next = lines[i + 1] ?? '';
    const alone = HOURS_ALONE.test(line) && new RegExp(`^${NUMBER}$`).exec(next)?.[1];
    const m = HOURS_LABEL.exec(line) ?? HOURS.exec(line) ?? DURATION_H.exec(line);
    const hours = alone ? parseAmount(alone) : m ? parseAmount(m[1]!) : null;
    const lessons = LESSONS.exec(line);
    if (lessons) found.push({ minutes: +lessons[1]! * 45, source: line, confidence: ONE_AMOUNT, rank: 2 });
    else if (both)
      found.push({
        minutes: +(both[1] ?? both[3])! * 60 + +(both[2] ?? both[4])!,
        source: line,
        confidence: ONE_AMOUNT,
        rank: 0,
      });
    else if (alone && hours)
      found.push({
        minutes: Math.round((hours * 60) / 100),
        source: `${line} ${next}`,
        confidence: ONE_AMOUNT,
        rank: 1,
      });
    else if (hours)
      found.push({ minutes: Math.round((hours * 60) / 100), source: line, confidence: ONE_AMOUNT, rank: 2 });
    else if (+(MINUTES.exec(line)?.[1] ?? 0) > 0)
      found.push({ minutes: +MINUTES.exec(line)![1]!, source: line, confidence: ONE_AMOUNT, rank: 3 });
  }
  return found.sort((a, b) => a.rank - b.rank).map(({ rank: _, ...h }) => h);
}

/**
 * Contact time in minutes, with the line it came from: the total when one is printed ("Total" in
 * its own cell before the amount, or "Total hours: 12"); else the first amount, sure only when no
 * other amount on the page disagrees with it (three modules of 4 hours and no total is a guess).
 */
export function findContactMinutes(lines: readonly string[]): ContactTime | null {
  const total = lines.findIndex((l, i) => TOTAL.test(l) && hourStatements([l, lines[i + 1] ?? '']).length > 0);
  if (total >= 0) {
    const [own] = hourStatements([lines[total]!]);
    if (own) return own;
    const [under] = hourStatements([lines[total + 1]!]);
    return { ...under!, source: `${lines[total]} ${under!.source}` };
  }
  const all = hourStatements(lines);
  const first = all[0];
  if (!first) return null;
  return new Set(all.map((h) => h.minutes)).size > 1 ? { ...first, confidence: ONE_OF_SEVERAL } : first;
}
