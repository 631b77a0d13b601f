/**
 * Schema migrations: one step per version, each turning a version-n document into
 * version n+1. The store takes a snapshot before running any of them.
 */
import { CURRENT_SCHEMA_VERSION, validateDocument, type RecertDocument } from './document';

/** One step: takes a document of version `from` and returns one of version `from + 1`. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Version 1 → 2 (the catalog arrives): credentials were free text (name, body); each becomes
 * an instance of a custom type carrying that name and body, its cycle taken from the dates
 * the user entered, so nothing typed in version 1 is lost. The user can switch it to a
 * catalog type afterwards.
 */
const v1ToV2: Migration = (doc) => {
  const credentials = Array.isArray(doc.credentials) ? (doc.credentials as Record<string, unknown>[]) : [];
  const customTypes = credentials.map((c) => {
    const months = monthsBetween(String(c.issuedOn), typeof c.expiresOn === 'string' ? c.expiresOn : undefined);
    return {
      id: `migrated-${String(c.id)}`,
      name: String(c.name ?? 'Credential'),
      bodyName: String(c.body ?? 'Unknown body'),
      unit: 'CEU',
      perHour: 10,
      kind: months ? 'certification' : 'specialization',
      ...(months ? { cycleMonths: months } : {}),
      required: 0,
      cprRequired: false,
    };
  });
  return {
    ...doc,
    customTypes,
    credentials: credentials.map((c) => {
      const rest = Object.fromEntries(Object.entries(c).filter(([key]) => key !== 'name' && key !== 'body'));
      return { ...rest, typeId: `custom:migrated-${String(c.id)}`, notes: '', overrides: {} };
    }),
  };
};

/** Whole months from `from` to `to` (1–120), or undefined when there is no end date. */
function monthsBetween(from: string, to: string | undefined): number | undefined {
  if (!to) return undefined;
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const months = (ty - fy) * 12 + (tm - fm);
  return Math.min(120, Math.max(1, months));
}

/** The app's migrations, keyed by the version they start from. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: v1ToV2 };

/** Runs every step from `version` up to `target`; throws when a step is missing or the result is invalid. */
export function migrateDocument(
  raw: Record<string, unknown>,
  version: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): RecertDocument {
  let doc = raw;
  for (let v = version; v < target; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`No migration from schema version ${v} to ${v + 1}.`);
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  const checked = validateDocument(doc);
  if (checked.kind !== 'ok')
    throw new Error(`The migrated document is not valid: ${checked.kind === 'bad' ? checked.reason : checked.kind}.`);
  return checked.doc;
}
