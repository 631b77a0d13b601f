/**
 * The CLI's commands. Each one: read its arguments, call the contract through a session,
 * print the answer. No rule, export or file format lives here.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CSV_FIELDS, type CsvField, type CsvMapping } from '../../shared/schemas/csv-fields';
import { formatLongDate, isCalendarDate } from '../../shared/domain/calendar-date';
import { AppError } from '../../shared/errors';
import { describeCredential } from './describe';
import { withSession, type CliIo } from './session';

export class UsageError extends Error {}

const dataDir = { 'data-dir': { type: 'string' as const } };
/** For commands that change data: take a lock another computer holds, when the user says so. */
const forceUnlock = { 'force-unlock': { type: 'boolean' as const, default: false } };

function todayOption(value: string | undefined, io: CliIo): string {
  const today = value ?? io.today();
  if (!isCalendarDate(today)) throw new UsageError(`--today: "${today}" is not a real date. Use YYYY-MM-DD.`);
  return today;
}

async function readInput(file: string, what: 'text' | 'bytes'): Promise<string | Uint8Array> {
  try {
    return what === 'text' ? await fs.readFile(file, 'utf8') : new Uint8Array(await fs.readFile(file));
  } catch {
    throw new AppError('invalid_input', `No file at ${file}.`);
  }
}

