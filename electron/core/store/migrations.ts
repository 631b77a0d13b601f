/**
 * Schema migrations: one step per version, each turning a version-n document into
 * version n+1. The store takes a snapshot before running any of them.
 */
import { CURRENT_SCHEMA_VERSION, validateDocument, type RecertDocument } from './document';

/** One step: takes a document of version `from` and returns one of version `from + 1`. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** The app's migrations, keyed by the version they start from. Version 1 is the first, so none yet. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

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
