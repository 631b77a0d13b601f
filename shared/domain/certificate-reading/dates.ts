/**
 * Dates as certificates print them: "March 14, 2026", "14 March 2026", "Mar. 14 2026",
 * "03/14/2026", "14.03.2026", "2026-03-14". Slashes are read month first (US) unless the
 * day cannot be a month or the certificate writes its other dates day first; dots and
 * written-out day-first forms are European.
 */
import { calendarDateOf, isCalendarDate, type CalendarDate } from '../calendar-date';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  januar: 1,
  janvier: 1,
  feb: 2,
  february: 2,
  februar: 2,
  fevrier: 2,
  février: 2,
  mar: 3,
  march: 3,
  märz: 3,
  maerz: 3,
  mars: 3,
  apr: 4,
  april: 4,
  avril: 4,
  may: 5,
  mai: 5,
  jun: 6,
  june: 6,
  juni: 6,
  juin: 6,
  jul: 7,
  july: 7,
  juli: 7,
  juillet: 7,
  aug: 8,
  august: 8,
  aout: 8,
  août: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septembre: 9,
  oct: 10,
  october: 10,
  oktober: 10,
  octobre: 10,
  nov: 11,
  november: 11,
  novembre: 11,
  dec: 12,
  december: 12,
  dezember: 12,
  decembre: 12,
  décembre: 12,
  // Spanish, Portuguese and Italian, whose certificates the reader's cues also know.
  enero: 1,
  janeiro: 1,
  gennaio: 1,
  febrero: 2,
  fevereiro: 2,
  febbraio: 2,
  marzo: 3,
  março: 3,
  marco: 3,
  abril: 4,
  aprile: 4,
  mayo: 5,
  maio: 5,
  maggio: 5,
  junio: 6,
  junho: 6,
  giugno: 6,
  julio: 7,
  julho: 7,
  luglio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  setembro: 9,
  settembre: 9,
  octubre: 10,
  outubro: 10,
  ottobre: 10,
  noviembre: 11,
  novembro: 11,
  diciembre: 12,
  dezembro: 12,
  dicembre: 12,
  // Dutch, Norwegian, Danish and Swedish (the others are spelled as above).
  januari: 1,
  februari: 2,
  maart: 3,
  mei: 5,
  maj: 5,
  augustus: 8,
  augusti: 8,
  desember: 12,
  marts: 3,
  // Icelandic ("18. apríl 2026"; "mars", "september", "október" and "desember" as elsewhere).
  janúar: 1,
  febrúar: 2,
  apríl: 4,
  maí: 5,
  júní: 6,
  júlí: 7,
  ágúst: 8,
  nóvember: 11,
  // Turkish ("12 Eylül 2026").
  ocak: 1,
  şubat: 2,
  mart: 3,
  nisan: 4,
  mayıs: 5,
  haziran: 6,
  temmuz: 7,
  ağustos: 8,
  eylül: 9,
  ekim: 10,
  kasım: 11,
  aralık: 12,
  // Slovak ("12. júna 2026"; "január", "február", "marec", "apríl" and the rest as elsewhere).
  januára: 1,
  februára: 2,
  apríla: 4,
  máj: 5,
  mája: 5,
  jún: 6,
  júna: 6,
  júl: 7,
  júla: 7,
  augusta: 8,
  septembra: 9,
  októbra: 10,
  novembra: 11,
  decembra: 12,
  // Hungarian ("2026. május 14.").
  január: 1,
  február: 2,
  március: 3,
  április: 4,
  május: 5,
  június: 6,
  július: 7,
  augusztus: 8,
  szeptember: 9,
  október: 10,
  // Romanian ("10 iunie 2026").
  ianuarie: 1,
  februarie: 2,
  martie: 3,
  aprilie: 4,
  iunie: 6,
  iulie: 7,
  septembrie: 9,
  octombrie: 10,
  noiembrie: 11,
  decembrie: 12,
  // Estonian ("12. märts 2026"), Slovenian ("5. junij 2026"), Latvian ("2026. gada 18. septembris"),
  // Croatian ("3. listopada 2026."), Czech and Polish ("14 października 2026"), in the forms a
  // date takes. Polish "listopada" is November and Croatian October: see `month`.
  jaanuar: 1,
  veebruar: 2,
  märts: 3,
  aprill: 4,
  juuni: 6,
  juuli: 7,
  oktoober: 10,
  detsember: 12,
  marec: 3,
  junij: 6,
  julij: 7,
  avgust: 8,
  janvāris: 1,
  janvārī: 1,
  februāris: 2,
  februārī: 2,
  martā: 3,
  aprīlis: 4,
  aprīlī: 4,
  maijs: 5,
  maijā: 5,
  jūnijs: 6,
  jūnijā: 6,
  jūlijs: 7,
  jūlijā: 7,
  augusts: 8,
  augustā: 8,
  septembris: 9,
  septembrī: 9,
  oktobris: 10,
  oktobrī: 10,
  novembris: 11,
  novembrī: 11,
  decembris: 12,
  decembrī: 12,
  siječanj: 1,
  siječnja: 1,
  veljača: 2,
  veljače: 2,
  ožujak: 3,
  ožujka: 3,
  travanj: 4,
  travnja: 4,
  svibanj: 5,
  svibnja: 5,
  lipanj: 6,
  lipnja: 6,
  srpanj: 7,
  srpnja: 7,
  kolovoz: 8,
  kolovoza: 8,
  rujan: 9,
  rujna: 9,
  listopad: 10,
  listopada: 10,
  studeni: 11,
  studenoga: 11,
  studenog: 11,
  prosinac: 12,
  prosinca: 12,
  stycznia: 1,
  lutego: 2,
  marca: 3,
  kwietnia: 4,
  maja: 5,
  czerwca: 6,
  lipca: 7,
  sierpnia: 8,
  września: 9,
  października: 10,
  grudnia: 12,
  ledna: 1,
  února: 2,
  března: 3,
  dubna: 4,
  května: 5,
  června: 6,
  července: 7,
  srpna: 8,
  září: 9,
  října: 10,
  listopadu: 11,
  prosince: 12,
  // Indonesian and Malay ("14 Agustus 2026", "5 Ogos 2026"), Afrikaans ("12 Maart 2026"), Catalan
  // ("7 de novembre de 2026").
  maret: 3,
  agustus: 8,
  mac: 3,
  julai: 7,
  ogos: 8,
  disember: 12,
  januarie: 1,
  junie: 6,
  julie: 7,
  gener: 1,
  febrer: 2,
  març: 3,
  maig: 5,
  juny: 6,
  juliol: 7,
  setembre: 9,
  // Lithuanian, as a date writes them ("2026 m. birželio 6 d.").
  sausio: 1,
  vasario: 2,
  kovo: 3,
  balandžio: 4,
  gegužės: 5,
  birželio: 6,
  liepos: 7,
  rugpjūčio: 8,
  rugsėjo: 9,
  spalio: 10,
  lapkričio: 11,
  gruodžio: 12,
};

