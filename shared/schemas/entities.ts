/**
 * The records Recert keeps, as zod schemas and the types inferred from them.
 * The stored document (electron/core/store) and the contract are both built from these.
 */
import { z } from 'zod';
import { compareDates } from '../domain/calendar-date';
import { LIMITS, calendarDate, identifier, optionalEmail, optionalText, requiredText } from './fields';

/** An instant, as an ISO 8601 timestamp (used only for record-keeping, never for deadlines). */
export const TimestampSchema = z.iso.datetime({ offset: true });

/** The holder of the credentials. */
export const ProfileSchema = z.object({
  name: optionalText('Your name'),
  email: optionalEmail('E-mail'),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** Catalog values the user may override on their own credential (amounts in hundredths). */
export const OverridesSchema = z
  .object({
    required: z.int({ error: 'Required amount must be a whole number of hundredths.' }).min(0).max(100_000).optional(),
    cycleMonths: z.int({ error: 'Cycle length must be a whole number of months.' }).min(1).max(120).optional(),
    cprRequired: z.boolean().optional(),
    cprCredit: z.int().min(0).max(10_000).optional(),
    graceDays: z.int().min(0).max(3650).optional(),
    feeCents: z.int().min(0).max(10_000_000).optional(),
    /** ACSM's older "highest credential only" rule, applied only when the user turns it on. */
    highestOnly: z.boolean().optional(),
  })
  .strict();
export type Overrides = z.infer<typeof OverridesSchema>;

/** What the user enters for a credential. */
export const CredentialFieldsSchema = z
  .object({
    typeId: requiredText('Credential type', LIMITS.id),
    number: optionalText('Credential number', LIMITS.number),
    issuedOn: calendarDate('Certification date'),
    expiresOn: calendarDate('Expiry date').optional(),
    /** CPR/AED cards: whether the course included a hands-on skills check (unknown when absent). */
    handsOn: z.boolean({ error: 'Hands-on skills check must be yes or no.' }).optional(),
    notes: optionalText('Notes', LIMITS.notes, true),
    overrides: OverridesSchema.default({}),
  })
  .refine((c) => c.expiresOn === undefined || compareDates(c.expiresOn, c.issuedOn) > 0, {
    error: 'Expiry date must be after the certification date.',
    path: ['expiresOn'],
  });
export type CredentialFields = z.infer<typeof CredentialFieldsSchema>;

/** A credential the user holds: an instance of a catalog type (or of one of their custom types). */
export const CredentialSchema = z.object({
  id: identifier('Credential id'),
  typeId: z.string(),
  number: z.string(),
  issuedOn: calendarDate('Certification date'),
  expiresOn: calendarDate('Expiry date').optional(),
  handsOn: z.boolean().optional(),
  notes: z.string().default(''),
  overrides: OverridesSchema.default({}),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Credential = z.infer<typeof CredentialSchema>;

/** A credential type the user defines when the catalog does not have theirs. */
export const CustomTypeFieldsSchema = z.object({
  name: requiredText('Credential name'),
  bodyName: requiredText('Certifying body'),
  unit: requiredText('Unit', 16),
  perHour: z.int({ error: 'Credit per hour must be a whole number of hundredths.' }).min(0).max(10_000),
  kind: z.enum(['certification', 'specialization', 'cpr'], {
    error: 'Kind must be certification, specialization or CPR/AED card.',
  }),
  cycleMonths: z.int({ error: 'Cycle length must be a whole number of months.' }).min(1).max(120).optional(),
  required: z.int({ error: 'Required amount must be a whole number of hundredths.' }).min(0).max(100_000),
  cprRequired: z.boolean().default(false),
});
export const CustomTypeSchema = CustomTypeFieldsSchema.extend({ id: identifier('Custom type id') });
export type CustomType = z.infer<typeof CustomTypeSchema>;
export type CustomTypeFields = z.infer<typeof CustomTypeFieldsSchema>;

/** A renewal the user recorded: it closes the cycle ending on `cycleEnd` and opens the next. */
export const RenewalFieldsSchema = z.object({
  credentialId: identifier('Credential'),
  cycleEnd: calendarDate('Cycle deadline'),
  renewedOn: calendarDate('Renewal date'),
  confirmation: optionalText('Confirmation number', LIMITS.number),
  feeCents: z.int({ error: 'Fee must be a whole number of cents.' }).min(0).max(10_000_000).optional(),
});
export const RenewalSchema = RenewalFieldsSchema.extend({ id: identifier('Renewal id'), createdAt: TimestampSchema });
export type Renewal = z.infer<typeof RenewalSchema>;

/**
 * A credential the user plans to earn, kept from the renewal plan: a specialization that counts
 * toward one they hold, or a renewed CPR/AED card (to earn between `on` and `by`). It never
 * counts toward a verdict; it leaves the plan once a credential of its type is earned.
 */
export const PlannedCredentialSchema = z.object({
  id: identifier('Planned credential id'),
  typeId: z.string().min(1).max(64),
  on: calendarDate('Planned date'),
  by: calendarDate('Planned by').optional(),
  label: z.string().max(200),
  createdAt: TimestampSchema,
});
export type PlannedCredential = z.infer<typeof PlannedCredentialSchema>;

/** Approval of one allocation by the body: counted when approved or the petition was approved. */
export { APPROVALS, type Approval } from './approvals';
import { APPROVALS } from './approvals';

/** The most one activity may be worth to one credential: 100 units (10,000 hundredths). */
export const MAX_ALLOCATION = 10_000;

/** One share of an activity counted toward one credential, in hundredths of that body's unit. */
export const AllocationSchema = z.object({
  credentialId: identifier('Credential'),
  amountHundredths: z
    .int({ error: 'Amount must be a number with at most two decimals.' })
    .min(1, { error: 'Amount must be more than zero.' })
    .max(MAX_ALLOCATION, { error: 'Amount must be at most 100 units for one activity.' }),
  category: optionalText('Category', LIMITS.shortText),
  approval: z.enum(APPROVALS, { error: 'Approval must be approved, petition pending, petition approved or rejected.' }),
  petitionOn: calendarDate('Petition date').optional(),
  petitionFeeCents: z.int().min(0).max(10_000_000).optional(),
});
export type Allocation = z.infer<typeof AllocationSchema>;

/** What the user enters for an activity. */
export const ActivityFieldsSchema = z.object({
  title: requiredText('Title', LIMITS.shortText * 2),
  provider: optionalText('Provider'),
  code: optionalText('Course or approval code', LIMITS.number),
  completedOn: calendarDate('Completion date'),
  contactMinutes: z
    .int({ error: 'Contact time must be a whole number of minutes.' })
    .min(1, { error: 'Contact time must be more than zero.' })
    .max(100 * 60 * 10, { error: 'Contact time must be at most 1,000 hours.' }),
  delivery: z
    .enum(['online', 'live', 'home_study'], { error: 'Delivery must be online, live or home study.' })
    .default('online'),
  status: z.enum(['planned', 'completed'], { error: 'Status must be planned or completed.' }),
  notes: optionalText('Notes', LIMITS.notes, true),
  allocations: z.array(AllocationSchema).max(50).default([]),
  /**
   * The specialization credential this course completed (the NASM-CES course itself): its
   * credit then comes through this activity, never a second time through the credential.
   */
  completes: identifier('Specialization').optional(),
  /**
   * The user said this is another course than one logged with the same title and date: both
   * count. Without it, a course logged twice counts once.
   */
  separateCourse: z.boolean({ error: 'Separate course must be yes or no.' }).optional(),
});
export type ActivityFields = z.infer<typeof ActivityFieldsSchema>;

/** A continuing-education activity, entered once and allocated to any number of credentials. */
export const ActivitySchema = z.object({
  id: identifier('Activity id'),
  title: z.string(),
  provider: z.string(),
  code: z.string().default(''),
  completedOn: calendarDate('Completion date'),
  contactMinutes: z.int().nonnegative(),
  delivery: z.enum(['online', 'live', 'home_study']).default('online'),
  status: z.enum(['planned', 'completed']),
  notes: z.string().default(''),
  allocations: z.array(AllocationSchema).default([]),
  completes: identifier('Specialization').optional(),
  separateCourse: z.boolean().optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Activity = z.infer<typeof ActivitySchema>;

/** What an attachment belongs to, and what it is there. */
export const ATTACHMENT_ROLES = ['certificate', 'card_front', 'card_back'] as const;
export const AttachmentTargetSchema = z.object({
  ownerType: z.enum(['activity', 'credential'], { error: 'Attach the file to an activity or a credential.' }),
  ownerId: identifier('Owner'),
  role: z
    .enum(ATTACHMENT_ROLES, { error: 'Role must be certificate, card front or card back.' })
    .default('certificate'),
});

/** A certificate file attached to an activity or a credential; the bytes live in certificates/<sha256>.<ext>. */
export const AttachmentSchema = AttachmentTargetSchema.extend({
  id: identifier('Attachment id'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  ext: z.enum(['pdf', 'png', 'jpg']),
  mime: z.enum(['application/pdf', 'image/png', 'image/jpeg']),
  size: z.int().nonnegative(),
  /** The original file name, as display text only. */
  name: z.string().max(200),
  /** The PDF carries JavaScript or automatic actions: shown only in Recert's own preview, stripped from packets. */
  activeContent: z.boolean().optional(),
  addedAt: TimestampSchema,
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/** Reminder settings: on or off, and how many days before a deadline to remind. */
export const DEFAULT_THRESHOLDS = [90, 60, 30, 7, 1];
export const ReminderSettingsSchema = z.object({
  enabled: z.boolean({ error: 'Reminders must be on or off.' }).default(true),
  thresholds: z
    .array(
      z
        .int({ error: 'Each reminder is a whole number of days.' })
        .min(0, { error: 'Reminder days cannot be negative.' })
        .max(365, { error: 'Reminders can be at most 365 days before.' }),
      {
        error: 'Thresholds must be a list of days.',
      },
    )
    .max(10, { error: 'At most 10 reminders per deadline.' })
    .default(DEFAULT_THRESHOLDS),
});
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;

/** A message the app keeps showing until the user dismisses it (e.g. "your data was recovered"). */
export const NoticeSchema = z.object({
  id: identifier('Notice id'),
  kind: z.enum(['recovered', 'info']),
  message: z.string(),
  createdAt: TimestampSchema,
});
export type Notice = z.infer<typeof NoticeSchema>;
