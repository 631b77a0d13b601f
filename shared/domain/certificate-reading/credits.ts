/**
 * Credit statements ("0.2 CEUs", "1.9 NASM CEUs", "Approved for 0.8 ACE CECs and 8 AFAA
 * CEUs", "NSCA CEUs: 0.6 (Category A)"); contact time is contact-time.ts's.
 */
import { parseAmount, type Hundredths } from '../quantity';
import { bodyCodePattern, bodyIdOfCode, bodyNames } from './bodies';
import { UNIT_WORDS } from './phrases';

export interface ReadCredit {
  /** The body the credit is for; null when the certificate does not say. */
  bodyId: string | null;
  unit: 'CEU' | 'CEC' | 'CE';
  amount: Hundredths;
  /** "A" for "Category A", when printed. */
  category?: string;
  /** The line it was read from. */
  source: string;
  confidence: number;
}

/** An amount as printed: "2", "0.25", "1,5". */
export const NUMBER = '(\\d{1,3}(?:[.,]\\d{1,2})?)';
const CREDIT_UNITS = UNIT_WORDS.filter((u): u is { unit: ReadCredit['unit']; pattern: string } => u.unit !== 'hours');
const unitAlternatives = CREDIT_UNITS.map((u) => `(${u.pattern})`).join('|');

/** The statements' patterns, with the catalog's body codes (rebuilt when the catalog's bodies change). */
let patterns:
  | {
      codes: string;
      amountFirst: RegExp;
      unitFirst: RegExp;
      bracketed: RegExp;
      bodyThenBracketed: RegExp;
      bodyFirst: RegExp;
      amountThenBody: RegExp;
      bodyUnitAmount: RegExp;
    }
  | undefined;
function statementPatterns() {
  const codes = bodyCodePattern();
  if (patterns?.codes === codes) return patterns;
  const code = `(${codes})`;
  patterns = {
    codes,
    /** "0.8 ACE CECs", "0.2 CEUs", "8 AFAA continuing education credits". */
    amountFirst: new RegExp(`${NUMBER}\\s*(?:${code}\\s+)?(?:${unitAlternatives})\\b`, 'gi'),
    /** "1.5 (AFAA)": an amount and, in brackets after it, its body. */
    bracketed: new RegExp(`${NUMBER}\\s*\\(\\s*${code}\\s*\\)`, 'gi'),
    /** "NASM (0.4)": a body, then its amount in brackets. */
    bodyThenBracketed: new RegExp(`\\b${code}\\s*\\((\\d+(?:[.,]\\d+)?)\\)`, 'g'),
    /** "NETA 0.6": a body, then its amount (the unit in the line's label before them). */
    bodyFirst: new RegExp(`\\b${code}\\s*:?\\s*${NUMBER}(?![\\d%]|[.,]\\d)`, 'g'),
    /** "1.5 AFAA": an amount, then its body (the unit in the line's label before them). */
    amountThenBody: new RegExp(`${NUMBER}\\s+${code}\\b(?!\\s*(?:${unitAlternatives}))`, 'g'),
    /** "NASM CEUs 1.2": a body's code, its unit and the amount, with no colon. */
    bodyUnitAmount: new RegExp(`\\b${code}\\s+(?:${unitAlternatives})\\s+${NUMBER}(?![\\d%]|[.,]\\d)`, 'gi'),
    /** "NASM CEUs: 0.2", "CECs awarded: 1.5", "CEU Value: 0.5", "Continuing Education Units (CEUs): 0.6". */
    unitFirst: new RegExp(
      `(?:${code}\\s+)?(?:${unitAlternatives})(?:\\s*\\([A-Za-z]+\\))?(?:\\s+(?:awarded|earned|approved|granted|value|amount|total))?\\s*[:=]\\s*${NUMBER}\\b`,
      'gi',
    ),
  };
  return patterns;
}
const CATEGORY = /\b(?:category|cat\.)\s*:?\s*([A-D])\b/i;
/** A form's category boxes ("Category: ☒ A ☐ B ☐ C ☐ D"): the letter whose box is ticked. */
const TICKED_CATEGORY =
  /\b(?:category|cat\.)(?:\s*:)?(?:\s*(?:☐|□|\[\s?\])\s*[A-D])*\s*(?:☒|☑|■|✔|✓|\[[xX✓]\]|\([xX]\))\s*([A-D])\b/i;
const categoryIn = (text: string) => CATEGORY.exec(text)?.[1] ?? TICKED_CATEGORY.exec(text)?.[1];
/** Whether a body counts credit in a category (a credit whose body was not read may). */
const countsIn = (bodyId: string | null, category: string) =>
  !bodyId ||
  (bodyNames()
    .find((b) => b.bodyId === bodyId)
    ?.categories.has(category.toUpperCase()) ??
    true);

