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

/** What the user types for a credential (before the catalog issue adds types). */
export const CredentialFieldsSchema = z
  .object({
    name: requiredText('Credential name'),
    body: requiredText('Certifying body'),
    number: optionalText('Credential number', LIMITS.number),
    issuedOn: calendarDate('Issued date'),
    expiresOn: calendarDate('Expiry date').optional(),
  })
  .refine((c) => c.expiresOn === undefined || compareDates(c.expiresOn, c.issuedOn) > 0, {
    error: 'Expiry date must be after the issued date.',
    path: ['expiresOn'],
  });
export type CredentialFields = z.infer<typeof CredentialFieldsSchema>;

/** A credential the user holds. */
export const CredentialSchema = z.object({
  id: identifier('Credential id'),
  name: z.string(),
  body: z.string(),
  number: z.string(),
  issuedOn: calendarDate('Issued date'),
  expiresOn: calendarDate('Expiry date').optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Credential = z.infer<typeof CredentialSchema>;

/** One share of an activity counted toward one credential, in hundredths of that body's unit. */
export const AllocationSchema = z.object({
  credentialId: identifier('Credential'),
  amountHundredths: z.int().nonnegative(),
  category: z.string().max(LIMITS.shortText).default(''),
  approval: z.enum(['approved', 'petition_pending', 'petition_approved', 'rejected']),
});

/** A continuing-education activity (the activities issue builds its screens). */
export const ActivitySchema = z.object({
  id: identifier('Activity id'),
  title: z.string().max(LIMITS.shortText * 2),
  provider: z.string().max(LIMITS.shortText),
  code: z.string().max(LIMITS.number).default(''),
  completedOn: calendarDate('Completion date'),
  contactMinutes: z.int().nonnegative(),
  status: z.enum(['planned', 'completed']),
  notes: z.string().max(LIMITS.notes).default(''),
  allocations: z.array(AllocationSchema).default([]),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Activity = z.infer<typeof ActivitySchema>;

/** A message the app keeps showing until the user dismisses it (e.g. "your data was recovered"). */
export const NoticeSchema = z.object({
  id: identifier('Notice id'),
  kind: z.enum(['recovered', 'info']),
  message: z.string(),
  createdAt: TimestampSchema,
});
export type Notice = z.infer<typeof NoticeSchema>;
