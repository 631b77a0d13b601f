/**
 * A certificate's text as the reader takes it: lines tidied (OCR's odd marks made plain, spaces
 * collapsed, a frame's bars dropped), and the lines of a paragraph joined into the sentence they
 * print, for the phrases that introduce a name, a title or a provider.
 */
import { ORGANISATION_WORDS } from './phrases';
import { READ_AS } from './values';

const FRACTIONS: Record<string, string> = { '½': '.5', '¼': '.25', '¾': '.75' };

/** Lines of text, tidied: OCR's odd quotes and dashes made plain, spaces collapsed, empty lines dropped. */
export function textLines(text: string): string[] {
  return Object.entries(READ_AS)
    .reduce((t, [plain, marks]) => t.replace(new RegExp(`[${marks}]`, 'g'), plain), text)
    .split(/\r?\n/)
    .map((l) =>
      l
        .replace(/[ \t\u00a0\u202f]+/g, ' ')
        // French typography's space before a colon ("Durée : 21 heures").
        .replace(/(?<=\p{L}) :(?=\s|$)/gu, ':')
        // A vulgar fraction ("1½ hours").
        .replace(/(\d)\s?([½¼¾])/g, (_, d: string, f: string) => `${d}${FRACTIONS[f]}`)
        // A bilingual label ("Name / Name:", "Kurs / Course:"): the last language's.
        .replace(/^[^:/]{2,30} \/ ([^:/]{2,30}:)/, '$1')
        // … or with a middle dot ("Cúrsa · Course:", which OCR may read as a dash or a star), its
        // first language one or two words and no organisation's name.
        .replace(/^(\p{L}+(?: \p{L}+)?) [·•*-] ((?:\p{L}+ ){0,2}\p{L}+:)/u, (all, first: string, label: string) =>
          ORGANISATION_WORDS.test(first) ? all : label,
        )
        // Dotted leaders between a label and its value ("Name ........ Joanna Kowal"): a colon.
        .replace(/^([^.:…]{2,40}?)\s*(?:\.{3,}|…+)[.…\s]*(?=\S)/, '$1: ')
        // A photo's frame or a card's border, read as bars and brackets at the ends of lines.
        .replace(/^[\s|[\]{}!¦_~]+(?=\S)/, '')
        .replace(/(?<=\S)[\s|[\]{}¦_~<>]+$/, '')
        // Stars or diamonds either side of a name in a ribbon ("★ Nomvula Zulu ★").
        .replace(/^[★☆✦✧✶✷✪◆◇❖♦]+\s*(?=\S)|(?<=\S)\s*[★☆✦✧✶✷✪◆◇❖♦]+$/gu, '')
        // A speck or a rule read as a mark after a label ("Course >\"", "Learner ~~").
        .replace(/(?<=\p{L})\s+[>~|*•—-]{1,3}["']?$/u, '')
        // A speck OCR read as a stop or a comma after a word ("Date ;").
        .replace(/(?<=\S)\s+[;,.]+$/, '')
        .trim(),
    )
    .filter((l) => l.length > 0);
}

const count = (text: string, marks: RegExp) => text.match(marks)?.length ?? 0;
/** A line that opens a quotation and does not close it. */
const unclosedQuote = (line: string) => count(line, /[“„«]/g) > count(line, /[”»]/g) || count(line, /"/g) % 2 === 1;

/**
 * Lines of a paragraph joined: a long line that does not end a sentence or a label runs on into
 * the next ("… confirms that Ana Lima completed Program / Design for Hybrid Athletes, an …"), and
 * a quotation runs on to the line that closes it.
 */
export function joinWrapped(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    // Both lines long (a paragraph's width), or the next one starting in lower case.
    const runsOn = line.length >= 45 || /^[a-z\u00df-\u00ff]/.test(line);
    // A line that opens with a label ("Start date: …") starts a field of its own.
    const labelled = /^(?:[^\s:]+\s){0,3}[^\s:]{1,30}:/.test(line);
    // A line of parts ("Academi Ffitrwydd · Cardiff Fitness Academy", "15 June 2026 · 5 hours") is no prose.
    // OCR may read the dots as dashes: two of them still part a line ("Wichita - April 18, 2026 - 6.0 CECs").
    const parts = (l: string) => /\s[·|•]\s/.test(l) || /\s[-–]\s.*\s[-–]\s/.test(l);
    const inParts = parts(line) || (last !== undefined && parts(last));
    // A quotation left open ("… the course “ADVANCED KETTLEBELL" / "TECHNIQUES”.") closes on this line.
    const closesQuote = last !== undefined && unclosedQuote(last) && /[”»"]/.test(line);
    // A paragraph's last line, ending its sentence, under a line a paragraph's full width.
    const endsParagraph =
      last !== undefined && last.length >= 60 && !/[.!?:;]$/.test(last) && /[.!?]$/.test(line) && !labelled && !inParts;
    if (
      closesQuote ||
      endsParagraph ||
      (last !== undefined && last.length >= 45 && runsOn && !/[.!?:;]$/.test(last) && !labelled && !inParts)
    )
      // A word with a hyphen wrapped after it ("Velocity-" / "Based") goes on without a space.
      // So does a date wrapped after its year's dash ("2026-" / "02-18").
      out[out.length - 1] = /\p{L}-$|\b\d{4}-$/u.test(last!) ? `${last}${line}` : `${last} ${line}`;
    else out.push(line);
  }
  return out;
}
