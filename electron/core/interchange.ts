/**
 * Export and import of the interchange format. Import is all or nothing: the whole file
 * is checked (schema, then every reference) before the store changes at all.
 */
import type { CalendarDate } from '../../shared/domain/calendar-date';
import { CATALOG_VERSION } from '../../shared/domain/catalog/catalog';
import { recordsProblem } from '../../shared/domain/records/records-check';
import { AppError } from '../../shared/errors';
import {
  InterchangeSchema,
  INTERCHANGE_FORMAT,
  INTERCHANGE_VERSION,
  type Interchange,
} from '../../shared/schemas/interchange';
import { APP_VERSION } from '../../shared/version';
import { describeInvalidInput } from './dispatch';
import { credentialProblem, isKnownType } from '../../shared/domain/records/credential-rules';
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
    plannedCredentials: doc.plannedCredentials,
    attachments: [],
  };
}

/** The one error an import gives: which field of the file, what is wrong, and that nothing was imported. */
function notValid(field: string, problem: string): AppError {
  const where = field ? `${field}: ` : '';
  return new AppError(
    'invalid_input',
    `The import file is not valid: ${where}${problem.replace(/\.$/, '')}. Nothing was imported.`,
    field || undefined,
  );
}

/** Checks a parsed JSON value against the format; throws `invalid_input` naming the field. */
export function parseInterchange(raw: unknown): Interchange {
  const parsed = InterchangeSchema.safeParse(raw);
  if (!parsed.success) {
    const info = describeInvalidInput(parsed.error);
    throw notValid(info.field ?? '', info.message);
  }
  return parsed.data;
}

/**
 * The document after importing `data` into `doc`; throws without changing anything when a
 * record conflicts, or breaks a rule the app's own forms enforce (the same rules, the same words).
 */
export function mergeImport(doc: RecertDocument, data: Interchange, today: CalendarDate): RecertDocument {
  for (const name of ['customTypes', 'credentials', 'renewals', 'activities', 'plannedCredentials'] as const) {
    const ids = new Set<string>(doc[name].map((r) => r.id));
    data[name].forEach((record, i) => {
      if (ids.has(record.id))
        throw notValid(`${name}.${i}.id`, `id ${record.id} is already in your data (or twice in the file)`);
      ids.add(record.id);
    });
  }
  const next: RecertDocument = {
    ...doc,
    profile: doc.profile.name === '' && doc.profile.email === '' ? data.profile : doc.profile,
    customTypes: [...doc.customTypes, ...data.customTypes],
    credentials: [...doc.credentials, ...data.credentials],
    renewals: [...doc.renewals, ...data.renewals],
    activities: [...doc.activities, ...data.activities],
    plannedCredentials: [...doc.plannedCredentials, ...data.plannedCredentials],
  };
  const credentialIds = new Set(next.credentials.map((c) => c.id));
  data.credentials.forEach((c, i) => {
    if (!isKnownType(next, c.typeId)) {
      throw notValid(
        `credentials.${i}.typeId`,
        `"${c.typeId}" is not in this version's catalog or the file's custom types`,
      );
    }
    const problem = credentialProblem(c, next);
    if (problem) throw notValid(`credentials.${i}.${problem.field}`, problem.message);
  });
  data.plannedCredentials.forEach((p, i) => {
    if (!isKnownType(next, p.typeId))
      throw notValid(`plannedCredentials.${i}.typeId`, `"${p.typeId}" is not in this version's catalog`);
  });
  data.renewals.forEach((r, i) => {
    if (!credentialIds.has(r.credentialId)) throw notValid(`renewals.${i}.credentialId`, 'no such credential');
  });
  data.activities.forEach((a, i) =>
    a.allocations.forEach((x, j) => {
      if (!credentialIds.has(x.credentialId))
        throw notValid(`activities.${i}.allocations.${j}.credentialId`, 'no such credential');
    }),
  );
  const problem = recordsProblem(data, next, today);
  if (problem) throw notValid(problem.field, problem.message);
  return next;
}

/** Imports into the store: all or nothing. Returns what was added. */
export async function importData(store: Store, raw: unknown, today: CalendarDate): Promise<Record<string, number>> {
  const data = parseInterchange(raw);
  return store.mutate((doc) => ({
    doc: mergeImport(doc, data, today),
    result: {
      customTypes: data.customTypes.length,
      credentials: data.credentials.length,
      renewals: data.renewals.length,
      activities: data.activities.length,
      plannedCredentials: data.plannedCredentials.length,
    },
  }));
}
