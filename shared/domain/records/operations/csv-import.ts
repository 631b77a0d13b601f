/**
 * Importing activities from a spreadsheet (CSV), as a pure operation on the records: every row
 * is read with the mapping and checked by the app's own rules, against the document of the
 * write queue; all rows, or (asked) the good ones, are added, or nothing is. Loaded with the
 * spreadsheet code, on first use.
 */
import { AppError } from '../../../errors';
import type { Activity } from '../../../schemas/entities';
import { guessMapping, interpretCsv, readCsv, type CsvMapping } from '../../activity-csv';
import type { Outcome, Records, Stamp } from './types';

export function importCsv<D extends Records>(
  doc: D,
  input: { csv: string; mapping?: CsvMapping | undefined; skipBadRows?: boolean | undefined },
  stamp: Stamp,
): Outcome<D, { imported: number; skipped: { line: number; errors: string[] }[] }> {
  const table = readCsv(input.csv);
  const rows = interpretCsv(table, input.mapping ?? guessMapping(table.headers), { ...doc, today: stamp.today });
  const bad = rows.filter((r) => !r.activity);
  if (rows.length === 0) throw new AppError('invalid_input', 'The CSV file has no rows under its header.', 'csv');
  if (input.skipBadRows && bad.length === rows.length)
    throw new AppError(
      'invalid_input',
      `Nothing was imported: no row of the file can be imported (${rows.length} with errors).`,
      'csv',
    );
  if (bad.length > 0 && !input.skipBadRows) {
    const first = bad.slice(0, 3).map((r) => `row ${r.line}: ${r.errors.join('; ')}`);
    throw new AppError(
      'invalid_input',
      `Nothing was imported: ${bad.length} of ${rows.length} rows have errors (${first.join(' · ')}${bad.length > 3 ? ' …' : ''}). Fix the mapping or the file, then import again.`,
      'csv',
    );
  }
  const added: Activity[] = rows.flatMap((r) =>
    r.activity ? [{ id: stamp.newId(), ...r.activity, createdAt: stamp.now, updatedAt: stamp.now }] : [],
  );
  return {
    doc: { ...doc, activities: [...doc.activities, ...added] },
    result: { imported: added.length, skipped: bad.map((r) => ({ line: r.line, errors: r.errors })) },
  };
}
