/**
 * The bodies a certificate may name, derived from the catalog (shared/domain/catalog/bodies.ts):
 * each body's code as printed (in capitals, so "ACE" is not the word "ace"), its full name and
 * its aliases in any case. A body added to the catalog is recognised on certificates with no
 * other file touched; the patterns are rebuilt whenever the catalog's list changes.
 */
import { BODIES, CREDENTIAL_TYPES } from '../catalog/catalog';

export interface BodyName {
  bodyId: string;
  /** Matches the body's code, name or an alias (use `.test`, or `.search` for a position). */
  names: RegExp;
  /** The body's own name, as a provider field. */
  display: string;
  /** A CPR/AED provider (no unit of credit of its own), not a certifying body. */
  cprProvider: boolean;
  /** The categories its credentials count credit in ("A"–"D" for the NSCA), by id. */
  categories: ReadonlySet<string>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase in any case, spaces as any run of space ("National  Academy" too), either apostrophe. */
const anyCase = (text: string) =>
  escape(text)
    .replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toUpperCase()}${c.toLowerCase()}]`))
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]");

/**
 * A body's code as printed. A code of words ("Red Cross") after a capitalised word is another
 * organisation's name ("Canadian Red Cross", "British Red Cross"); an acronym ("NASM") is the
 * body wherever it stands ("Approved NASM CEUs").
 */
const codePattern = (code: string) =>
  /\s/.test(code) ? `(?<!\\p{Lu}\\p{Ll}+\\s+)\\b${escape(code)}\\b` : `\\b${escape(code)}\\b`;

let cache: { source: readonly unknown[]; count: number; names: BodyName[]; codes: string } | undefined;

function build() {
  if (cache?.source === BODIES && cache.count === BODIES.length) return cache;
  const names = BODIES.map((b) => ({
    bodyId: b.id,
    names: new RegExp([codePattern(b.code), ...[b.name, ...(b.aliases ?? [])].map(anyCase)].join('|'), 'u'),
    display: b.name,
    cprProvider: b.unit === '',
    categories: new Set(
      CREDENTIAL_TYPES.filter((t) => t.bodyId === b.id).flatMap((t) => t.categories.value.map((c) => c.id)),
    ),
  }));
  const codes = BODIES.filter((b) => b.unit !== '')
    .map((b) => escape(b.code))
    .join('|');
  cache = { source: BODIES, count: BODIES.length, names, codes };
  return cache;
}

/** Every body, with the pattern that finds it in text. */
export function bodyNames(): readonly BodyName[] {
  return build().names;
}

/** The body a text is, whole ("NSCA", "National Council on Strength & Fitness"), if any. */
export function bodyAlone(text: string): BodyName | undefined {
  const t = text.trim();
  return bodyNames().find((b) => new RegExp(`^(?:${b.names.source})$`, b.names.flags).test(t));
}

/** The certifying bodies' codes as an alternation, for "0.8 ACE CECs" (CPR providers have no unit). */
export function bodyCodePattern(): string {
  return build().codes;
}

/** The catalog id of a certifying body's code as printed ("ACE" → "ace"), if it is one. */
export function bodyIdOfCode(code: string): string | undefined {
  const upper = code.toUpperCase();
  return BODIES.find((b) => b.unit !== '' && b.code.toUpperCase() === upper)?.id;
}

/** A body's own name ("American Council on Exercise"), or its id in capitals when unknown. */
export function bodyDisplay(bodyId: string): string {
  return bodyNames().find((b) => b.bodyId === bodyId)?.display ?? bodyId.toUpperCase();
}
