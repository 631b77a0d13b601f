/**
 * The gate every write passes: the records a change adds or replaces are checked against
 * the same schema that opening the file uses, before anything is written. Without it, a
 * value the schema refuses (a 121-character category from an old import) would be written
 * and the next start would judge the file damaged and restore an older copy, losing work.
 * Only what changed is checked (records are compared by identity), so a one-record change
 * costs one record's validation, not the whole document's.
 */
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { DocumentSchema, RECORD_SCHEMAS, type RecertDocument } from './document';

const shape = DocumentSchema.shape;

function firstIssue(schema: z.ZodType, value: unknown, where: string): AppError | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const field = [where, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  return new AppError(
    'invalid_input',
    `Recert did not save this change: ${field}: ${(issue?.message ?? 'not valid').replace(/\.$/, '')}. Nothing was changed.`,
    field,
  );
}

/** Throws `invalid_input` naming the first record of `next` (new or changed since `previous`) that would not load. */
export function checkWrite(previous: RecertDocument, next: RecertDocument): void {
  if (next.schemaVersion !== previous.schemaVersion) {
    const e = firstIssue(shape.schemaVersion, next.schemaVersion, 'schemaVersion');
    if (e) throw e;
  }
  if (next.profile !== previous.profile) {
    const e = firstIssue(shape.profile, next.profile, 'profile');
    if (e) throw e;
  }
  if (next.settings !== previous.settings) {
    const e = firstIssue(shape.settings, next.settings, 'settings');
    if (e) throw e;
  }
  for (const [name, schema] of Object.entries(RECORD_SCHEMAS) as [keyof typeof RECORD_SCHEMAS, z.ZodType][]) {
    const before = previous[name] as readonly unknown[];
    const after = next[name] as readonly unknown[];
    if (before === after) continue;
    if (!Array.isArray(after))
      throw new AppError('invalid_input', `Recert did not save this change: ${name} is not a list.`, name);
    const known = new Set(before);
    for (const [i, record] of after.entries()) {
      if (known.has(record)) continue;
      const e = firstIssue(schema, record, `${name}.${i}`);
      if (e) throw e;
    }
  }
}
