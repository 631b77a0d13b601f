/**
 * The stored document: its schema, its current version, an empty one, and the
 * parse step that tells a good file from a bad one (and from one too new to open).
 */
import { z } from 'zod';
import {
  ActivitySchema,
  AttachmentSchema,
  CredentialSchema,
  CustomTypeSchema,
  DEFAULT_THRESHOLDS,
  ReminderSettingsSchema,
  NoticeSchema,
  PlannedCredentialSchema,
  ProfileSchema,
  RenewalSchema,
} from '../../../shared/schemas/entities';

/** The version of the document this build writes. */
export const CURRENT_SCHEMA_VERSION = 2;

export const SettingsSchema = z.object({
  notices: z.array(NoticeSchema).default([]),
  reminders: ReminderSettingsSchema.default({ enabled: true, thresholds: DEFAULT_THRESHOLDS }),
  /** Desktop notifications already shown (reminder key → the threshold it was shown for), so none repeats. */
  notified: z.record(z.string(), z.int()).default({}),
});

/** The schema of one record of each list in the document (the write gate checks records with these). */
export const RECORD_SCHEMAS = {
  credentials: CredentialSchema,
  customTypes: CustomTypeSchema,
  renewals: RenewalSchema,
  activities: ActivitySchema,
  attachments: AttachmentSchema,
  plannedCredentials: PlannedCredentialSchema,
} as const;

export const DocumentSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  profile: ProfileSchema,
  credentials: z.array(CredentialSchema),
  customTypes: z.array(CustomTypeSchema).default([]),
  renewals: z.array(RenewalSchema).default([]),
  activities: z.array(ActivitySchema),
  attachments: z.array(AttachmentSchema).default([]),
  /** Credentials the user plans to earn, kept from the renewal plan (never counted). */
  plannedCredentials: z.array(PlannedCredentialSchema).default([]),
  settings: SettingsSchema,
});
export type RecertDocument = z.infer<typeof DocumentSchema>;

/** A brand-new, empty document. */
export function emptyDocument(): RecertDocument {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    profile: { name: '', email: '' },
    credentials: [],
    customTypes: [],
    renewals: [],
    activities: [],
    attachments: [],
    plannedCredentials: [],
    settings: { notices: [], reminders: { enabled: true, thresholds: DEFAULT_THRESHOLDS }, notified: {} },
  };
}

/** The outcome of reading a document's text. */
export type ParsedText =
  | { kind: 'ok'; doc: RecertDocument; version: number }
  | { kind: 'needs-migration'; raw: Record<string, unknown>; version: number }
  | { kind: 'too-new'; version: number }
  | { kind: 'bad'; reason: string };

/** Reads a document's text: never throws, says what is wrong with a bad file. */
export function parseDocumentText(text: string): ParsedText {
  if (text.trim() === '') return { kind: 'bad', reason: 'the file is empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Only now look for NUL bytes (a write torn by a crash), to say which kind of damage it is.
    if (text.includes('\u0000'))
      return { kind: 'bad', reason: 'the file contains NUL bytes (it was damaged while being written)' };
    return { kind: 'bad', reason: 'the file is not complete JSON (it may have been cut short)' };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { kind: 'bad', reason: 'the file does not hold a Recert document' };
  }
  const record = raw as Record<string, unknown>;
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { kind: 'bad', reason: 'the file has no valid schemaVersion' };
  }
  if (version > CURRENT_SCHEMA_VERSION) return { kind: 'too-new', version };
  if (version < CURRENT_SCHEMA_VERSION) return { kind: 'needs-migration', raw: record, version };
  return validateDocument(record);
}

/** Validates an object that claims to be a current document. */
export function validateDocument(raw: unknown): ParsedText {
  const parsed = DocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    const what = issue?.message ? ` (${issue.message.replace(/\.$/, '')})` : '';
    return { kind: 'bad', reason: `the file's contents do not have the expected shape${where}${what}` };
  }
  return { kind: 'ok', doc: parsed.data, version: CURRENT_SCHEMA_VERSION };
}

/** Each record's JSON, kept while the record object lives: records are never changed in place. */
const recordJson = new WeakMap<object, string>();
const HAS_NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII = /[\u0080-\uffff]/g;

/** JSON with every character past ASCII written as \uXXXX: the file is then ASCII, read without UTF-8 decoding. */
export function asciiJson(value: unknown): string {
  const json = JSON.stringify(value);
  return HAS_NON_ASCII.test(json)
    ? json.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : json;
}

/** A record's JSON in ASCII, kept with the record (records are never changed in place). */
export function recordText(record: unknown): string {
  if (record === null || typeof record !== 'object') return asciiJson(record);
  let json = recordJson.get(record);
  if (json === undefined) {
    json = asciiJson(record);
    recordJson.set(record, json);
  }
  return json;
}

/**
 * The serialized form written to disk: compact JSON, in ASCII (other characters escaped), the
 * same value as `JSON.stringify(doc)`. Each record's text is kept, so a change to one record
 * serialises that record, not all ten thousand.
 */
export function serializeDocument(doc: RecertDocument): string {
  const fields: string[] = [];
  for (const [key, value] of Object.entries(doc)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? `[${value.map(recordText).join(',')}]` : asciiJson(value);
    fields.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${fields.join(',')}}\n`;
}