export async function status(args: string[], io: CliIo): Promise<number> {
  const options = {
    json: { type: 'boolean' as const, default: false },
    today: { type: 'string' as const },
    ...dataDir,
  };
  const { values } = parseArgs({ args, options, strict: true });
  const today = todayOption(values.today, io);
  return withSession(io, { dataDirFlag: values['data-dir'], writes: false, today }, async ({ call }) => {
    const app = await call('app:status', {});
    const profile = await call('profile:get', {});
    const credentials = await call('credentials:list', {});
    const { catalogVersion, evaluations } = await call('credentials:evaluate', {});
    const problems = new Map((await call('attachments:check', {})).problems.map((p) => [p.attachmentId, p.status]));
    const attachments = (await call('attachments:list', {})).map((a) => ({
      ...a,
      integrity: problems.get(a.id) ?? 'ok',
    }));
    if (values.json) {
      const byId = new Map(evaluations.map((e) => [e.credentialId, e]));
      const report = {
        dataDir: app.dataDir,
        today,
        schemaVersion: app.schemaVersion,
        catalogVersion,
        profile,
        credentials: credentials.map((c) => ({ ...c, evaluation: byId.get(c.id) })),
        attachments,
      };
      io.out(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    }
    io.out(`Recert data: ${app.dataDir} (today: ${formatLongDate(today)})\n`);
    io.out(`Holder: ${profile.name || '(no name set)'}${profile.email ? ` <${profile.email}>` : ''}\n`);
    if (evaluations.length === 0) io.out('No credentials yet.\n');
    for (const e of evaluations) io.out(`${describeCredential(e)}\n`);
    for (const a of attachments.filter((x) => x.integrity !== 'ok'))
      io.out(
        `! Certificate “${a.name}” is ${a.integrity === 'missing' ? 'missing from' : 'changed in'} the certificates folder.\n`,
      );
    return 0;
  });
}

export async function exportReport(args: string[], io: CliIo): Promise<number> {
  const options = {
    credential: { type: 'string' as const },
    cycle: { type: 'string' as const },
    packet: { type: 'boolean' as const, default: false },
    zip: { type: 'boolean' as const, default: false },
    out: { type: 'string' as const },
    today: { type: 'string' as const },
    ...dataDir,
  };
  const { values } = parseArgs({ args, options, strict: true });
  if (!values.credential) throw new UsageError('export needs --credential <id or number>.');
  if (!values.out) throw new UsageError('export needs --out <file>.');
  if (values.packet && values.zip) throw new UsageError('Choose --packet or --zip, not both.');
  if (values.cycle !== undefined && !isCalendarDate(values.cycle))
    throw new UsageError(`--cycle: "${values.cycle}" is not a real date. Use YYYY-MM-DD.`);
  const today = todayOption(values.today, io);
  const kind = values.packet ? 'packet' : values.zip ? 'zip' : 'summary';
  const session = { dataDirFlag: values['data-dir'], writes: false, today, out: values.out };
  return withSession(io, session, async ({ call }) => {
    const input = { credentialId: values.credential, kind, ...(values.cycle ? { cycle: values.cycle } : {}) };
    const result = await call('reports:export', input);
    for (const p of result.problems) io.err(`recert: ${p.ref} “${p.name}” was listed but not merged: ${p.problem}\n`);
    io.out(`Wrote ${result.savedTo}\n`);
    return 0;
  });
}

/** Commands that only save a file the core makes: `calendar`, `export-data`. */
export async function saveOnly(command: 'calendar' | 'export-data', args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { out: { type: 'string' }, ...dataDir, map: { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  if (values.map !== undefined) throw new UsageError('--map goes with importing a .csv file.');
  const out = values.out ?? (command === 'export-data' ? positionals[0] : undefined);
  if (!out || positionals.length > (command === 'export-data' && !values.out ? 1 : 0))
    throw new UsageError(
      command === 'calendar' ? 'calendar needs --out <file.ics>.' : 'export-data needs exactly one file name.',
    );
  return withSession(io, { dataDirFlag: values['data-dir'], writes: false, out }, async ({ call }) => {
    if (command === 'calendar') {
      io.out(`Wrote ${(await call('calendar:export', {})).savedTo}\n`);
      return 0;
    }
    const d = await call('data:export', {});
    io.out(
      `Exported ${d.credentials} credentials, ${d.activities} activities and ${d.renewals} renewals to ${d.savedTo}\n`,
    );
    return 0;
  });
}

function passphraseFrom(name: string | undefined, io: CliIo): string | undefined {
  if (name === undefined) return undefined;
  const value = io.env[name];
  if (!value) throw new UsageError(`--passphrase-env: the environment variable ${name} is not set.`);
  return value;
}

export async function backup(args: string[], io: CliIo): Promise<number> {
  const options = {
    out: { type: 'string' as const },
    'passphrase-env': { type: 'string' as const },
    ...dataDir,
    ...forceUnlock,
  };
  const { values } = parseArgs({ args, options, strict: true });
  if (!values.out) throw new UsageError('backup needs --out <file>.');
  const passphrase = passphraseFrom(values['passphrase-env'], io);
  // A backup must be consistent: it takes the folder's lock, like the app does while it writes.
  const session = {
    dataDirFlag: values['data-dir'],
    writes: true,
    owner: 'recert backup',
    out: values.out,
    forceUnlock: values['force-unlock'],
  };
  return withSession(io, session, async ({ call }) => {
    const saved = await call('backup:create', passphrase === undefined ? {} : { passphrase });
    io.out(`Wrote ${saved.savedTo} (${passphrase ? 'encrypted' : 'not encrypted'})\n`);
    return 0;
  });
}

export async function restore(args: string[], io: CliIo): Promise<number> {
  const options = {
    test: { type: 'boolean' as const, default: false },
    'passphrase-env': { type: 'string' as const },
    ...dataDir,
    ...forceUnlock,
  };
  const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('restore needs exactly one backup file.');
  const passphrase = passphraseFrom(values['passphrase-env'], io);
  const session = {
    dataDirFlag: values['data-dir'],
    writes: !values.test,
    owner: 'recert restore',
    forceUnlock: values['force-unlock'],
    chosen: positionals[0],
  };
  return withSession(io, session, async ({ call, dataDir: dir }) => {
    // The same two steps as the desktop app: the file is chosen (here, named), then read by the core.
    const chosen = await call('backup:choose', {});
    if ('cancelled' in chosen) throw new UsageError('restore needs exactly one backup file.');
    const input = { fileId: chosen.fileId, ...(passphrase ? { passphrase } : {}) };
    const s = await call(values.test ? 'backup:test' : 'backup:restore', input);
    const what = `backup of ${s.createdAt} (Recert ${s.appVersion}${s.encrypted ? ', encrypted' : ''}): ${s.credentials} credentials, ${s.activities} activities, ${s.certificates} certificates`;
    io.out(
      values.test
        ? `OK: ${what}\n`
        : `Restored the ${what} into ${dir}. Your previous data was kept as a snapshot in backups/.\n`,
    );
    return 0;
  });
}

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
