/**
 * Who gave the course: after a cue or a label, the card's own body, or, printed without a label,
 * the letterhead, an organisation among a footer's parts, or a body named in the heading. A
 * provider no label names is found by its place alone, and is a guess ("check this"): on designs
 * read on first sight, letterheads were the document's heading, half a wrapped name, or a credit
 * line often enough that "sure" would not be right 99 times in 100.
 */
import { bodyAlone, bodyDisplay, bodyNames } from './bodies';
import { BY_PLACE, labelled } from './by-layout';
import { afterCue, type Hit } from './cues';
import { type TextCell } from './layout';
import { LETTERHEAD_HEADING_WORDS, wrappedFrom, wrappedOrganisation } from './letterheads';
import {
  CARD_WORDS,
  COURSE_NAME,
  DATE_CUES,
  EVENT_WORDS,
  HOLDER_CUES,
  NOT_A_VALUE,
  ORGANISATION_WORDS,
  PROVIDER_CUES,
  TITLE_CUES,
} from './phrases';
import {
  CERTIFYING_OPENER,
  COPYRIGHT,
  CREDIT_WORDS,
  JOB_WORDS,
  NAME_WITH_CREDENTIAL,
  SIGNATORY,
  tidyProvider,
} from './provider-phrases';
import { PART_SEPARATOR, beforeSeparator, cleanValue, isBoilerplate } from './values';