/** Polish words on a line, whose "listopada" is November (Croatian's is October). */
const POLISH = /[ąęłńśźżó]|\d{4}\s*r\./i;

const MONTH = '([A-Za-zÀ-ÿĀ-ž]{3,12})\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|\\.)?';
/** Roman numerals for months, as Polish and Czech certificates write them ("3.XI.2026"). */
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const YEAR = '(\\d{4})';

/** A date found in a line: where it is, the text it came from, and its value. */
export interface FoundDate {
  date: CalendarDate;
  text: string;
  index: number;
  /** Printed as a month only ("03/2028", "June 2027"): `date` is its first day. */
  monthOnly?: boolean;
}

const ORDINALS = [
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth',
  'fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third',
  'twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first',
]
  .join(' ')
  .split(' ');
const ORDINAL = `(${ORDINALS.join('|')}|\\d{1,2}(?:st|nd|rd|th)?)`;
const dayOf = (word: string) => (/^\d/.test(word) ? parseInt(word, 10) : ORDINALS.indexOf(word.toLowerCase()) + 1);

interface Form {
  pattern: RegExp;
  read: (m: RegExpExecArray, dayFirst: boolean) => [number, number, number] | null;
}

/** A month's number from its name, in the line it was printed in (0 when it is no month). */
const month = (name: string | undefined, line: string) => {
  const word = (name ?? '').toLowerCase();
  return word === 'listopada' && POLISH.test(line) ? 11 : (MONTHS[word] ?? 0);
};

