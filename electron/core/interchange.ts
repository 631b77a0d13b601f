/**
 * Export and import of the interchange format. Import is all or nothing: the whole file
 * is checked (schema, then every reference) before the store changes at all.
 */
import type { CalendarDate } from '../../shared/domain/calendar-date';
import { CATALOG_VERSION } from '../../shared/domain/catalog/catalog';
import { importRecords, notValid as importNotValid } from '../../shared/domain/records/operations/interchange-import';
import {
  InterchangeSchema,
  INTERCHANGE_FORMAT,
  INTERCHANGE_VERSION,
  type Interchange,
} from '../../shared/schemas/interchange';
import { APP_VERSION } from '../../shared/version';
import { describeInvalidInput } from './dispatch';
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

/** Checks a parsed JSON value against the format; throws `invalid_input` naming the field. */
export function parseInterchange(raw: unknown): Interchange {
  const parsed = InterchangeSchema.safeParse(raw);
  if (!parsed.success) {
    const info = describeInvalidInput(parsed.error);
    throw importNotValid(info.field ?? '', info.message);
  }
  return parsed.data;
}

/** Imports into the store: all or nothing. Returns what was added. */
export async function importData(store: Store, raw: unknown, today: CalendarDate): Promise<Record<string, number>> {
  const data = parseInterchange(raw);
  return store.mutate((doc) => importRecords(doc, data, { today }));
}
