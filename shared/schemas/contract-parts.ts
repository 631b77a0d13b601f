/**
 * The contract's building blocks: the inputs and results several entries share (what a CSV
 * import sends, a file the core made, a backup, an attach, the evaluation report, the app's
 * status). The table itself is in shared/contract.ts.
 */
import { z } from 'zod';
import { CSV_FIELDS } from './csv-fields';
import {
  ActivityFieldsSchema,
  AllocationSchema,
  AttachmentSchema,
  CredentialFieldsSchema,
  NoticeSchema,
} from './entities';
import { calendarDate, identifier } from './fields';
import { ENVELOPE_BYTES, MAX_BACKUP_BASE64, MAX_CSV_CHARS } from '../limits';
import { CredentialEvaluationSchema } from './evaluation';

export const NoInput = z.object({}).strict();

/*
 * What the app sends for a credential or an activity: the record schemas, made strict, so a
 * field the core does not know (a client bug, a renamed field) is an error, never silently lost.
 */
export const CredentialInput = CredentialFieldsSchema.strict();
export const ActivityInput = ActivityFieldsSchema.extend({
  allocations: z.array(AllocationSchema.strict()).max(50).default([]),
}).strict();

/** CSV text in a JSON request: up to 4 bytes a character. */
export const CSV_REQUEST_BYTES = MAX_CSV_CHARS * 4 + ENVELOPE_BYTES;

export const CsvMappingSchema = z.partialRecord(z.enum(CSV_FIELDS), z.string().max(200));
export const CsvInput = z
  .object({
    csv: z
      .string({ error: 'The CSV text is missing.' })
      .max(MAX_CSV_CHARS, { error: 'The CSV file is larger than 5 MB.' }),
    /** Column (by header) for each field; guessed from the headers when left out. */
    mapping: CsvMappingSchema.optional(),
  })
  .strict();

/** A file the core made: saved by Electron (savedTo), or sent to the browser to download. */
export const SavedFile = z.object({
  fileName: z.string(),
  savedTo: z.string().nullable().optional(),
  mime: z.string().optional(),
  dataBase64: z.string().optional(),
  /** The browser host: where the page downloads the file (once, with its token). */
  downloadPath: z.string().optional(),
});

/** A backup to test or restore: its bytes (a browser), or a file the main process chose (desktop, CLI). */
export const BackupFile = z
  .object({
    dataBase64: z
      .string({ error: 'The backup file’s contents are missing.' })
      .max(MAX_BACKUP_BASE64, { error: 'This backup is too large to restore from the page; use recert restore.' })
      .optional(),
    fileId: z.string().max(100).optional(),
    passphrase: z.string().max(1000).optional(),
  })
  .strict()
  .refine((b) => b.dataBase64 !== undefined || b.fileId !== undefined, {
    error: 'Choose a backup file first.',
    path: ['file'],
  })
  .refine((b) => b.dataBase64 === undefined || b.fileId === undefined, {
    error: 'Send the backup’s contents or a chosen file, not both.',
    path: ['file'],
  });
export const BackupSummarySchema = z.object({
  createdAt: z.string(),
  appVersion: z.string(),
  credentials: z.number(),
  activities: z.number(),
  certificates: z.number(),
  encrypted: z.boolean(),
});

export const AttachResult = z.object({
  attachment: AttachmentSchema,
  /** Where the same file was already attached ("the same bytes are stored once"). */
  alsoAttachedTo: z.array(z.string()),
  /** Something the user should know about the file (a PDF protected against editing only). */
  note: z.string().optional(),
});
export const ById = (label: string) => z.object({ id: identifier(label) }).strict();

/** The evaluation of every credential, as of `today`. Built by pure code; typed, not re-validated. */
export const EvaluationReportSchema = z.object({
  today: calendarDate('Today'),
  catalogVersion: z.string(),
  evaluations: z.array(CredentialEvaluationSchema),
});

/** What the app is and can do here (its version, today, its data folder, notices, capabilities). */
export const AppStatusSchema = z.object({
  version: z.string(),
  dataDir: z.string(),
  /** The version of the stored data format. */
  schemaVersion: z.number(),
  today: calendarDate('Today'),
  notices: z.array(NoticeSchema),
  /** What this host can do: Electron picks and opens files itself; a browser uploads and downloads. */
  capabilities: z.object({ chooseFile: z.boolean(), openFile: z.boolean() }),
});