function unitOf(word: string): ReadCredit['unit'] {
  for (const u of CREDIT_UNITS) if (new RegExp(`^(?:${u.pattern})$`, 'i').test(word)) return u.unit;
  return 'CE';
}

/** The part of a line, between separators (" · ", " | ", "; "), that holds position `index`. */
function partAt(line: string, index: number): string {
  let start = 0;
  for (const m of line.matchAll(/\s[·|•;]\s|;\s/g)) {
    const at = m.index ?? 0;
    if (at >= index) return line.slice(start, at);
    start = at + m[0].length;
  }
  return line.slice(start);
}

/** A list's label ("Continuing education credits:") before the body and amount `m`. */
const labelBefore = (line: string, unit: RegExpExecArray, m: RegExpMatchArray) =>
  (m.index ?? 0) > unit.index && /:/.test(line.slice(unit.index, m.index));

/** Words that say a body has not approved the course (yet): its amount is no credit. */
const NOT_GRANTED =
  /\b(?:pending|applied for|application submitted|awaiting approval|not approved|under review|in review)\b/i;

function bodyIn(text: string): string | null {
  const named = bodyNames().filter((b) => b.names.test(text) && !b.cprProvider);
  return named.length === 1 ? named[0]!.bodyId : null;
}

/**
 * Every credit statement in the lines. A statement without a body takes the body named on
 * its line, or else the single certifying body the whole certificate names (less sure).
 */
