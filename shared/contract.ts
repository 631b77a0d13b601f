/**
 * The one contract between the page and the core: one entry per method, named
 * `area:verb`, each with a schema for its single object argument and for its result.
 * The main process's handler map, the preload's named methods, the browser host and
 * the renderer's client are all typed (and validated) from this table.
 */
import { z } from 'zod';
import {
  ActivitySchema,
  AllocationSchema,
  AttachmentSchema,
  AttachmentTargetSchema,
  CredentialSchema,
  CustomTypeFieldsSchema,
  CustomTypeSchema,
  NoticeSchema,
  PlannedCredentialSchema,
  ReminderSettingsSchema,
  ProfileSchema,
  RenewalFieldsSchema,
  RenewalSchema,
} from './schemas/entities';
import { calendarDate, identifier } from './schemas/fields';
import {
  certificateTooLarge,
  DEFAULT_REQUEST_BYTES,
  ENVELOPE_BYTES,
  MAX_INTERCHANGE_BYTES,
  MAX_UPLOAD_BASE64,
} from './limits';
import { CycleEvaluationSchema, ReminderSchema } from './schemas/evaluation';
import { PlanInputSchema, PlanKeepInputSchema, PlanKeptSchema, PlanSchema } from './schemas/plan';
import { certificateReadingContract } from './schemas/certificate-reading';
import { REPORT_KIND_NAMES } from './export-kinds';

import {
  ActivityInput,
  AppStatusSchema,
  AttachResult,
  BackupFile,
  BackupSummarySchema,
  ById,
  CredentialInput,
  CSV_REQUEST_BYTES,
  CsvInput,
  CsvMappingSchema,
  EvaluationReportSchema,
  NoInput,
  SavedFile,
} from './schemas/contract-parts';

export { EvaluationReportSchema } from './schemas/contract-parts';
export { MAX_BACKUP_BASE64, MAX_CSV_CHARS, MAX_UPLOAD_BASE64 } from './limits';

