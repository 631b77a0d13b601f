/**
 * Importing the interchange format (`recert import`, Settings' import) into the records, as a
 * pure operation: all or nothing. The file is parsed and checked against the format first
 * (electron/core/interchange.ts); here every record is checked against the data and the rules
 * the app's own forms enforce, in the same words.
 */
import { AppError } from '../../../errors';
import type { Interchange } from '../../../schemas/interchange';
import type { PlannedCredential } from '../../../schemas/entities';
import { credentialProblem, isKnownType } from '../credential-rules';
import { recordsProblem } from '../records-check';
import type { WithSettings } from './settings';
import type { Outcome, Records, Stamp } from './types';

/** The one error an import gives: which field of the file, what is wrong, and that nothing was imported. */
export function notValid(field: string, problem: string): AppError {
  const where = field ? `${field}: ` : '';
  return new AppError(
    'invalid_input',
    `The import file is not valid: ${where}${problem.replace(/\.$/, '')}. Nothing was imported.`,
    field || undefined,
  );
}

/**
 * The records after importing `data` into `doc`; throws without changing anything when a
 * record conflicts, or breaks a rule the app's own forms enforce (the same rules, the same words).
 */
export function importRecords<D extends Records & WithSettings & { plannedCredentials: readonly PlannedCredential[] }>(
  doc: D,
  data: Interchange,
  stamp: Pick<Stamp, 'today'>,
): Outcome<D, Record<string, number>> {
  for (const name of ['customTypes', 'credentials', 'renewals', 'activities', 'plannedCredentials'] as const) {
    const ids = new Set<string>(doc[name].map((r) => r.id));
    data[name].forEach((record, i) => {
      if (ids.has(record.id))
        throw notValid(`${name}.${i}.id`, `id ${record.id} is already in your data (or twice in the file)`);
      ids.add(record.id);
    });
  }
  const next: D = {
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
  const problem = recordsProblem(data, next, stamp.today);
  if (problem) throw notValid(problem.field, problem.message);
  return {
    doc: next,
    result: {
      customTypes: data.customTypes.length,
      credentials: data.credentials.length,
      renewals: data.renewals.length,
      activities: data.activities.length,
      plannedCredentials: data.plannedCredentials.length,
    },
  };
}
