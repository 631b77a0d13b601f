/** `recert import`: an interchange JSON file, or activities from a spreadsheet. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CSV_FIELDS, type CsvField, type CsvMapping } from '../../../shared/schemas/csv-fields';
import { AppError } from '../../../shared/errors';
import { withSession, type CliIo } from '../session';
import { dataDir, forceUnlock, readInput, UsageError } from './options';

/** `date=Date,title=Course` → a mapping; unknown fields are a usage error. */
export function parseMapOption(text: string): CsvMapping {
  const mapping: CsvMapping = {};
  for (const pair of text.split(',').filter((p) => p.trim() !== '')) {
    const [field, ...rest] = pair.split('=');
    const name = (field ?? '').trim() as CsvField;
    if (!CSV_FIELDS.includes(name) || rest.length === 0)
      throw new UsageError(`--map: "${pair}" is not field=Column (fields: ${CSV_FIELDS.join(', ')}).`);
    mapping[name] = rest.join('=').trim();
  }
  return mapping;
}

export async function importFile(args: string[], io: CliIo): Promise<number> {
  const options = {
    map: { type: 'string' as const },
    'skip-bad-rows': { type: 'boolean' as const, default: false },
    ...dataDir,
    ...forceUnlock,
  };
  const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('import needs exactly one file name.');
  const skip = values['skip-bad-rows'];
  const file = path.resolve(positionals[0] as string);
  const csv = file.toLowerCase().endsWith('.csv');
  if (!csv && (values.map !== undefined || skip))
    throw new UsageError('--map and --skip-bad-rows go with a .csv file.');
  const text = (await readInput(file, 'text')) as string;
  let data: unknown;
  if (!csv) {
    try {
      data = JSON.parse(text);
    } catch {
      throw new AppError('invalid_input', `${file} is not valid JSON. Nothing was imported.`);
    }
  }
  const session = {
    dataDirFlag: values['data-dir'],
    writes: true,
    owner: 'recert import',
    forceUnlock: values['force-unlock'],
  };
  return withSession(io, session, async ({ call, dataDir: dir }) => {
    if (!csv) {
      const added = await call('data:import', { data });
      io.out(
        `Imported ${added.credentials} credentials, ${added.activities} activities, ${added.renewals} renewals and ${added.customTypes} custom types into ${dir}\n`,
      );
      return 0;
    }
    const mapping = values.map === undefined ? undefined : parseMapOption(values.map);
    const preview = await call('activities:previewCsv', { csv: text, ...(mapping ? { mapping } : {}) });
    const missing = Object.values(mapping ?? {}).filter((column) => !preview.headers.includes(column));
    if (missing.length > 0)
      throw new UsageError(
        `--map: no column named ${missing.map((c) => `"${c}"`).join(', ')} (columns: ${preview.headers.join(', ')}).`,
      );
    const bad = preview.rows.filter((r) => r.errors.length > 0);
    if (bad.length > 0 && !skip) {
      io.err(`recert: nothing was imported; ${bad.length} of ${preview.rows.length} rows have errors:\n`);
      for (const r of bad) io.err(`  row ${r.line}: ${r.errors.join('; ')}\n`);
      return 1;
    }
    const result = await call('activities:importCsv', {
      csv: text,
      mapping: preview.mapping,
      ...(skip ? { skipBadRows: true } : {}),
    });
    for (const r of result.skipped) io.err(`recert: skipped row ${r.line}: ${r.errors.join('; ')}\n`);
    io.out(`Imported ${result.imported} activities into ${dir}\n`);
    return 0;
  });
}