const FORMS: Form[] = [
  // ISO, also with a time after it ("2026-04-02T14:30").
  { pattern: /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)/g, read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // A range ("March 27-28, 2026", "14-15 November 2026"): a course ends on its last day.
  {
    pattern: new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\s*-\\s*${DAY},?\\s+${YEAR}\\b`, 'g'),
    read: (m) => (month(m[1], m.input) ? [+m[3]!, month(m[1], m.input), +m[2]!] : null),
  },
  {
    pattern: new RegExp(`\\b\\d{1,2}\\s*-\\s*${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'g'),
    read: (m) => (month(m[2], m.input) ? [+m[3]!, month(m[2], m.input), +m[1]!] : null),
  },
  // "the twelfth day of January, 2026".
  {
    pattern: new RegExp(`\\b${ORDINAL}\\s+day\\s+of\\s+${MONTH},?\\s+${YEAR}\\b`, 'gi'),
    read: (m) => (month(m[2], m.input) ? [+m[3]!, month(m[2], m.input), dayOf(m[1]!)] : null),
  },
  // "the fourteenth of March, 2026": a day in words, without "day".
  {
    pattern: new RegExp(`\\b${ORDINAL}\\s+of\\s+${MONTH},?\\s+${YEAR}\\b`, 'gi'),
    read: (m) => (month(m[2], m.input) ? [+m[3]!, month(m[2], m.input), dayOf(m[1]!)] : null),
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'g'),
    read: (m) => (month(m[1], m.input) ? [+m[3]!, month(m[1], m.input), +m[2]!] : null),
  },
  {
    // "14 March 2026", "14-Mar-2026", "3 de febrero de 2026".
    pattern: new RegExp(`\\b${DAY}(?:\\s+(?:of|de)\\s+|\\s+|-)${MONTH}(?:,?\\s+|-|\\s+de\\s+)${YEAR}\\b`, 'g'),
    read: (m) => (month(m[2], m.input) ? [+m[3]!, month(m[2], m.input), +m[1]!] : null),
  },
  { pattern: /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/g, read: (m) => [+m[3]!, +m[2]!, +m[1]!] },
  // Its year cut to two digits, each part two digits ("10.05.26", not a version "1.2.26").
  { pattern: /(?<![\d.])(\d{2})\.(\d{2})\.(\d{2})(?![\d.])/g, read: (m) => [2000 + +m[3]!, +m[2]!, +m[1]!] },
  // A month's name between dashes ("Nov-03-2026"), and year first with a month's name ("2026 Nov 03").
  {
    pattern: new RegExp(`\\b${MONTH}-(\\d{1,2})-${YEAR}\\b`, 'g'),
    read: (m) => (month(m[1], m.input) ? [+m[3]!, month(m[1], m.input), +m[2]!] : null),
  },
  {
    pattern: new RegExp(`\\b${YEAR}\\s+${MONTH}\\s+(\\d{1,2})(?![\\d:])`, 'g'),
    read: (m) => (month(m[2], m.input) ? [+m[1]!, month(m[2], m.input), +m[3]!] : null),
  },
  // A month in Roman numerals: "3.XI.2026", "3 XI 2026".
  {
    pattern: /\b(\d{1,2})[.\s]\s?(I{1,3}|IV|VI{0,3}|IX|XI{0,2})[.\s]\s?(\d{4})\b/g,
    read: (m) => [+m[3]!, ROMAN.indexOf(m[2]!) + 1, +m[1]!],
  },
  // Vietnamese: "ngày 15 tháng 8 năm 2026".
  {
    // OCR may change its accents ("ngåy 15 thång 8 nám 2026").
    pattern: /(?<![\p{L}])ng\p{L}y\s+(\d{1,2})\s+th\p{L}ng\s+(\d{1,2}),?\s+n\p{L}m\s+(\d{4})\b/giu,
    read: (m) => [+m[3]!, +m[2]!, +m[1]!],
  },
  // Lithuanian, year first: "2026 m. birželio 6 d.".
  {
    pattern: new RegExp(`\\b${YEAR}\\s*m\\.\\s+${MONTH}\\s+(\\d{1,2})\\s*d\\.?`, 'g'),
    read: (m) => (month(m[2], m.input) ? [+m[1]!, month(m[2], m.input), +m[3]!] : null),
  },
  // Latvian, year first: "2026. gada 18. septembris".
  {
    pattern: new RegExp(`\\b${YEAR}\\.\\s+gada\\s+(\\d{1,2})\\.\\s+${MONTH}`, 'g'),
    read: (m) => (month(m[3], m.input) ? [+m[1]!, month(m[3], m.input), +m[2]!] : null),
  },
  // A day whose ordinal OCR read as marks ("14!\" of October, 2026" for a raised "14th").
  {
    pattern: new RegExp(`\\b(\\d{1,2})[!"'’™°*]{1,2}\\s+of\\s+${MONTH},?\\s+${YEAR}\\b`, 'g'),
    read: (m) => (month(m[2], m.input) ? [+m[3]!, month(m[2], m.input), +m[1]!] : null),
  },
  // A year cut to two digits after an apostrophe: "14 May '26".
  {
    pattern: new RegExp(`\\b${DAY}\\s+${MONTH}\\s+'(\\d{2})\\b`, 'g'),
    read: (m) => (month(m[2], m.input) ? [2000 + +m[3]!, month(m[2], m.input), +m[1]!] : null),
  },
  // Year first, with stops (Hungarian): "2026. május 14.", "2026. 05. 14.".
  {
    pattern: new RegExp(`\\b${YEAR}\\.\\s+${MONTH}\\s+(\\d{1,2})\\.?(?!\\d)`, 'g'),
    read: (m) => (month(m[2], m.input) ? [+m[1]!, month(m[2], m.input), +m[3]!] : null),
  },
  { pattern: /\b(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?!\d)/g, read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  {
    pattern: /\b(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\b/g,
    read: (m, dayFirst) => {
      const a = +m[1]!;
      const b = +m[2]!;
      const year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
      if (a > 12 && b <= 12) return [year, b, a];
      if (b > 12 && a <= 12) return [year, a, b];
      return dayFirst ? [year, b, a] : [year, a, b];
    },
  },
];

/** A month printed alone with its year ("03/2028", "June 2027"), as on a CPR/AED card. */
const MONTH_FORMS: Form[] = [
  { pattern: /(?<![\d/.-])(\d{1,2})[/.-](\d{4})\b/g, read: (m) => [+m[2]!, +m[1]!, 1] },
  // ISO, year first: "2028-01".
  { pattern: /(?<![\d/.-])(\d{4})-(\d{1,2})(?![\d/.-])/g, read: (m) => [+m[1]!, +m[2]!, 1] },
  {
    pattern: new RegExp(`\\b${MONTH},?\\s+${YEAR}\\b`, 'g'),
    read: (m) => (month(m[1], m.input) ? [+m[2]!, month(m[1], m.input), 1] : null),
  },
];

/**
 * Words of certificates written in Spanish, Portuguese, Italian, German, French, Polish or Dutch, and of
 * organisations outside the US (a "Ltd", St John Ambulance, a country that writes the day first
 * in the organisation's name or address), whose dates put the day first.
 */
const DAY_FIRST_WORDS =
  /\b(?:fecha|otorgado|certificamos|certifica que|concluiu|conclusão|conferito|attestato|attesta|décerné|teilnahmebestätigung|fortbildung|bestätigen|datum|data:|data corso|scadenza|caducidad|ważne do|szkolenia|geldig tot|cursusdatum|emissão|emitido|válid[oa]|validade|formação|formando|emisión|rilasciat|délivr|d'émission|gültig|ausgestellt|gyldig|giltig|ltd\b|st\.? john ambulance|cpd\b|british|england|scotland|wales|ireland|royal life saving|australia|new zealand|united kingdom|south africa|singapore)/i;

/** True when the text writes a numeric date whose first part can only be a day (25/03/2026). */
export function writesDayFirst(text: string): boolean {
  // A certificate in a language whose dates are written day first.
  if (DAY_FIRST_WORDS.test(text)) return true;
  for (const m of text.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}\b/g)) if (+m[1]! > 12 && +m[2]! <= 12) return true;
  return false;
}

/**
 * Every date in `line`, in the order they appear; with `months`, also the months printed
 * without a day (a card's "Renew 06/2027"), marked as such.
 */
export function findDates(line: string, dayFirst = false, months = false): FoundDate[] {
  const found: FoundDate[] = [];
  for (const form of months ? [...FORMS, ...MONTH_FORMS] : FORMS) {
    for (const m of line.matchAll(form.pattern)) {
      const index = m.index ?? 0;
      if (found.some((f) => index < f.index + f.text.length && f.index < index + m[0].length)) continue;
      const parts = form.read(m as RegExpExecArray, dayFirst);
      if (!parts) continue;
      const [y, mo, d] = parts;
      if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
      const date = calendarDateOf(y, mo, d);
      if (isCalendarDate(date))
        found.push({ date, text: m[0], index, ...(MONTH_FORMS.includes(form) ? { monthOnly: true } : {}) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
