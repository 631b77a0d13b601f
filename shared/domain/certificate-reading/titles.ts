/**
 * What a certificate is about, its title: the value after a title cue or under a title label,
 * trimmed of the statements run on after it; a title wrapped over two lines joined; an event's
 * name when the certificate is one of attendance.
 */
import { BY_PLACE, labelled } from './by-layout';
import { findCredits } from './credits';
import { findDates } from './dates';
import { afterCue, type Hit } from './cues';
import { followsOn, wrappedUnder, type TextCell } from './layout';
import {
  CODE_CUES,
  COURSE_NAME,
  DATE_CUES,
  EVENT_WORDS,
  EXPIRY_CUES,
  HEADING_LINE,
  HEADING_WORDS,
  HOLDER_CUES,
  LABELS,
  PROVIDER_CUES,
  TITLE_CUES,
} from './phrases';
import { cleanValue, isBoilerplate, looksLikeTitle, PART_SEPARATOR, quoted, titleBeforeSeparator } from './values';

/** The title after a title cue or under a title label, trimmed; none that is boilerplate or the holder's name. */
export function titleOf(lines: readonly string[], cells: readonly TextCell[], holder: string | undefined): Hit | null {
  // The title as it would be kept: a value that is no title once trimmed ("Attended live on
  // 2026-06-18" leaves "live") lets the next cue or line be tried.
  const accept = (v: string) => {
    const kept = trimTitle(v);
    return (
      looksLikeTitle(v) &&
      !!kept &&
      looksLikeTitle(kept) &&
      !isBoilerplate(kept) &&
      // What the document calls itself ("CERTIFIED" printed faint across the page, under the cue).
      !HEADING_LINE.test(kept) &&
      (!holder || !v.includes(holder))
    );
  };
  const hit = afterCue(lines, TITLE_CUES, accept, undefined, followsOn(cells)) ?? labelled(cells, 'title', accept);
  return hit ? { ...hit, value: trimTitle(hit.value) } : null;
}

/**
 * A title ends where the credit, date or provider statement begins on the same line (a dash
 * before its own subtitle does not end it), or where its sentence ends ("… Mobility for Ageing Clients. The course is approved …").
 */
