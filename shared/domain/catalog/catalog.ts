/**
 * The credential catalog: bodies and credential types with their renewal rules, as
 * versioned data. Bump CATALOG_VERSION whenever a rule value changes.
 */
import { BODIES } from './bodies';
import type { Body, CredentialType } from './types';
import { ACE_ACSM_TYPES } from './types-ace-acsm';
import { NASM_AFAA_TYPES } from './types-nasm-afaa';
import { NSCA_TYPES } from './types-nsca';
import { OTHER_TYPES } from './types-others';

/** The catalog's version: the date its values were compiled, and a serial. */
export const CATALOG_VERSION = '2026.12.2';

export const CREDENTIAL_TYPES: readonly CredentialType[] = [
  ...NASM_AFAA_TYPES,
  ...ACE_ACSM_TYPES,
  ...NSCA_TYPES,
  ...OTHER_TYPES,
];

const bodiesById = new Map(BODIES.map((b) => [b.id, b]));
const typesById = new Map(CREDENTIAL_TYPES.map((t) => [t.id, t]));

export { BODIES };

export function findBody(id: string): Body | undefined {
  return bodiesById.get(id);
}

export function findCredentialType(id: string): CredentialType | undefined {
  return typesById.get(id);
}

/** Types matching every word of `query` in their code, name or body (case- and accent-insensitive). */
export function searchCatalog(query: string): CredentialType[] {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  return CREDENTIAL_TYPES.filter((t) => {
    const body = bodiesById.get(t.bodyId);
    const haystack = fold(
      `${t.code} ${t.name} ${body?.code ?? ''} ${body?.name ?? ''} ${t.kind === 'cpr' ? 'cpr aed card' : ''}`,
    );
    return words.every((w) => haystack.includes(w));
  });
}

/**
 * The codes of the bodies that accept only a CPR/AED card with a hands-on skills check (any of
 * their certifications says so), in the catalog's order: "NASM, AFAA, ACE, ACSM and NSCA".
 */
export function bodiesRequiringHandsOn(): string[] {
  const ids = new Set(CREDENTIAL_TYPES.filter((t) => t.cpr?.value.handsOnRequired).map((t) => t.bodyId));
  return BODIES.filter((b) => ids.has(b.id)).map((b) => b.code);
}

/** "A, B and C". */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