export function findCredits(lines: readonly string[]): ReadCredit[] {
  const documentBody = bodyIn(lines.join('\n'));
  // A form's category in two cells ("Category" over or beside "C"). Printed on a line that names
  // a body ("0.8 NSCA CEUs (Category C)"), it is that body's, not another's on the page.
  const categoryAt = lines.findIndex(
    (l, i) =>
      categoryIn(l) ?? (/^(?:category|cat\.)\s*:?$/i.test(l) ? /^([A-D])$/.exec(lines[i + 1] ?? '')?.[1] : undefined),
  );
  const documentCategory =
    categoryAt >= 0
      ? (categoryIn(lines[categoryAt]!) ?? /^([A-D])$/.exec(lines[categoryAt + 1] ?? '')?.[1])
      : undefined;
  const categoryBody = categoryAt >= 0 ? bodyIn(lines[categoryAt]!) : null;
  const credits: ReadCredit[] = [];
  const { amountFirst, unitFirst, bracketed, bodyThenBracketed, bodyFirst, amountThenBody, bodyUnitAmount } =
    statementPatterns();
  // A badge's amount over its unit ("2.0" / "NCSF CEUs"): one statement; but a unit over a
  // figure of its own is a form's label ("Hours" / "20" / "ISSA CEUs" / "2.0").
  const unitAlone = new RegExp(`^(?:(?:${bodyCodePattern()})\\s+)?(?:${unitAlternatives})$`, 'i');
  const figure = (l: string | undefined) => /^\d{1,3}(?:[.,]\d{1,2})?\b/.test(l ?? '');
  // A sentence wrapped between its amount and its unit ("… is approved for 1.0" / "NASM CEUs."):
  // the amount after the words that give one, the unit with no figure of its own after it.
  const amountEnds = /(?:\bfor|\bearn(?:s|ed|ing)?|\bworth|\bawarded|:)\s+\d{1,3}(?:[.,]\d{1,2})?$/i;
  const unitStarts = new RegExp(
    `^(?:(?:${bodyCodePattern()})\\s+)?(?:${unitAlternatives})\\b(?!\\s*[:=]?\\s*\\d)`,
    'i',
  );
  const statements = bodiesOverAmounts(
    lines.map((l, i) =>
      (figure(l) && /^[\d.,]+$/.test(l) && unitAlone.test(lines[i + 1] ?? '') && !figure(lines[i + 2])) ||
      (amountEnds.test(l) && unitStarts.test(lines[i + 1] ?? ''))
        ? `${l} ${lines[i + 1]}`
        : l,
    ),
  );
  // The unit of a list of bodies and amounts ("Credits: NETA 0.6"), while its lines go on.
  let listUnit: string | undefined;
  for (const printed of statements) {
    // An approval not granted ("ACE | 0.7 CECs | Pending") is no credit yet.
    if (NOT_GRANTED.test(printed)) continue;
    // "one and a half (1.5) NSCA CEUs": the figure in brackets is the amount.
    // "NASM (0.4) | ACE (0.4)": a body, then its amount in brackets.
    const line = printed.replace(/\((\d+(?:[.,]\d+)?)\)(?=\s+\p{Lu})/gu, '$1').replace(bodyThenBracketed, '$1 $2');
    const before = credits.length;
    const seen: [number, number][] = [];
    const add = (amountText: string, code: string | undefined, unitWord: string, index: number, length: number) => {
      if (seen.some(([a, b]) => index < b && a < index + length)) return;
      seen.push([index, index + length]);
      // A rate ("0.1 CEUs per contact hour × 3 hours = 0.3 CEUs") is no credit; its result is.
      if (/^\s*(?:per|\/)\s*(?:contact\s+|clock\s+)?h(?:ou)?r/i.test(line.slice(index + length))) return;
      const amount = parseAmount(amountText);
      if (amount === null || amount === 0) return;
      let bodyId: string | null = null;
      let confidence = 0.95;
      if (code && bodyIdOfCode(code)) bodyId = bodyIdOfCode(code) ?? null;
      else {
        // The body closest before the statement on its line ("NSCA: 0.6 CEUs"), else any on the line.
        const before = line.slice(0, index);
        const named = bodyNames()
          .map((b) => ({ b, at: before.search(b.names) }))
          .filter((x) => x.at >= 0);
        const closest = named.sort((x, y) => y.at - x.at)[0];
        bodyId = closest ? closest.b.bodyId : bodyIn(line);
        if (bodyId === null) {
          bodyId = documentBody;
          confidence = bodyId ? 0.75 : 0.5;
        }
        if (bodyNames().some((b) => b.bodyId === bodyId && b.cprProvider)) bodyId = null;
      }
      // The category printed with this statement (its part of a "·"-separated line), else the document's.
      const part = partAt(line, index);
      // Only a body that counts credit in that category takes it (an NSCA category printed beside
      // "ACSM CECs: 6.0" on one line, which a photo may read without the dot between them).
      const printedCategory =
        categoryIn(part) ??
        (part === line && (!categoryBody || categoryBody === bodyId) ? documentCategory : undefined);
      const category = printedCategory && countsIn(bodyId, printedCategory) ? printedCategory : undefined;
      credits.push({
        bodyId,
        unit: unitOf(unitWord),
        amount,
        ...(category ? { category: category.toUpperCase() } : {}),
        source: printed,
        confidence,
      });
    };
    // "CEUs: 1.5 (AFAA) / 0.15 (NASM)": each amount takes the body in brackets after it, and the
    // line's unit.
    const lineUnit = new RegExp(`\\b(?:${unitAlternatives})\\b`, 'i').exec(line);
    // A list of two bodies or more, each with its amount ("CEUs: NASM 0.3, ACE 0.3"), is read as
    // the list before any other reading joins an amount to the next body ("0.3, ACE").
    const listed = lineUnit ? [...line.matchAll(bodyFirst)].filter((m) => labelBefore(line, lineUnit, m)) : [];
    if (listed.length >= 2) for (const m of listed) add(m[2]!, m[1], lineUnit![0], m.index ?? 0, m[0].length);
    // … or each amount before its body ("CEU Credit: 1.5 AFAA / 0.15 NASM").
    const amountsFirst = lineUnit
      ? [...line.matchAll(amountThenBody)].filter((m) => labelBefore(line, lineUnit, m))
      : [];
    if (amountsFirst.length >= 2)
      for (const m of amountsFirst) add(m[1]!, m[2], lineUnit![0], m.index ?? 0, m[0].length);
    if (lineUnit)
      for (const m of line.matchAll(bracketed))
        if (bodyIdOfCode(m[2]!)) add(m[1]!, m[2], lineUnit[0], m.index ?? 0, m[0].length);
    // Amount first wins where both read the same words ("Credits earned: 1.0 CEU" is 1.0 CEU),
    // except where its body and unit are the label of the next statement ("ACE CECs: 0.3 NASM
    // CEUs: 0.3": the first 0.3 is ACE's).
    const labelled = [...line.matchAll(unitFirst)].map((m) => {
      const start = m.index ?? 0;
      return { start, amountAt: start + m[0].length - m[m.length - 1]!.length };
    });
    for (const m of line.matchAll(amountFirst)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (labelled.some((u) => u.start > start && u.start < end && u.amountAt >= end)) continue;
      const unitWord = m.slice(3).find(Boolean) ?? '';
      add(m[1]!, m[2], unitWord, m.index ?? 0, m[0].length);
    }
    for (const m of [...line.matchAll(unitFirst), ...line.matchAll(bodyUnitAmount)]) {
      const unitWord = m.slice(2, 2 + CREDIT_UNITS.length).find(Boolean) ?? '';
      add(m[m.length - 1]!, m[1], unitWord, m.index ?? 0, m[0].length);
    }
    // "Continuing education credits: NETA 0.6 | ACE 0.6 | AFAA 6.0": each body, then its amount,
    // under the unit of the line's label; the list may go on in lines of its own ("ACE 0.6",
    // "NASM 1.0 · ACE 1.0", the dots as OCR may read them).
    const goesOn = !lineUnit && listUnit && new RegExp(`^(?:${bodyFirst.source}\\s*[,;·|•*–—-]?\\s*)+$`).test(line);
    const unit = listed.length ? lineUnit![0] : goesOn ? listUnit : undefined;
    for (const m of listed.length ? listed : goesOn ? line.matchAll(bodyFirst) : [])
      add(m[2]!, m[1], unit!, m.index ?? 0, m[0].length);
    // A table's head that names the unit over rows of bodies and amounts ("Body | Credits" over
    // "NASM | 0.6"): the rows under it go on as its list.
    const head = lineUnit && !/\d/.test(line) && line.split(/\s+/).length <= 4 && credits.length === before;
    // Another column's head of one word beside it ("Category") keeps the list going.
    const otherHead = !lineUnit && !/\d/.test(line) && /^\p{L}+$/u.test(line.trim());
    listUnit = unit ?? (head ? lineUnit[0] : otherHead ? listUnit : undefined);
    // The line's one statement takes the category printed in another of its parts ("NSCA CEUs: 0.3 · Category D").
    const lineCategory = categoryIn(line);
    const only = credits.length === before + 1 ? credits[before]! : undefined;
    if (only && !only.category && lineCategory && countsIn(only.bodyId, lineCategory))
      only.category = lineCategory.toUpperCase();
  }
  // A page that speaks of a category whose letter was not read: the credit may be in one, so
  // it is a guess until the user looks ("check this").
  const unreadCategory = /\bcat(?:egor(?:y|ies)|\.)/i.test(lines.join('\n'));
  // The same statement printed twice (a header and a footer) counts once.
  return credits
    .filter(
      (c, i) => credits.findIndex((d) => d.bodyId === c.bodyId && d.amount === c.amount && d.unit === c.unit) === i,
    )
    .map((c) => (unreadCategory && !c.category ? { ...c, confidence: Math.min(c.confidence, CATEGORY_UNREAD) } : c))
    .map((c) => (c.source.startsWith(PAIRED) ? { ...c, confidence: Math.min(c.confidence, PAIRED_BY_PLACE) } : c));
}

