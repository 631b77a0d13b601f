/**
 * Who holds the certificate: the name after a cue ("This certifies that", "Awarded to") or under
 * a label, asked for in parts, before a sentence's verb, or the page's biggest name; and the name
 * as it is written, without a courtesy title, credentials or where the holder is from.
 */
import { biggestName, BY_PLACE, labelled } from './by-layout';
import { afterCue, matchCue, type Hit } from './cues';
import { findDates } from './dates';
import { followsOn, type TextCell } from './layout';
import { capitalI, CREDENTIALS_AFTER, givenNameFirst } from './names';
import { HOLDER_CUES, TITLE_CUES } from './phrases';
import { cleanValue, looksLikeName } from './values';

/**
 * A name inside a sentence ends where its verb begins: "Ana Lima (has) completed …", "Camille
 * Durand a suivi …", German's course before its verb ("Anna Weber am Seminar X teilgenommen hat"), "Ana Lima,
 * who …"; a member number after it ("Aroha Ngata-Smith (Member #55120)") and credentials
 * ("Brianna Scott, NASM-CPT, CES") are not part of it.
 */
const nameInSentence = (rest: string) =>
  rest
    // "our participant, Hamish Stewart, completed …": who the holder is, then the name.
    .replace(/^(?:our|the) (?:participant|student|attendee|learner|member|trainee|candidate),?\s+(?=\p{Lu})/iu, '')
    // A number or an e-mail address in brackets after the name ("Priya Shah (priya@…)").
    .replace(/\s*\([^)]*[\d@][^)]*\)\s*$/, '')
    // A national ID after the name ("Rafael Oliveira, CPF 123.456.789-00", "Martina López, DNI 30.123.456").
    .replace(/,?\s+(?:CPF|RG|DNI|NIE|NIF|PESEL|CNP|ID(?: no\.?)?)\s*:?\s*[\d.\-/ ]{5,}$/u, '')
    // "Arjun Sharma S/o Ramesh Sharma": a parent's or a spouse's name after "son of" is not the holder's.
    .replace(/\s+[SDWC]\/[Oo]\s.*$/u, '')
    // "Congratulations, Marta Silva!".
    .replace(/\s*!+$/, '')
    // A name before a comma and a date ("Sayın Elif Yılmaz, 14 Mart 2026 tarihinde …").
    .replace(/,\s+\d.*$/u, '')
    // A greeting's name ends at its comma, before the letter goes on ("Dear Dr. Siddiqui, Thank you …").
    .replace(/,\s+(?:thank you|thanks|congratulations|we|this|you|your|please|it is|on behalf)(?![\p{L}]).*$/iu, '')
    // "Ana Souza — Lisbon, Portugal": where the holder is from is not the name.
    .replace(/\s+[-|·]\s+.*$/, '')
    .replace(CREDENTIALS_AFTER, '')
    .replace(
      /,?\s+(?:has|have|hat|heeft|ha|har|hefur|hanno|who|successfully|completed|attended|finished|participated|passed|earned|achieved|attained|is|for|frequentou|concluiu|completou|participou|aprobó|a (?:suivi|participé|complété|obtenu|réussi|assisté)|on (?:completing|finishing|the completion)|uczestniczył[a]?|ukończył[a]?|wzię(?:ła|ł)|por (?:su|haber|completar|concluir|aprobar|la|el)|pentru (?:participarea|absolvirea)|(?:op|am|le|el|em|on) \d{1,2}(?!\d)|(?:am|im|an (?:der|dem|einer|einem))(?= \p{Lu}))(?![\p{L}]).*$|,\s+\p{Ll}.*$/u,
      '',
    );

/**
 * No cue before the name ("KEN ADAMS / has completed / …"): the name-like line just before a
 * line that starts with a title cue, less sure.
 */
function nameBeforeTitleCue(lines: readonly string[]): Hit | null {
  for (let i = 0; i < lines.length; i++) {
    // A cue that leads to a date ("completed 2026-10-10") introduces no title.
    const leadsToDate = (m: RegExpExecArray) => {
      const rest = lines[i]!.slice(m.index + m[0].length);
      const date = findDates(rest)[0];
      return !!date && rest.slice(0, date.index).trim() === '';
    };
    const at = TITLE_CUES.map((c) => matchCue(c, lines[i]!))
      .filter((m): m is RegExpExecArray => !!m && !leadsToDate(m))
      .map((m) => m.index);
    // The words before the cue, as far as a name goes ("Isabel Ortega successfully completed",
    // "Pieter van der Berg heeft op 12 juni 2026 de opleiding").
    const before = at.length > 0 ? nameInSentence(lines[i]!.slice(0, Math.min(...at))).trim() : '';
    // The cue opens the line, or the words before it go on from the line above ("Eleanor
    // Whitfield-Okoro / is hereby recognized for completing"): the name is that line.
    if ((at.includes(0) || /^\p{Ll}/u.test(before)) && i > 0 && looksLikeName(lines[i - 1]!))
      return { value: lines[i - 1]!, source: lines[i - 1]!, confidence: 0.6 };
    // "Mira Castellanos has completed the course …": the name opens the sentence, with a capital
    // (no cue before it says a name written in small letters is one).
    if (before && /^\p{Lu}/u.test(before) && looksLikeName(before))
      return { value: before, source: lines[i]!, confidence: 0.6 };
  }
  return null;
}

