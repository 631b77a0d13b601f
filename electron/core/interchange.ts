/**
 * Export and import of the interchange format. Import is all or nothing: the whole file
 * is checked (schema, then every reference) before the store changes at all.
 */
import { CATALOG_VERSION } from '../../shared/domain/catalog/catalog';
import { AppError } from '../../shared/errors';
import {
  InterchangeSchema,
  INTERCHANGE_FORMAT,
  INTERCHANGE_VERSION,
  type Interchange,
} from '../../shared/schemas/interchange';
import { APP_VERSION } from '../../shared/version';
import { describeInvalidInput } from './dispatch';
import { isKnownType } from './handlers/credentials';
import type { RecertDocument } from './store/document';
import type { Store } from './store/store';

export function exportData(doc: RecertDocument, now: Date): Interchange {
  return {
    format: INTERCHANGE_FORMAT,
    formatVersion: INTERCHANGE_VERSION,
    exportedAt: now.toISOString(),
    appVersion: APP_VERSION,
    catalogVersion: CATALOG_VERSION,
    profile: doc.profile,
    customTypes: doc.customTypes,
    credentials: doc.credentials,
    renewals: doc.renewals,
    activities: doc.activities,
    attachments: [],
  };
}

/** Checks a parsed JSON value against the format; throws `invalid_input` naming the field. */
export function parseInterchange(raw: unknown): Interchange {
  const parsed = InterchangeSchema.safeParse(raw);
  if (!parsed.success) {
    const info = describeInvalidInput(parsed.error);
    throw new AppError(
      'invalid_input',
      `The import file is not valid: ${info.field ? `${info.field}: ` : ''}${info.message}`,
      info.field,
    );
  }
  return parsed.data;
}

/** The document after importing `data` into `doc`; throws without changing anything when a record conflicts. */
export function mergeImport(doc: RecertDocument, data: Interchange): RecertDocument {
  const next: RecertDocument = {
    ...doc,
    profile: doc.profile.name === '' && doc.profile.email === '' ? data.profile : doc.profile,
    customTypes: [...doc.customTypes, ...data.customTypes],
    credentials: [...doc.credentials, ...data.credentials],
    renewals: [...doc.renewals, ...data.renewals],
    activities: [...doc.activities, ...data.activities],
  };
  for (const [name, list] of [
    ['customTypes', next.customTypes],
    ['credentials', next.credentials],
    ['renewals', next.renewals],
    ['activities', next.activities],
  ] as const) {
    const ids = new Set<string>();
    list.forEach((item, i) => {
      if (ids.has(item.id)) {
        throw new AppError(
          'invalid_input',
          `The import file is not valid: ${name}: id ${item.id} is already in your data (or twice in the file). Nothing was imported.`,
          `${name}.${i}.id`,
        );
      }
      ids.add(item.id);
    });
  }
  const credentialIds = new Set(next.credentials.map((c) => c.id));
  data.credentials.forEach((c, i) => {
    if (!isKnownType(next, c.typeId)) {
      throw new AppError(
        'invalid_input',
        `The import file is not valid: credentials.${i}.typeId: "${c.typeId}" is not in this version's catalog or the file's custom types. Nothing was imported.`,
        `credentials.${i}.typeId`,
      );
    }
  });
  data.renewals.forEach((r, i) => {
    if (!credentialIds.has(r.credentialId)) {
      throw new AppError(
        'invalid_input',
        `The import file is not valid: renewals.${i}.credentialId: no such credential. Nothing was imported.`,
        `renewals.${i}.credentialId`,
      );
    }
  });
  data.activities.forEach((a, i) =>
    a.allocations.forEach((x, j) => {
      if (!credentialIds.has(x.credentialId)) {
        throw new AppError(
          'invalid_input',
          `The import file is not valid: activities.${i}.allocations.${j}.credentialId: no such credential. Nothing was imported.`,
          `activities.${i}.allocations.${j}.credentialId`,
        );
      }
    }),
  );
  return next;
}

/** Imports into the store: all or nothing. Returns what was added. */
export async function importData(store: Store, raw: unknown): Promise<Record<string, number>> {
  const data = parseInterchange(raw);
  return store.mutate((doc) => ({
    doc: mergeImport(doc, data),
    result: {
      customTypes: data.customTypes.length,
      credentials: data.credentials.length,
      renewals: data.renewals.length,
      activities: data.activities.length,
    },
  }));
}