/** How a row of bodies and the row of amounts under it are written as one statement. */
const PAIRED = 'By column: ';
/** Bodies paired with amounts by their places in a table: a guess. */
const PAIRED_BY_PLACE = 0.65;

/**
 * A table's row of bodies over a row of as many amounts ("NASM | ACE | AFAA" over "0.5 | 0.5 |
 * 5.0"), read as one list under the unit of the line above them ("Approved continuing education
 * credits"): "By column: credits: NASM 0.5 | ACE 0.5 | AFAA 5.0".
 */
function bodiesOverAmounts(lines: readonly string[]): string[] {
  const codes = bodyCodePattern();
  const bodies = new RegExp(`^(?:${codes})(?:\\s*[|·,]?\\s*(?:${codes}))+$`);
  const figures = /^\d{1,3}(?:[.,]\d{1,2})?(?:\s*[|·]?\s*\d{1,3}(?:[.,]\d{1,2})?)*$/;
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const names = bodies.test(out[i]!) ? out[i]!.split(/[\s|·,]+/) : [];
    if (names.length < 2) continue;
    // The amounts' row, which a text layer may break over lines ("0.5" / "0.5 5.0").
    const amounts: string[] = [];
    let j = i + 1;
    for (; j < out.length && amounts.length < names.length && figures.test(out[j]!); j++)
      amounts.push(...out[j]!.split(/[\s|·]+/));
    if (amounts.length !== names.length) continue;
    const unit = new RegExp(`\\b(?:${unitAlternatives})\\b`, 'i').exec(out[i - 1] ?? '')?.[0] ?? 'credits';
    out[i] = `${PAIRED}${unit}: ${names.map((n, k) => `${n} ${amounts[k]}`).join(' | ')}`;
    for (let k = i + 1; k < j; k++) out[k] = '';
  }
  return out;
}

/** A credit on a page that names a category it was not read in: a guess. */
const CATEGORY_UNREAD = 0.6;
