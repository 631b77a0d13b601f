/**
 * The interchange format of `recert export-data` and `recert import`: everything the user
 * entered, in one JSON file, documented in docs/data-format.md (with a JSON Schema
 * generated from this file). Derived values (cycles, evaluations) are never exported:
 * they are recomputed from these records.
 */
import { z } from 'zod';
import {
  ActivityFieldsSchema,
  ActivitySchema,
  CredentialFieldsSchema,
  CredentialSchema,
  CustomTypeSchema,
  PlannedCredentialSchema,
  ProfileSchema,
  RenewalFieldsSchema,
  RenewalSchema,
} from './entities';

/*
 * Imported records carry the same text limits as the app's forms (the fields' own schemas),
 * so a value the forms refuse is refused here too, with the same message.
 */
const activityFields = ActivityFieldsSchema.shape;
export const ImportedActivitySchema = ActivitySchema.extend({
  title: activityFields.title,
  provider: activityFields.provider,
  code: activityFields.code,
  notes: activityFields.notes,
});
export const ImportedCredentialSchema = CredentialSchema.extend({
  number: CredentialFieldsSchema.shape.number,
  notes: CredentialFieldsSchema.shape.notes,
});
export const ImportedRenewalSchema = RenewalSchema.extend({ confirmation: RenewalFieldsSchema.shape.confirmation });

export const INTERCHANGE_FORMAT = 'recert-data';
export const INTERCHANGE_VERSION = 1;

/** A certificate file, by its path relative to the export file (the certificates issue fills these). */
export const ExportedAttachmentSchema = z.object({
  id: z.string(),
  path: z.string(),
  name: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  ownerId: z.string(),
});

export const InterchangeSchema = z
  .object({
    format: z.literal(INTERCHANGE_FORMAT, { error: `format must be "${INTERCHANGE_FORMAT}".` }),
    formatVersion: z.literal(INTERCHANGE_VERSION, { error: `formatVersion must be ${INTERCHANGE_VERSION}.` }),
    exportedAt: z.iso.datetime({ offset: true }),
    appVersion: z.string(),
    catalogVersion: z.string(),
    profile: ProfileSchema,
    customTypes: z.array(CustomTypeSchema),
    credentials: z.array(ImportedCredentialSchema),
    renewals: z.array(ImportedRenewalSchema),
    activities: z.array(ImportedActivitySchema),
    /** Credentials kept in the renewal plan (absent in files from before the plan could be kept). */
    plannedCredentials: z.array(PlannedCredentialSchema).default([]),
    attachments: z.array(ExportedAttachmentSchema).default([]),
  })
  .strict();
export type Interchange = z.infer<typeof InterchangeSchema>;