export function providerOf(
  lines: readonly string[],
  cells: readonly TextCell[],
  cardBodyId: string | undefined,
  /** The lines the title and the holder were read from, and their values. */
  taken: { sources: readonly string[]; values: readonly string[] },
): Hit | null {
  // "Presented by Coach Dana Whitfield": a person (a title before the name, credentials after
  // it) presented the course; the organisation is elsewhere on the page.
  const person = (v: string) =>
    /^(?:coach|dr\.?|prof\.?|mrs?\.?|ms\.?|mx\.?|instructor|trainer)\s+\p{Lu}/iu.test(v.trim()) ||
    NAME_WITH_CREDENTIAL.test(v.trim());
  const accept = (v: string) => cleanValue(v).length >= 3 && !person(v);
  const hit = afterCue(lines, PROVIDER_CUES, accept) ?? labelled(cells, 'provider', accept);
  if (hit)
    return {
      ...hit,
      value: cleanValue(
        tidyProvider(
          beforeSeparator(hit.value).replace(
            /\s+\(?(?:[A-Z]{2,5}\s+)?(?:approved|provider) (?:#|no\.?|number).*$/i,
            '',
          ),
        )
          // In a sentence: "offered by Westfield Collective, on 08/14/2026. The course …".
          .replace(/,\s+(?:on|dated|in|at)\b.*$|(?<=[a-z]{3})\.\s.*$|\s+on\s+(?=\S*\s*\d).*$/u, '')
          // The platform it was given on is not who gave it: "Elevate Fitness Academy via Teachable".
          .replace(
            /\s+(?:and\s+)?(?:via|powered by|hosted on|(?:offered|delivered|hosted|provided) through)\s+\S.*$/iu,
            '',
          )
          // Its approval in brackets: "LiftLab Digital (NASM Approved Provider)".
          .replace(/\s*\((?:[A-Z]{2,5}[- ])?approved (?:provider|education provider|partner)[^)]*\)$/i, '')
          // "presented by the Midtown Fitness Guild": the article, not the name (a printed "The" stays).
          .replace(/^the\s+(?=[A-Z])/u, '')
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
  return unlabelledProvider(lines, cells, taken);
}

/**
 * The page's one biggest line ("Suspension Training Level 2" over a small "Certificate of
 * Completion"): what the certificate is about, not its letterhead.
 */
function biggestAlone(line: string, cells: readonly TextCell[]): boolean {
  const cell = cells.find((c) => c.text === line);
  return !!cell && cells.every((c) => c === cell || c.size < cell.size * 0.8);
}

/** An organisation's name as a sentence or a signature gives it: its words, no figure, label or address. */
const organisationName = (v: string, maxWords: number) =>
  ORGANISATION_WORDS.test(v) && !/\d|:|@/.test(v) && v.split(' ').length <= maxWords;

/**
 * A provider printed without a label: an organisation's name in the first lines (the letterhead)
 * or first in a footer's parts ("Baltic Movement Institute · 1.0 ISSA CEUs"); a body named in
 * the heading ("NETA Workshop Certificate"); else the first short line above the heading, a guess.
 */
function unlabelledProvider(
  lines: readonly string[],
  cells: readonly TextCell[],
  taken: { sources: readonly string[]; values: readonly string[] },
): Hit | null {
  // A heading ("ISSA Continuing Education Transcript") names the document, not who gave the course.
  const plain = (l: string) => !NOT_A_VALUE.test(l) && !LETTERHEAD_HEADING_WORDS.test(l);
  // The organisation that opens the holder's sentence ("Riverstone Pilates Academy certifies that
  // Annika Berg …") is still its own letterhead above it.
  const opensSentence = (t: string, l: string) =>
    t !== l &&
    t.startsWith(`${l} `) &&
    /^(?:hereby )?(?:certifies|confirms|acknowledges|awards|presents|recogni[sz]es)\b/i.test(t.slice(l.length + 1));
  // An event's name alone on its line may be both: who held it and what was attended ("… attended
  // the Great Plains Conference 2026" under "Great Plains Conference 2026").
  const free = (l: string) =>
    plain(l) &&
    (!taken.sources.some((t) => t.includes(l) && !opensSentence(t, l)) ||
      (EVENT_WORDS.test(l) && taken.values.includes(l) && !taken.sources.includes(l)));
  // A part of a line (a footer's "· Cambrian Fitness Institute") is free unless it holds the title or the name.
  const freePart = (p: string) => plain(p) && !taken.values.some((v) => p.includes(v) || v.includes(p));
  // A body's name, printed in full, as an acronym ("NCSF") or in capitals: the catalog's name for it
  // ("National Council on Strength & Fitness" is the catalog's "… and Fitness").
  const asBody = (l: string) => bodyAlone(l)?.display;
  // A letterhead is a name: no label, no figures ("Continuing education credits: 4 NETA CECs" is not one).
  // The first lines that hold a word (OCR reads a dark header bar as scraps: "E", "V", "44").
  const first = lines.filter((l) => /\p{L}{3}/u.test(l)).slice(0, 4);
  const top = first.find(
    (l) =>
      ORGANISATION_WORDS.test(l) &&
      // A line that starts in small letters goes on from the one above ("Motivational Interviewing
      // / for Fitness Professionals", a title over two lines), never a name's start.
      !/^\p{Ll}/u.test(l) &&
      !COURSE_NAME.test(l) &&
      // A card's course ("Emergency First Aid & CPR/AED"), not who gave it.
      !(CARD_WORDS.test(l) && !/\b(?:Red Cross|Academy|Institute|Cent(?:er|re)|Ltd|Inc)\b/i.test(l)) &&
      free(l) &&
      !/:\s/.test(l) &&
      !CREDIT_WORDS.test(l) &&
      // A copyright line near the top of a short page is the foot's, read below.
      !COPYRIGHT.test(l) &&
      // A footer that opens with its year ("2026 · Baltic Movement Institute") is no letterhead.
      /\p{L}/u.test(beforeSeparator(l)) &&
      !biggestAlone(l, cells),
  );
  if (top) {
    // A letterhead in two languages ("Border Fitness Education / Educación Fitness Frontera"): the first.
    const under = wrappedOrganisation(top, cells);
    const whole = under ? `${top} ${under}` : top;
    const value = cleanValue(tidyProvider(beforeSeparator(wrappedFrom(whole, top, cells)).split(/\s+\/\s+/)[0]!));
    return { value: asBody(value.replace(/^the\s+/i, '')) ?? value, source: whole, confidence: BY_PLACE };
  }
  // A body's code alone at the top ("NSCA") may be the provider or only an approval mark: a guess.
  // Over "Approved Provider" it is a badge: the body approved whoever gave the course.
  const badge = (l: string, i: number) => !!asBody(l) && /^approved\b/i.test(lines[i + 1] ?? '');
  const own = lines.slice(0, 3).find((l, i) => asBody(l) && !badge(l, i));
  if (own) return { value: asBody(own)!, source: own, confidence: BY_PLACE };
  // The first line again under a signature, after its signatory's job ("Coordinator, Harbour
  // Light Wellness"): a letterhead, whatever words it is made of.
  const signedTop = lines
    .map((l) => SIGNATORY.exec(l))
    .find((m) => m && first.includes(m[1]!.trim()) && free(m[1]!.trim()));
  if (signedTop) return { value: cleanValue(signedTop[1]!), source: signedTop[0], confidence: BY_PLACE };
  // With no letterhead, the organisation that opens the certifying sentence ("The Riverstone Pilates
  // Academy hereby certifies that …", "La Escuela Andina de Entrenadores certifica que …").
  const opener = lines.map((l) => CERTIFYING_OPENER.exec(l)).find((m) => m && organisationName(m[1]!, 8));
  if (opener)
    return { value: asBody(opener[1]!) ?? cleanValue(opener[1]!), source: opener.input, confidence: BY_PLACE };
  // A footer's parts: the one that is an organisation's name, not a credit or a date.
  // A name wrapped in a narrow seal goes on from the line above ("SEAL · Westbrook Kinesiology" /
  // "Institute · 2026"): a lone first word is the end of the name above it.
  for (const [i, line] of lines.entries()) {
    const parts = line.split(PART_SEPARATOR);
    const above = lines[i - 1]?.split(PART_SEPARATOR).at(-1);
    const whole = (p: string) =>
      p === parts[0] && !/\s/.test(p.trim()) && above && /^\p{Lu}/u.test(above) && !/\d/.test(above)
        ? `${above} ${p}`
        : p;
    const org =
      parts.length > 1 &&
      parts.find((p) => ORGANISATION_WORDS.test(p) && freePart(p) && !/\d/.test(p) && !CREDIT_WORDS.test(p));
    if (org) return { value: asBody(whole(org)) ?? cleanValue(whole(org)), source: line, confidence: BY_PLACE };
  }
  // A name printed alone at the foot of the page, as a logo or beside a seal ("StrideLab Academy").
  const foot = lines
    .slice(-3)
    .find(
      (l) =>
        ORGANISATION_WORDS.test(l) &&
        free(l) &&
        l.split(' ').length <= 6 &&
        !/\d|:|@/.test(l) &&
        !CREDIT_WORDS.test(l) &&
        !JOB_WORDS.test(l),
    );
  if (foot) return { value: asBody(foot) ?? cleanValue(foot), source: foot, confidence: BY_PLACE };
  // A signatory's job and organisation: "Director of Education, Coastal Fitness Academy".
  const signed = lines.map((l) => SIGNATORY.exec(l)).find((m) => m && organisationName(m[1]!, 6));
  if (signed) return { value: asBody(signed[1]!) ?? cleanValue(signed[1]!), source: signed[0], confidence: BY_PLACE };
  // A copyright line at the foot of the page: "© 2026 Apex Fitness Education LLC. All rights reserved."
  const copyright = lines
    .filter((l) => COPYRIGHT.test(l))
    .map((l) => ({
      line: l,
      m: /^(?:\d{4}\s+)?(.+?)(?:\s*[.·|,–-]?\s+all rights reserved\.?)?$/i.exec(l.replace(COPYRIGHT, '')),
    }))
    .find(({ m }) => m && ORGANISATION_WORDS.test(m[1]!));
  if (copyright) return { value: cleanValue(copyright.m![1]!), source: copyright.line, confidence: BY_PLACE };
  const headingAt = lines.slice(0, 3).findIndex((l) => LETTERHEAD_HEADING_WORDS.test(l));
  const heading = lines[headingAt];
  const named = heading && bodyNames().find((b) => !b.cprProvider && b.names.test(heading));
  const cue = [...HOLDER_CUES, ...TITLE_CUES, ...DATE_CUES, ...PROVIDER_CUES];
  // An e-mail's sender names its brand: "From: certificates@fitcademy.example" over "Fitcademy"
  // (a one-word name, otherwise taken for a heading), or over "SwingStrong Education" (its
  // domain the name's first words run together, the biggest line on the page).
  const sender = lines.map((l) => /^from:.*@([\p{L}\d-]+)\./iu.exec(l)?.[1]?.toLowerCase()).find(Boolean);
  const compact = (l: string) => l.toLowerCase().replace(/[^\p{L}\d]/gu, '');
  const brand =
    sender &&
    lines.find(
      (l) =>
        l.toLowerCase() === sender ||
        (compact(l).startsWith(sender.replace(/-/g, '')) &&
          ORGANISATION_WORDS.test(l) &&
          !/:|@/.test(l) &&
          l.split(' ').length <= 6),
    );
  if (brand) return { value: brand, source: brand, confidence: BY_PLACE };
  // A name beside its website on one line ("Core Collective Online · www.corecollective.example").
  for (const line of lines) {
    const site = /(?:www\.|https?:\/\/)([\p{L}\d-]+)\./iu.exec(line)?.[1]?.toLowerCase().replace(/-/g, '');
    const part =
      site &&
      line
        .split(PART_SEPARATOR)
        .find((p) => compact(p).startsWith(site) && !/[:@/]|www\./i.test(p) && p.split(' ').length <= 6);
    if (part) return { value: cleanValue(part), source: line, confidence: BY_PLACE };
  }
  // "CoachCast Live · Attendee Report": the name is the first part.
  const raw = lines
    .filter((l, i) => !badge(l, i) && !/^approved\b/i.test(l))
    .slice(0, 2)
    .find((line) => {
      const l = beforeSeparator(line);
      const words = l.split(' ').length;
      return (
        free(l) &&
        // One word only when it is a brand's, its words run together ("MoveMentor").
        (words >= 2 || /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u.test(l)) &&
        words <= 6 &&
        // An event's name may end in its year ("FitSummit 2026"); no other figure.
        !/\d|:|@/.test(l.replace(/\s(?:19|20)\d{2}$/, '')) &&
        !/\bcertificat|\bdiploma\b/i.test(l) &&
        !isBoilerplate(l) &&
        !cue.some((c) => c.pattern.test(l))
      );
    });
  // A name above a heading that names a body ("Iron Valley Performance / NSCA CEU Certificate")
  // gave the course; the body approved it. A heading alone at the top names its own body.
  if (named && !(raw && lines.indexOf(raw) < headingAt))
    return { value: named.display, source: heading, confidence: BY_PLACE };
  return raw ? { value: cleanValue(beforeSeparator(raw)), source: raw, confidence: 0.6 } : null;
}

/**
 * A code among a footer's parts ("… · 0.5 NSCA CEUs | KLE-BMS-02"), with no label: a guess. OCR
 * reads a footer's dots as dashes, or its parts as cells of one row with no mark between them.
 */
export function footerCode(lines: readonly string[], cells: readonly TextCell[] = []): Hit | null {
  const isCode = (p: string) => /^[A-Z]{2,}[A-Z0-9]*(?:-[A-Z0-9]+)+$/.test(p) && /\d/.test(p);
  for (const line of lines) {
    const parts = line.split(/\s+[·|•–—-]\s+/);
    // A part that is a code, or "Code CRFI-AST-15" with its word and no colon.
    const code = parts.length > 1 && parts.map((p) => p.replace(/^(?:course\s+)?code\s+/i, '')).find(isCode);
    if (code) return { value: code, source: line, confidence: 0.6 };
  }
  const part = cells.find(
    (c) =>
      isCode(c.text) && cells.some((o) => o !== c && Math.abs(o.y - c.y) < c.size * 0.5 && /\p{L}{3}/u.test(o.text)),
  );
  return part ? { value: part.text, source: part.text, confidence: 0.6 } : null;
}