/** A form that asks for the name in parts: "First name: Ana" and "Last name: Kovač" ("Given names:", "Surname:"). */
function nameInParts(lines: readonly string[]): Hit | null {
  const part = (label: RegExp) => lines.map((l) => label.exec(l)).find(Boolean);
  const first = part(/^(?:first|given|fore) ?names?\s*:\s*(\S.*)$/i);
  const last = part(/^(?:last|family|sur) ?name\s*:\s*(\S.*)$/i);
  return first && last ? { value: `${first[1]} ${last[1]}`, source: `${first[0]} ${last[0]}`, confidence: 0.9 } : null;
}

/**
 * "For: Nadia Petrenko" over "Course: …": a form's "For:" names whom the certificate is for when
 * the course has a label of its own (else "For:" names the course), a guess.
 */
function forLabel(lines: readonly string[]): Hit | null {
  const courseLabelled = lines.some((l) =>
    /^(?:course|program(?:me)?|workshop|webinar|seminar|event)(?: title| name)?\s*:/i.test(l),
  );
  const line = courseLabelled ? lines.find((l) => /^for\s*:\s*\S/i.test(l)) : undefined;
  const value = line?.replace(/^for\s*:\s*/i, '');
  return line && value && looksLikeName(value) ? { value, source: line, confidence: BY_PLACE } : null;
}

/**
 * A letter's subject line names whom it is about after a dash ("Re: Continuing education – Ryan
 * O'Sullivan"), a guess.
 */
function subjectLine(lines: readonly string[]): Hit | null {
  for (const line of lines) {
    const m = /^(?:re|subject|betreff|objet|oggetto|asunto|assunto)\s*:.*\s[–—-]\s+(.+)$/iu.exec(line);
    if (m && looksLikeName(m[1]!)) return { value: m[1]!, source: line, confidence: BY_PLACE };
  }
  return null;
}

/**
 * A letter's greeting names the holder by the family name ("Dear Ms. Langford,"): the whole name
 * is the addressee's line ("Ms. Rebecca Langford"); without one, a family name alone is a guess.
 */
function addressee(hit: Hit | null, lines: readonly string[]): Hit | null {
  if (!hit || !/^(?:dear|hi|hello|sayın)(?![\p{L}])/iu.test(hit.source) || /\s/.test(nameAsWritten(hit.value)))
    return hit;
  const family = nameAsWritten(hit.value);
  const full = lines.find((l) => l !== hit.source && looksLikeName(l) && nameAsWritten(l).endsWith(` ${family}`));
  return full ? { value: full, source: full, confidence: hit.confidence } : { ...hit, confidence: BY_PLACE };
}

/** The holder: the first of the readings, from the surest (a cue) to the least (the biggest name). */
export function holderOf(
  prose: readonly string[],
  lines: readonly string[],
  cells: readonly TextCell[],
  isCard: boolean,
): Hit | null {
  return (
    addressee(afterCue(prose, HOLDER_CUES, looksLikeName, nameInSentence, followsOn(cells)), lines) ??
    labelled(cells, 'holder', looksLikeName) ??
    nameInParts(lines) ??
    forLabel(lines) ??
    subjectLine(lines) ??
    nameBeforeTitleCue(lines) ??
    biggestName(cells, isCard)
  );
}

/**
 * What may stand before a name and is not part of it: an article a sentence puts there ("la",
 * "el", "o"), courtesy and academic titles in the languages the reader knows (Austria's and
 * Germany's "Mag.", "Dipl.-Ing."; Spain's and Latin America's "Lic.", "Dra."; Italy's "Sig.ra",
 * "Dott.ssa"), "Don"/"Doña" only before two names ("Don Juan Pérez", never "Don Johnson"), and,
 * after an article, a role ("el alumno Juan Pérez", "o formando Rui Sá").
 */
const COURTESY = new RegExp(
  [
    '^(?:(?:il|la|lo|el|o|a)\\s+)?',
    '(?:(?:Mrs?|Ms|Mx|Dra?|Frau|Herr|Pan|Pani|D\\.?ª|D|Dña|Mag|Prof(?:\\.(?:ssa|ra)|ª)?|Ing|Dipl\\.-Ing|DI|Ông|Bà|Coach|Mme|Mlle|Madame|Mademoiselle|Monsieur|[Ss]ignora|[Ss]ignor|[Ss]eñora|[Ss]eñorita|[Ss]eñor|[Ss]enhora|[Ss]enhor|Sig\\.(?:ra|na)|Sig|Dott\\.ssa|Dott|Sra?|Srta|Lic|Lcd[ao]|Licd[ao]|Arq|Mtr[oa]|M(?=\\.))\\.?\\s+',
    '|(?:Don|Doña|Dona)\\s+(?=\\p{Lu}\\p{Ll}+\\s+\\p{Lu}))*',
    '(?:(?<=^(?:il|la|lo|el|o|a)\\s.*)(?:participante|partecipante|alumn[oa]|alun[oa]|estudiante|studente|studentessa|profesor[a]?|professor[a]?|entrenador[a]?|allenatore|instructor[a]?|istruttore|istruttrice|formand[oa]|deportista|atleta)\\s+)?',
    '(?=\\p{Lu})',
  ].join(''),
  'u',
);

/**
 * The name as it is said: a courtesy title before it ("Ms. Adaeze Nwosu", "D. Javier Moreno") is
 * not part of it, OCR's small "l" for a capital I is put right, and a family name written first
 * ("OKAFOR, Chidi") goes last.
 */
export function nameAsWritten(value: string): string {
  return givenNameFirst(capitalI(cleanValue(value).replace(COURTESY, '')));
}