/** The contract table. */
export const contract = {
  'app:status': { input: NoInput, output: AppStatusSchema },
  /**
   * Everything the screens show, in one answer, from one evaluation (the reminders come from it
   * too). Certificate files are not re-checked here: that is `attachments:check`, at start and on
   * request.
   */
  'app:overview': {
    input: z
      .object({
        /** The activities' version the page already has: when it is current, they are not sent again. */
        have: z
          .object({ activities: z.string().max(64) })
          .partial()
          .strict()
          .optional(),
      })
      .strict(),
    output: z.object({
      /** The activities' version in this answer (send it back as `have.activities`). */
      versions: z.object({ activities: z.string() }),
      status: AppStatusSchema,
      profile: ProfileSchema,
      credentials: z.array(CredentialSchema),
      customTypes: z.array(CustomTypeSchema),
      report: EvaluationReportSchema,
      /** Null when the page's copy (`have.activities`) is current, or when `activityChanges` brings it up to date. */
      activities: z.array(ActivitySchema).nullable(),
      /**
       * What changed since the page's copy, when it is a recent one: records put (new or replaced,
       * by id; new ones go at the end) and ids removed (shared/list-change.ts applies it).
       */
      activityChanges: z.object({ put: z.array(ActivitySchema), del: z.array(z.string()) }).nullable(),
      attachments: z.array(AttachmentSchema),
      reminders: z.array(ReminderSchema),
      reminderSettings: ReminderSettingsSchema,
      /** The credentials kept in the plan and not earned yet (Home's next steps show them). */
      plannedCredentials: z.array(PlannedCredentialSchema),
    }),
  },
  'app:dismissNotice': {
    input: ById('Notice'),
    output: z.object({ notices: z.array(NoticeSchema) }),
  },
  'profile:get': { input: NoInput, output: ProfileSchema },
  'profile:update': { input: ProfileSchema.strict(), output: ProfileSchema },
  'credentials:list': { input: NoInput, output: z.array(CredentialSchema) },
  'credentials:add': { input: CredentialInput, output: CredentialSchema },
  'credentials:update': {
    input: z.object({ id: identifier('Credential'), fields: CredentialInput }).strict(),
    output: CredentialSchema,
  },
  'credentials:remove': { input: ById('Credential'), output: z.object({ id: z.string() }) },
  'credentials:evaluate': { input: NoInput, output: EvaluationReportSchema },
  /** One cycle of one credential with every contribution (the overview sends them for the current cycle only). */
  'credentials:cycle': {
    input: z.object({ credentialId: identifier('Credential'), cycleEnd: calendarDate('Cycle deadline') }).strict(),
    output: CycleEvaluationSchema,
  },
  /** The renewal plan: per certification, this cycle and the next two, with what-if (suggestions or items). */
  'plan:get': { input: PlanInputSchema, output: PlanSchema },
  /** Keeps what was tried: courses as planned activities, credentials as planned credentials (never counted). */
  'plan:keep': { input: PlanKeepInputSchema, output: PlanKeptSchema },
  /** Takes a kept credential out of the plan. */
  'plan:forget': { input: ById('Planned credential'), output: z.object({ id: z.string() }) },
  'customTypes:list': { input: NoInput, output: z.array(CustomTypeSchema) },
  'customTypes:add': { input: CustomTypeFieldsSchema.strict(), output: CustomTypeSchema },
  'renewals:add': { input: RenewalFieldsSchema.strict(), output: RenewalSchema },
  'renewals:remove': { input: ById('Renewal'), output: z.object({ id: z.string() }) },
  'activities:list': { input: NoInput, output: z.array(ActivitySchema) },
  'activities:add': { input: ActivityInput, output: ActivitySchema },
  'activities:update': {
    input: z.object({ id: identifier('Activity'), fields: ActivityInput }).strict(),
    output: ActivitySchema,
  },
  'activities:remove': {
    input: ById('Activity'),
    output: z.object({ activity: ActivitySchema, attachments: z.array(AttachmentSchema) }),
  },
  'activities:restore': {
    input: z.object({ activity: ActivitySchema, attachments: z.array(AttachmentSchema) }).strict(),
    output: ActivitySchema,
  },
  'activities:propose': {
    input: z
      .object({
        contactMinutes: z
          .int({ error: 'Contact time must be a whole number of minutes.' })
          .min(1, { error: 'Contact time must be more than zero.' })
          .max(60_000, { error: 'Contact time must be at most 1,000 hours.' }),
      })
      .strict(),
    output: z.array(AllocationSchema),
  },
  'activities:previewCsv': {
    input: CsvInput,
    maxRequestBytes: CSV_REQUEST_BYTES,
    output: z.object({
      headers: z.array(z.string()),
      mapping: CsvMappingSchema,
      rows: z.array(z.object({ line: z.number(), title: z.string(), errors: z.array(z.string()) })),
      valid: z.number(),
      invalid: z.number(),
    }),
  },
  'activities:importCsv': {
    input: CsvInput.extend({
      /** Import the good rows and skip the bad ones (listed in the answer); all or nothing when left out. */
      skipBadRows: z.boolean().optional(),
    }).strict(),
    output: z.object({
      imported: z.number(),
      skipped: z.array(z.object({ line: z.number(), errors: z.array(z.string()) })),
    }),
    maxRequestBytes: CSV_REQUEST_BYTES,
  },
  'reports:export': {
    input: z
      .object({
        credentialId: identifier('Credential'),
        /** The cycle's start or deadline; the current cycle when left out. */
        cycle: calendarDate('Cycle').optional(),
        kind: z.enum(REPORT_KIND_NAMES, { error: 'Export a summary, a packet or a ZIP.' }),
      })
      .strict(),
    output: SavedFile.extend({
      /** Certificates listed but not merged, with the reason. */
      problems: z.array(z.object({ ref: z.string(), name: z.string(), problem: z.string() })),
    }),
  },
  'reports:reveal': {
    input: z.object({ path: z.string().max(4096), action: z.enum(['open', 'folder']) }).strict(),
    output: z.object({ done: z.boolean() }),
  },
  'settings:reminders': { input: NoInput, output: ReminderSettingsSchema },
  'settings:updateReminders': { input: ReminderSettingsSchema.strict(), output: ReminderSettingsSchema },
  'reminders:list': { input: NoInput, output: z.object({ reminders: z.array(ReminderSchema) }) },
  'calendar:export': { input: NoInput, output: SavedFile },
  'backup:create': {
    input: z
      .object({
        passphrase: z
          .string()
          .min(8, { error: 'A passphrase must have at least 8 characters (or leave it empty for no encryption).' })
          .max(1000)
          .optional(),
      })
      .strict(),
    output: SavedFile,
  },
  /** Everything the user entered, in the interchange format (docs/data-format.md). */
  'data:export': {
    input: NoInput,
    output: SavedFile.extend({ credentials: z.number(), activities: z.number(), renewals: z.number() }),
  },
  /** Adds the records of an interchange file: all of them, or none when anything is wrong. */
  'data:import': {
    input: z.object({ data: z.unknown() }).strict(),
    maxRequestBytes: MAX_INTERCHANGE_BYTES,
    output: z.object({
      customTypes: z.number(),
      credentials: z.number(),
      renewals: z.number(),
      activities: z.number(),
    }),
  },
  /** Desktop and CLI: the main process picks the backup file; the page gets a handle, never the path. */
  'backup:choose': {
    input: NoInput,
    output: z.union([
      z.object({ fileId: z.string(), fileName: z.string(), size: z.number() }),
      z.object({ cancelled: z.literal(true) }),
    ]),
  },
  /**
   * A backup comes as a file: chosen by the main process, or uploaded to the browser host (its
   * streamed `/upload`), then named by `fileId`. Its bytes inline (`dataBase64`) are for the
   * desktop's IPC and tests: over HTTP such a request is held to the default size.
   */
  'backup:test': { input: BackupFile, output: BackupSummarySchema },
  'backup:restore': { input: BackupFile, output: BackupSummarySchema },
  'attachments:list': { input: NoInput, output: z.array(AttachmentSchema) },
  'attachments:upload': {
    maxRequestBytes: MAX_UPLOAD_BASE64 + ENVELOPE_BYTES,
    input: AttachmentTargetSchema.extend({
      name: z.string({ error: 'File name is required.' }).max(1000, { error: 'File name is too long.' }),
      dataBase64: z
        .string({ error: 'The file’s contents are missing.' })
        .max(MAX_UPLOAD_BASE64, { error: certificateTooLarge() }),
    }).strict(),
    output: AttachResult,
  },
  'attachments:choose': {
    input: AttachmentTargetSchema.strict(),
    output: z.union([AttachResult, z.object({ cancelled: z.literal(true) })]),
  },
  'attachments:remove': { input: ById('Attachment'), output: z.object({ attachment: AttachmentSchema }) },
  'attachments:restore': { input: z.object({ attachment: AttachmentSchema }).strict(), output: AttachmentSchema },
  'attachments:read': {
    input: ById('Attachment'),
    output: z.object({ name: z.string(), mime: z.string(), dataBase64: z.string() }),
  },
  'attachments:open': { input: ById('Attachment'), output: z.object({ opened: z.boolean() }) },
  'attachments:check': {
    input: NoInput,
    output: z.object({
      checked: z.number(),
      problems: z.array(
        z.object({ attachmentId: z.string(), name: z.string(), status: z.enum(['missing', 'changed']) }),
      ),
    }),
  },
  ...certificateReadingContract,
} as const;

/**
 * The largest request a method accepts over a transport that carries bytes (the browser host):
 * the entry's own `maxRequestBytes`, or the default.
 */
export function requestLimit(method: string): number {
  const entry = (contract as Record<string, { maxRequestBytes?: number }>)[method];
  return entry?.maxRequestBytes ?? DEFAULT_REQUEST_BYTES;
}

/** The contract's type. */
export type Contract = typeof contract;
/** Every method name, e.g. `credentials:add`. */
export type Method = keyof Contract;
/** What a caller passes to `method` (before defaults are applied). */
export type MethodInput<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives for `method` (after parsing). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
/** What `method` answers with. */
export type MethodOutput<M extends Method> = z.output<Contract[M]['output']>;

/** Every method name, in table order. */
export const METHODS = Object.keys(contract) as Method[];

/** True when `name` is one of the contract's methods. */
export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
