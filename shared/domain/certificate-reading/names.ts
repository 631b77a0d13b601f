/**
 * Names on certificates against the user's own: the same name however it is written, and a
 * name OCR nearly read.
 */
import type { ReadField } from './read-text';

/** Letters that carry no combining mark to strip ("ł" is not "l" + a mark). */
const PLAIN: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

/** A name's words, without case, accents or punctuation, in order of the alphabet. */
const nameWords = (s: string) =>
  s
    .toLowerCase()
    .replace(/[łøđðþßæœı]/g, (c) => PLAIN[c]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .sort();

/** Names compared without case, accents, punctuation or order ("Álvarez, Jordan" is "Jordan Alvarez"). */
export function sameName(a: string, b: string): boolean {
  return nameWords(a).join(' ') === nameWords(b).join(' ');
}

/**
 * A name's capital I as OCR often reads it, a small l ("lonescu" for Ionescu, "loana" for
 * Ioana): in a name written with capitals, a word of four letters or more that starts with a
 * small "l" starts with "I". Particles ("la", "le", "los") are shorter; a name written all in
 * small letters is left as it is.
 */
export function capitalI(name: string): string {
  const words = name.split(' ');
  if (!words.some((w) => /^\p{Lu}/u.test(w))) return name;
  return words.map((w) => (/^l\p{Ll}{3,}$/u.test(w) ? `I${w.slice(1)}` : w)).join(' ');
}

/**
 * A qualification printed after a name ("Brianna Scott, NASM-CPT, CES", "Ana Lima, PhD"): one
 * pattern for the holder (where they are cut off) and the provider (a name followed by one is a
 * person, not an organisation).
 */
export const CREDENTIAL = '[A-Z]{2,}(?:\\*[A-Z])?(?:-[A-Z]{2,})*|Ph\\.?D\\.?|MSc|BSc|MEd|MBA|DPT';
/** One or more qualifications, each after a comma, ending the name. */
export const CREDENTIALS_AFTER = new RegExp(`(?:,\\s*(?:${CREDENTIAL}))+$`);

/** Letters after a name that are a qualification, not a given name. */
const CREDENTIALS = /^(?:MS|MA|MSC|MED|MBA|PHD|EDD|MD|DO|DPT|PT|RN|RD|ATC|CSCS|CPT|CES|PES|BS|BA|BSC|JR|SR|II|III|IV)$/;

/**
 * A name a record writes family name first ("OKAFOR, Chidi", "Álvarez, Jordan"): in the order it
 * is said, the family name in capitals written as a name, a middle initial after the given name. After the comma only given names in
 * capitals and small letters: "Chidi Okafor, MS" or "Ana Lima, PhD" keep their order.
 */
export function givenNameFirst(name: string): string {
  // All in capitals, as a card prints it ("DIAZ, CARLOS"): a given name is no credential.
  // A middle initial after the given name ("HERNANDEZ, MARIA J.") stays with it, with its point.
  const shouted = /^(\p{Lu}[\p{Lu}'-]+),\s+(\p{Lu}[\p{Lu}'-]+)(?:\s+(\p{Lu})\.?)?$/u.exec(name);
  if (shouted && !CREDENTIALS.test(shouted[2]!))
    return `${shouted[2]}${shouted[3] ? ` ${shouted[3]}.` : ''} ${shouted[1]}`;
  // A family name may start with its particles ("de la Fuente, María").
  const m =
    /^((?:(?:de|del|della|di|da|dos|das|du|van|von|der|den|la|le)\s+)*[\p{Lu}][\p{L}'-]*(?: [\p{Lu}][\p{L}'-]*)?),\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)(?: (\p{Lu})\.?)?$/u.exec(
      name,
    );
  if (!m) return name;
  const caps = m[1] === m[1]!.toUpperCase();
  const family = caps ? m[1]!.replace(/\p{L}+/gu, (w) => w[0] + w.slice(1).toLowerCase()) : m[1]!;
  // A middle initial after the given name ("Harrison, Emily R.") stays with it, with its point.
  return `${m[2]}${m[3] ? ` ${m[3]}.` : ''} ${family}`;
}

/** At most one letter changed, added or dropped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/**
 * A name as OCR may read it: the same words, each at most one letter off ("Seren" for Søren,
 * "tukasz" for Łukasz), words of four letters or more only.
 */
export function nearlySameName(read: string, name: string): boolean {
  const a = nameWords(read);
  const b = nameWords(name);
  return a.length === b.length && a.every((w, i) => w === b[i] || (w.length >= 4 && oneEditApart(w, b[i]!)));
}

/**
 * The holder, when it is the user: written as the profile writes it (OCR drops diacritics and
 * mistakes a letter; a guess that is one letter off per word is still the user), and sure.
 */
export function yourName(holder: ReadField<string> | undefined, profileName: string): ReadField<string> | undefined {
  const name = profileName.trim();
  if (!holder || !name) return holder;
  const yours = sameName(holder.value, name) || (holder.confidence < 0.7 && nearlySameName(holder.value, name));
  return yours ? { ...holder, value: name, confidence: Math.max(holder.confidence, 0.9) } : holder;
}
