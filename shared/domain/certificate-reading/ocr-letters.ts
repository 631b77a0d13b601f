/**
 * Letters OCR gets wrong in a way the page itself settles: letters that no language writes
 * together, or a letter the page's language has where OCR read another. Applied to what OCR
 * read only (a PDF's text layer has its letters).
 */
import type { TextCell } from './layout';

/** Words only German writes, enough of them to say a page is in German. */
const GERMAN =
  /(?<![\p{L}])(?:der|die|das|und|für|mit|hat|wir|im|am|an der|teilgenommen|Teilnahme|Teilnehmer(?:in)?|bestätigen|Umfang|Stunden|Bescheinigung|Fortbildung|Lehrgang|Zertifikat)(?![\p{L}])/gu;

const FIXES: { pattern: RegExp; to: string | ((match: string) => string); when?: (page: string) => boolean }[] = [
  // Portuguese "-ção", "-ções": no language writes "çä" or "çö" ("Conceiçäo", "formaçöes").
  { pattern: /ç[äâ]o(?![\p{L}])/gu, to: 'ção' },
  { pattern: /ç[öô]es(?![\p{L}])/gu, to: 'ções' },
  // … and "-ão" at a word's end, where no language writes "äo" or "âo" ("Joäo", "Estêväo").
  { pattern: /(?<=\p{L})[äâ]o(?![\p{L}])/gu, to: 'ão' },
  // Spanish "-ción", "-sión": no language ends a word in "-ciôn" ("Capacitaciôn").
  { pattern: /(?<=[cs]i)[ôö]n(?![\p{L}])/gu, to: 'ón' },
  // A decimal point OCR read as a colon before a credit's unit ("ACE: 0:7 CECs"): no time is counted in CEUs.
  { pattern: /(?<=(?<![\d:])\d):(?=\d{1,2}\s*(?:CEUs?|CECs?|CE credits?|credits?)\b)/giu, to: '.' },
  // A Roman numeral after "Part" or "Level" whose capital I's OCR read as small l's ("Part Il", "Level lll").
  {
    pattern:
      /(?<=(?:Part|Level|Module|Phase|Stage|Unit|Volume|Teil|Niveau|Nivel|Parte|Livello) )[Il|]{2,3}(?![\p{L}\d])/gu,
    to: (m: string) => 'I'.repeat(m.length),
  },
  // German ß read as a capital B inside a word ("FuBball", "StraBe"), on a page in German.
  {
    pattern: /(?<=\p{L}[aeiouäöü])B(?=[a-zäöü])/gu,
    to: 'ß',
    when: (page) => (page.match(GERMAN) ?? []).length >= 2,
  },
];

/** The cells with the letters the page settles put right. */
export function ocrLetters(cells: readonly TextCell[]): TextCell[] {
  const page = cells.map((c) => c.text).join('\n');
  const fixes = FIXES.filter((f) => !f.when || f.when(page));
  return cells.map((c) => ({
    ...c,
    text: fixes.reduce(
      (t, f) => (typeof f.to === 'string' ? t.replace(f.pattern, f.to) : t.replace(f.pattern, f.to)),
      c.text,
    ),
  }));
}
