/**
 * What a read value may look like: a person's name, a course title, free of the certificate's
 * own boilerplate and of what follows it on the line.
 */
import { bodyIdOfCode, bodyNames } from './bodies';
import { findDates } from './dates';
import {
  BOILERPLATE_WORDS,
  CARD_WORDS,
  CODE_CUES,
  DATE_CUES,
  EXPIRY_CUES,
  HEADING_WORDS,
  NOT_A_VALUE,
  ORGANISATION_WORDS,
} from './phrases';

/** Strips quotes, trailing punctuation and what follows the value on the same line ("… on March 3"). */
export function cleanValue(v: string): string {
  return (
    v
      .replace(/\s+(?:hereby )?(?:certifies|certify|is pleased to|presents)\b.*$/i, '')
      .replace(
        /\s+(?:has (?:successfully )?(?:completed|attended|fulfilled)|attended|completed|on (?:\w+ )?\d+|held on|dated?|,?\s*realizad[oa] (?:em|no|na|el|en|los|las)|,?\s*celebrad[oa] (?:el|en)|,?\s*impartid[oa] (?:el|en|por)|,?\s*dictad[oa] (?:el|en|por)|,?\s*svolt[oa] (?:il|a|presso)|,?\s*tenu[e]? (?:le|à))\b.*$/i,
        '',
      )
      .replace(/^["'“]+|["'”]+$/g, '')
      // Trailing punctuation, except an abbreviation's own period ("Rhythm Group Fitness Co.").
      .replace(/(?<!\b(?:Co|Inc|Ltd|Corp|Jr|Sr|St|e\.V))[.,;:]+$/i, '')
      .replace(/^["']|["']$/g, '')
      .trim()
  );
}

/**
 * A title printed in quotes inside a sentence ('our webinar "Habit Change"'): the quoted words.
 * Quotes as other languages print them too: „…“ (German, Estonian), «…» (French, Swiss), »…«.
 */
export const quoted = (v: string) => /["“„«»]([^"”“«»]{4,})["”“»«]/.exec(v)?.[1]?.trim() ?? v;

/** What separates a footer line's parts: " · ", " | ", or a middle dot OCR read as " - ". */
export const PART_SEPARATOR = /\s+[·|•–—-]\s+/;

/** The value before a separator, where the next part of a footer line starts. */
export const beforeSeparator = (v: string) => v.split(PART_SEPARATOR)[0]!.trim();

/** What follows a title on its line, never part of it: a date, an amount, a label, a code, an organisation. */
const AFTER_TITLE = /:|\b(?:CEUs?|CECs?|credits?|hours?|hrs?|minutes?|mins?)\b|\b[A-Z]{2,}[A-Z0-9]*-[A-Z0-9-]*\d/i;

/**
 * A title without what follows it on its line: cut at a middle dot or a bar, and at a dash only
 * when what follows is not the title's own subtitle ("Kinderturnen – Grundlagen" is one title;
 * "Mobility Basics – 0.5 CEUs" and "Mobility Basics - Summit Academy" are not).
 */
export function titleBeforeSeparator(v: string): string {
  const [head] = v.split(/\s+[·|•]\s+/);
  const dash = /\s+[–—-]\s+/.exec(head!);
  if (!dash) return head!.trim();
  const rest = head!.slice(dash.index + dash[0].length);
  const data =
    findDates(rest).length > 0 ||
    AFTER_TITLE.test(rest) ||
    ORGANISATION_WORDS.test(rest) ||
    bodyNames().some((b) => b.names.test(rest));
  return (data ? head!.slice(0, dash.index) : head!).trim();
}

/** Only the certificate's own words ("the continuing education course", "an ACE-approved activity"). */
export function isBoilerplate(v: string): boolean {
  const words = v
    .replace(/[.,;:"“”()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // A body's code in capitals is the certificate's own word too ("the NASM webinar").
  const own = (w: string) =>
    BOILERPLATE_WORDS.has(w.toLowerCase()) ||
    /^[a-z]+-approved$/i.test(w) ||
    (w === w.toUpperCase() && !!bodyIdOfCode(w));
  return words.length > 0 && words.every(own);
}

/** A name: two to five words, no digits, not a sentence, not a heading, not an organisation. */
export const looksLikeName = (raw: string) => {
  const v = cleanValue(raw);
  const words = v.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    // Every word has a letter: "Name >" is a caption and a speck.
    words.every((w) => /\p{L}/u.test(w)) &&
    !/\d|:|@/.test(v) &&
    !NOT_A_VALUE.test(v) &&
    !isBoilerplate(v) &&
    !/\b(?:has|have|the|for|completed|you|your|we|our|of)\b/i.test(v) &&
    // A heading's word anywhere ("ME CERTIFICATE", OCR's misreading of a sidebar and the heading).
    !HEADING_WORDS.test(v) &&
    // A title's small joining words ("Pre- and Postnatal Core Restoration"); names' particles are others.
    !/(?:^|\s)(?:and|with|to|in|on|at|&)(?:\s|$)/.test(v) &&
    !ORGANISATION_WORDS.test(v) &&
    !CARD_WORDS.test(v) &&
    !/\b(?:provider|instructor|course|program|module|completion|CEUs?|CECs?|quiz|verification)\b/i.test(v) &&
    // A qualification or a badge named by what it makes someone ("Sprint Technique Coach").
    !/\s(?:Coach|Trainer|Specialist|Teacher|Therapist|Practitioner|Educator|Technician)$/.test(v) &&
    !bodyNames().some((b) => b.names.test(v))
  );
};

export const looksLikeTitle = (v: string) =>
  cleanValue(v).length >= 4 &&
  // "on 2026-…", "in Denver", "by X" (but "In-Season Strength" is a title).
  !/^(?:on|in|at|by)\s/i.test(v) &&
  !NOT_A_VALUE.test(v) &&
  !isBoilerplate(cleanValue(v)) &&
  // The words that lead to a title, not the title: "(ha superado) con aprovechamiento el curso".
  !/(?:^|\s)(?:el|la|the|le|il|o|der|die|das|de|het)\s+(?:curso|course|cours|corso|kurs|cursus|program(?:me|a|ma)?|workshop|taller|seminar(?:io)?|webinar)$/i.test(
    cleanValue(v),
  ) &&
  // Another field's label ("Date of issue: …", "Course code: …") starts another field's line.
  ![...DATE_CUES, ...CODE_CUES, ...EXPIRY_CUES].some((c) => c.pattern.exec(v)?.index === 0);

/** The marks the reader reads as one plain mark ("–" as "-", "“" as '"'): read-text.ts reads them so. */
export const READ_AS: Readonly<Record<string, string>> = { '-': '‐‑‒–—', "'": '‘’`´', '"': '“”„«»' };
const SAME_AS = Object.fromEntries(Object.entries(READ_AS).map(([plain, marks]) => [plain, `[${plain}${marks}]`]));

/**
 * A value as the certificate prints it: the reader reads dashes, quotes and apostrophes as plain
 * ones, and a value found in the page's own text ("Kinderturnen – Grundlagen") gets its printed
 * marks back. A value not found as it stands (a name turned round) is returned unchanged.
 */
export function asPrinted(value: string, text: string): string {
  if (!/[-'"]/.test(value)) return value;
  const pattern = value
    .split('')
    .map((c) => SAME_AS[c] ?? (/\s/.test(c) ? '[\\s\\u00a0\\u202f]+' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(pattern, 'u').exec(text)?.[0].replace(/[\s\u00a0\u202f]+/g, ' ') ?? value;
}