function trimTitle(raw: string): string {
  let value = titleBeforeSeparator(quoted(raw)).split(
    /(?<=\p{Ll}{2})\.\s+(?=\p{Lu})|,?\s+(?:presented|offered|provided|hosted) by\b|,?\s+que (?:decorreu|se realizou|teve lugar|tuvo lugar|se celebró|se llevó a cabo|se realizó)\b|,?\s+(?:ki (?:je|so) potekal[aoi]?|kter[ýá] (?:proběhl[ao]?|se konal[ao]?)|któr[yae] odbył[ao]? się|die (?:plaatsvond|stattfand)|welche stattfand|che si è svolt[oa])(?![\p{L}])|\s+was (?:successfully )?(?:completed|attended|passed|finished)\b|,?\s+(?:for|per|por|pour) (?:a|un|une) total(?:e)? (?:of|di|de)\s+\d|\s+con (?:nota|calificación)\b|,?\s+hosted (?:at|in)\s|,\s+published\b|,\s+(?:(?:com|con|with|avec|mit|cu) (?:\p{L}+ ){0,2}|d'une |de una |della |di )(?:carga hor[áa]ria|intensidad(?: horaria)?|duração|duración|durata|durée|dauer|duration|length)(?![\p{L}])|,?\s+(?:approved|accredited|eligible) (?:for|by)\b|,?\s+(?:tenut[oa]si|svolt[oa]si|realizad[oa]|celebrad[oa]|held) (?:a|in|en|em|at|il|el)\s|\s+(?:című\s+)?(?:eğitimini|eğitim programını|kursunu|programını|seminerini|atölyesini|továbbképzésen|képzésen|tanfolyamon|kurzuson|szemináriumon|workshopon|képzést|tanfolyamot|kurzust|továbbképzést)(?![\p{L}])|,?\s+(?:w wymiarze|v rozsahu|v obsegu|u trajanju(?: od)?|im (?:Ausmaß|Umfang) von)\s+\d|\s+\(\s*\d|,\s+(?:(?:omfattande|totalt|insgesamt|comprising|totalling|totaling)\s+)?\d+(?:[.,]\d+)?\s+(?:hours?|hrs?|timer|timmar|timar|tunnid|tuntia|Stunden|ore|horas|heures|uur|godzin|hodin|órás?)(?![\p{L}])|\s+\d+(?:[.,]\d+)?\s+(?:stundu|stundām|valandų|valandos)\s+(?:apjomā|apjoma|apimtyje|apimties)(?![\p{L}])|\s+(?:met goed gevolg\s+)?heeft\s+(?:gevolgd|afgerond|bijgewoond|voltooid)\b|,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:course|program(?:me)?|workshop|webinar|seminar|module)\b/iu,
  )[0]!;
  // A closing quotation mark with no opening one before it (OCR dropped a low „): the title ends there.
  value = value.replace(/^([^"“„«»]{4,}?)["”»]\s.*$/u, '$1');
  const date = findDates(value)[0];
  if (date) value = value.slice(0, date.index);
  // Turkish puts the case ending and the verb after the name: "… Semineri'ne katılmıştır".
  value = value.replace(/['’]\p{L}{1,3}\s+kat[ıi]l\p{L}*.*$/u, '');
  // German puts the verb last: "hat am Lehrgang X teilgenommen".
  value = value.replace(
    /\s+(?:erfolgreich\s+)?(?:teilgenommen|absolviert|abgeschlossen|besucht|bestanden)(?:\s+hat)?\.?$/iu,
    '',
  );
  // "… Masterclass from 3 to / 5 April 2026": a range's first day is part of its date.
  // … and in other languages ("du 12 au", "vom 12. bis", "del 12 al", "dal 12 al", "de 12 a").
  if (date)
    value = value.replace(
      /\s+(?:(?:from|between)\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:to|and|until|till|-|–)|(?:du|vom|del|dal|de)\s+\d{1,2}\.?\s*(?:au|bis|al|a))\s*$/i,
      '',
    );
  // "… Essentials on / 11/03/2026", "… on the twentieth of February": the words that lead to a date end no title.
  value = value.replace(/[\s,]+(?:on(?: the)?|dated|held on|completed(?: on)?)?\s*$/i, '');
  // … and in other languages ("… Leistungssport am 02.12.2026", "… začátečníky dne 4. 11. 2026").
  // With the participle before it, when there is one ("…, dictado el 22 de agosto", "…, realizado
  // del 2 al 4 de octubre").
  if (date)
    value = value
      .replace(/\s+(?:am|vom|dne|dnia|le|el|il|em|op|den|du|del)$/iu, '')
      .replace(/,?\s*(?:dictad[oa]|realizad[oa]|celebrad[oa]|impartid[oa]|svolt[oa]|tenue?)$/iu, '');
  // "… Level 1 in Portland, Oregon on 19–20 September": where it was held, before its date.
  if (date)
    value = value.replace(
      /\s+in\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*,\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*$/u,
      '',
    );
  // "completing the Kettlebell Sport Basics course": a kind in small letters after a name in
  // capitals is no part of it.
  value = value.replace(
    /^(\p{Lu}.*?)\s+(?:course|program|programme|workshop|webinar|seminar|module|class|training)$/u,
    '$1',
  );
  return cleanValue(value);
}

/**
 * A title set over two lines in its own size ("Advanced Program Design for Female / Athletes
 * Across the Menstrual Cycle"): the line under it goes on, unless it is a sentence, a date, a
 * credit or another field's cue.
 */
export function wrappedTitle(hit: Hit | null, cells: readonly TextCell[]): Hit | null {
  // A line alone on its row: a form's value has its label beside it, and the next row's value under it.
  const alone = (c: TextCell) => !cells.some((o) => o !== c && Math.abs(o.y - c.y) < c.size * 0.5);
  // The title alone in its cell, or at the end of its cue's ("Certificate of Completion: Sports
  // Nutrition / Fundamentals").
  const cell = hit && cells.find((c) => c.text === hit.value || (c.text.endsWith(` ${hit.value}`) && /:/.test(c.text)));
  if (!hit || !cell || !alone(cell) || /[.!?:;]$/.test(cell.text)) return hit;
  const cues = [...HOLDER_CUES, ...TITLE_CUES, ...DATE_CUES, ...CODE_CUES, ...EXPIRY_CUES, ...PROVIDER_CUES];
  const next = wrappedUnder(
    cells,
    cell,
    (b) =>
      alone(b) &&
      looksLikeTitle(b.text) &&
      // A sentence goes on in small letters; a title may go on with its joining word ("for Endurance Athletes").
      (!/^\p{Ll}/u.test(b.text) || /^(?:for|of|and|in|with|to|on|at|the)\s+\p{Lu}/u.test(b.text)) &&
      findDates(b.text).length === 0 &&
      findCredits([b.text]).length === 0 &&
      // Another field's label ("Location: Denver").
      !/^[^:]{1,30}:/.test(b.text) &&
      !cues.some((c) => c.pattern.test(b.text)),
  );
  return next ? { ...hit, value: `${hit.value} ${next.text}`, source: `${hit.source} ${next.text}` } : hit;
}

/**
 * A course's code printed before its title ("PT-204 Program Design for Older Adults",
 * "SISFFIT032 Complete pre-exercise screening"), a guess as no label names it; or after it in
 * brackets with its label ("Programming for Hybrid Athletes (code FS-214)"). The title is the
 * rest, the code a code.
 */
export function codeInTitle(title: Hit | null): { title: Hit | null; code: Hit | null } {
  // A course's number before its name, with or without a colon or a dash ("CE-204: Exercise for
  // Osteoporosis", "PRG-301 — Program Design").
  const before = title && /^([A-Z]{2,8}-?\d{2,5}[A-Z]?)(?::\s*|\s+[—–-]\s+|\s+)(?=\p{Lu})/u.exec(title.value);
  if (title && before)
    return {
      title: { ...title, value: title.value.slice(before[0].length) },
      code: { value: before[1]!, source: title.source, confidence: 0.6 },
    };
  const after =
    title &&
    /\s*\((?:course |session |activity )?(?:code|id|ref\.?|no\.?|#)\s*:?\s*([A-Z0-9][A-Z0-9-_./]*\d[A-Z0-9-_./]*)\)$/i.exec(
      title.value,
    );
  if (title && after)
    return {
      title: { ...title, value: title.value.slice(0, after.index) },
      code: { value: after[1]!, source: title.source, confidence: title.confidence },
    };
  return { title, code: null };
}

/**
 * A certificate of attendance at an event names no course: the event is what was attended
 * ("Great Lakes Fitness Conference 2026" at the top is its title, not only who ran it), a guess.
 */
export function eventTitle(provider: Hit | null): Hit | null {
  return provider && isEvent(provider.value)
    ? { ...provider, confidence: Math.min(provider.confidence, BY_PLACE) }
    : null;
}

/**
 * An event's name may say what it is, or end in its year ("Rocky Mountain Strength Clinic 2026");
 * a word of an event that starts a name is a place's or a brand's ("Summit Sports Performance").
 */
const isEvent = (name: string) => EVENT_WORDS.test(name.replace(/^\S+\s*/, '')) || /\s(?:19|20)\d{2}$/.test(name);

/**
 * The other way round: a certificate of attendance that names no one but the event ("… hours of
 * continuing education at / Fit Expo Denver 2026") was given by the event, a guess.
 */
export function eventProvider(title: Hit | null): Hit | null {
  return title && isEvent(title.value) ? { ...title, confidence: Math.min(title.confidence, BY_PLACE) } : null;
}

/**
 * No cue and no size says which line is the title ("Awarded to Nicole Adams" / "Advanced Program
 * Design for Hybrid Athletes" / "Completed 2026-09-09", all in one size): the title-like line
 * right under the holder's, or its first part, a guess.
 */
export function titleUnderHolder(lines: readonly string[], holder: Hit | null): Hit | null {
  const at = holder ? lines.findIndex((l) => holder.source === l || holder.source.endsWith(` ${l}`)) : -1;
  // The date beside the name and the captions under its rule ("Name · Date") are passed over.
  const passedOver = (l: string) =>
    l.split(PART_SEPARATOR).every((part) => Object.values(LABELS).some((label) => label.test(part.trim()))) ||
    findDates(l).some((d) => d.text.trim() === l.trim());
  const after = at >= 0 ? lines.slice(at + 1, at + 4) : [];
  const skipped = after.findIndex((l) => !passedOver(l));
  const line = skipped >= 0 && skipped <= 2 ? after[skipped] : undefined;
  // Its first part, without the "for" that joins it to the name ("for Prenatal Pilates · 2026-07-22 · 0.6 ACE CECs").
  const next = line && titleBeforeSeparator(line).replace(/^for\s+(?=\p{Lu})/u, '');
  // A course's code before it ("PT-310 Advanced Program Design": codeInTitle parts them) and a
  // subtitle after a colon ("Yoga for Athletes: Hips and Hamstrings") are no other field's figures
  // or label.
  const words = next?.replace(/^[A-Z]{1,6}-?\d{2,5}[A-Z]?\s+(?=\p{Lu})/u, '');
  const subtitled = !!words && /^\p{Lu}[\p{L}'-]*(?:,? [\p{L}\d'-]+)+: \p{Lu}[^:]*$/u.test(words);
  const cues = [...HOLDER_CUES, ...TITLE_CUES, ...DATE_CUES, ...CODE_CUES, ...EXPIRY_CUES, ...PROVIDER_CUES];
  if (
    !next ||
    !words ||
    // A part's or a level's number is a title's own ("…, Part 3: Menopause and Beyond").
    /\d/.test(words.replace(/\b(?:Part|Level|Module|Unit|Step|Phase|Volume|Book)\s+\d{1,2}\b/g, '')) ||
    (/:/.test(words) && !subtitled) ||
    !looksLikeTitle(next) ||
    isBoilerplate(next) ||
    HEADING_WORDS.test(next) ||
    // A caption under the name's line ("Participant").
    Object.values(LABELS).some((l) => l.test(next)) ||
    cues.some((c) => c.pattern.test(next))
  )
    return null;
  return { value: cleanValue(quoted(next)), source: line!, confidence: 0.6 };
}

/**
 * A line alone that names a course by its last word ("Water Fitness Instructor Workshop"), with
 * no cue or size to say so: the title, a guess.
 */
export function courseNamed(lines: readonly string[], taken: readonly string[]): Hit | null {
  const cues = [...HOLDER_CUES, ...TITLE_CUES, ...DATE_CUES, ...CODE_CUES, ...EXPIRY_CUES, ...PROVIDER_CUES];
  const line = lines.find(
    (l) =>
      COURSE_NAME.test(l) &&
      /^\p{Lu}/u.test(l) &&
      !/\d|:/.test(l) &&
      l.split(' ').length >= 2 &&
      !taken.includes(l) &&
      looksLikeTitle(l) &&
      !isBoilerplate(l) &&
      !HEADING_WORDS.test(l) &&
      !cues.some((c) => c.pattern.test(l)),
  );
  return line ? { value: cleanValue(line), source: line, confidence: BY_PLACE } : null;
}

/** A qualification's name ("Level 3 Certificate in Personal Training", "Diploma in Sports Massage"). */
const QUALIFICATION =
  /^(?:Level \d+ )?(?:Extended |Advanced |Higher |Graduate |Postgraduate )?(?:Certificate|Diploma|Award) in (?!recognition\b)\p{Lu}[\p{L}&' -]{2,60}$/u;

/**
 * A heading that names a qualification, as awarding bodies print it: the qualification is what
 * was completed, its whole name the title.
 */
export function qualificationTitle(lines: readonly string[]): Hit | null {
  const line = lines.find((l) => QUALIFICATION.test(l));
  return line ? { value: line, source: line, confidence: 0.8 } : null;
}
