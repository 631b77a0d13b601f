/**
 * The `recert` command line. Read-only commands (`status`) read the data dir without
 * taking its lock, so they work while the app is open; commands that write (added by
 * later issues) take the lock or refuse with a clear message.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatLongDate, isCalendarDate } from '../../shared/domain/calendar-date';
import { lowerFirst, statusText } from '../../shared/domain/labels';
import { CATALOG_VERSION } from '../../shared/domain/catalog/catalog';
import { formatAmount } from '../../shared/domain/quantity';
import { evaluateAll } from '../../shared/domain/rules/evaluate';
import type { CredentialEvaluation } from '../../shared/domain/rules/evaluation-types';
import { AppError } from '../../shared/errors';
import { APP_VERSION } from '../../shared/version';
import { resolveDataDir } from '../core/data-dir';
import type { Attachment } from '../../shared/schemas/entities';
import { createDispatcher } from '../core/dispatch';
import { checkCertificateFile, type FileIntegrity } from '../core/files/certificate-store';
import { handlers } from '../core/handlers/handler-table';
import { exportData, importData } from '../core/interchange';
import { createBackup, openBackup, restoreBackup, type BackupSummary } from '../core/backup/backup';
import { buildCalendar } from '../../shared/domain/calendar-ics';
import { exportPacket, exportSummary, exportZip, reportFor } from '../core/pdf/exports';
import { resolveFontDir } from '../core/pdf/fonts';
import {
  CSV_FIELDS,
  guessMapping,
  interpretCsv,
  readCsv,
  type CsvField,
  type CsvMapping,
} from '../../shared/domain/activity-csv';
import { CURRENT_SCHEMA_VERSION, emptyDocument } from '../core/store/document';
import { replaceFileDurably } from '../core/store/durable-write';
import { readDocumentReadOnly } from '../core/store/load';
import { Store } from '../core/store/store';

export const USAGE = `recert ${APP_VERSION}: your fitness credentials and continuing education, from the command line.

Usage:
  recert status [--json] [--data-dir DIR] [--today YYYY-MM-DD]
      Your credentials, each with its renewal cycles and where you stand (as JSON with --json).
      Only reads, so it is safe while the app is open.
  recert export --credential <id or number> [--cycle YYYY-MM-DD] [--packet | --zip] --out <file>
      The renewal summary of a credential's cycle as a PDF (the current cycle unless --cycle
      names its start or deadline); --packet adds every certificate after an index; --zip
      writes the original certificate files instead. Only reads: safe while the app is open.
  recert calendar --out <file.ics> [--data-dir DIR]
      Every renewal deadline and CPR/AED expiry as calendar events, with your reminders as alarms.
      Import the file again after changes: events are updated, not duplicated.
  recert backup --out <file> [--passphrase-env NAME] [--data-dir DIR]
      One file with your data, every certificate and a manifest of SHA-256s; encrypted
      (AES-256-GCM) with the passphrase in environment variable NAME when given.
  recert restore <file> [--test] [--passphrase-env NAME] [--data-dir DIR]
      Check the whole backup, keep a snapshot of your current data, then restore all of it
      (or nothing). --test only checks it. Needs the data folder to itself: close the app first.
  recert export-data <file.json> [--data-dir DIR]
      Write everything you entered to one JSON file (format: docs/data-format.md).
  recert import <file.json> [--data-dir DIR]
      Add the records of such a file to your data: all of them, or none if anything is wrong.
      Needs the data folder to itself: close the app first.
  recert import <activities.csv> [--map date=Date,title=Course,hours=Hours,...] [--data-dir DIR]
      Add past activities from a spreadsheet. Fields: date, title, provider, code, hours,
      amount, credential (its code, e.g. NASM-CPT, or its number), category. Without --map the
      columns are guessed from their headers. Every bad row is listed; all rows or none are imported.
  recert --help
  recert --version

Options:
  --data-dir DIR       The data folder (default: $RECERT_DATA_DIR, else the app's own folder).
  --today YYYY-MM-DD   The date to evaluate against (default: today).
`;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  today: () => string;
}

const defaultIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  env: process.env,
  today: () => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  },
};

class UsageError extends Error {}

/** Runs the CLI; returns the exit code (0 ok, 1 failed, 2 wrong usage). */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.out(`${APP_VERSION}\n`);
      return 0;
    }
    if (command === 'status') return await status(rest, io);
    if (command === 'export-data') return await exportCommand(rest, io);
    if (command === 'export') return await exportReportCommand(rest, io);
    if (command === 'calendar') return await calendarCommand(rest, io);
    if (command === 'backup') return await backupCommand(rest, io);
    if (command === 'restore') return await restoreCommand(rest, io);
    if (command === 'import') return await importCommand(rest, io);
    throw new UsageError(`Unknown command "${command}".`);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`recert: ${(error as Error).message}\nRun "recert --help" for the commands and options.\n`);
      return 2;
    }
    if (error instanceof AppError) {
      io.err(`recert: ${error.message}\n`);
      return 1;
    }
    io.err(`recert: unexpected failure: ${(error as Error).message ?? String(error)}\n`);
    return 1;
  }
}

async function status(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      json: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      today: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const today = values.today ?? io.today();
  if (!isCalendarDate(today)) throw new UsageError(`--today: "${today}" is not a real date. Use YYYY-MM-DD.`);
  const dataDir = resolveDataDir({ flag: values['data-dir'], env: io.env });
  const { doc: stored, warning } = await readDocumentReadOnly(dataDir);
  if (warning) io.err(`recert: warning: ${warning}\n`);
  const doc = stored ?? emptyDocument();
  const evaluations = evaluateAll({ ...doc, today });
  const byId = new Map(evaluations.map((e) => [e.credentialId, e]));
  const report = {
    dataDir,
    today,
    schemaVersion: stored?.schemaVersion ?? CURRENT_SCHEMA_VERSION,
    catalogVersion: CATALOG_VERSION,
    profile: doc.profile,
    credentials: doc.credentials.map((c) => ({ ...c, evaluation: byId.get(c.id) })),
    attachments: await withIntegrity(dataDir, doc.attachments),
  };
  if (values.json) {
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  io.out(`Recert data: ${dataDir} (today: ${formatLongDate(today)})\n`);
  io.out(`Holder: ${doc.profile.name || '(no name set)'}${doc.profile.email ? ` <${doc.profile.email}>` : ''}\n`);
  if (evaluations.length === 0) io.out('No credentials yet.\n');
  for (const e of evaluations) io.out(`${describe(e)}\n`);
  const broken = report.attachments.filter((a) => a.integrity !== 'ok');
  for (const a of broken)
    io.out(
      `! Certificate “${a.name}” is ${a.integrity === 'missing' ? 'missing from' : 'changed in'} the certificates folder.\n`,
    );
  return 0;
}

/** Each attachment with whether its file is still there and unchanged (never dropped when it is not). */
async function withIntegrity(dataDir: string, attachments: readonly Attachment[]) {
  const seen = new Map<string, FileIntegrity>();
  const out = [];
  for (const a of attachments) {
    if (!seen.has(a.sha256)) seen.set(a.sha256, await checkCertificateFile(dataDir, a.sha256, a.ext));
    out.push({ ...a, integrity: seen.get(a.sha256) as FileIntegrity });
  }
  return out;
}

/** One credential in a few lines, for people. */
function describe(e: CredentialEvaluation): string {
  const head = `- ${e.bodyCode} ${e.name}${e.number ? ` #${e.number}` : ''}`;
  if (e.card) return `${head}: valid until ${formatLongDate(e.card.validUntil)} (${e.card.status.replace('_', ' ')})`;
  if (e.cycles.length === 0) {
    const toward = e.countsToward.map((t) => `counts ${formatAmount(t.amount, 1)} toward ${t.code}`).join('; ');
    return `${head}: does not expire${toward ? `; ${toward}` : ''}`;
  }
  const c = e.currentIndex === null ? undefined : e.cycles[e.currentIndex];
  if (!c) return `${head}: no current cycle`;
  const amount = (v: number) => `${formatAmount(v, e.decimals)} ${e.unit}`;
  const lines = [
    `${head}: ${lowerFirst(statusText(c))}, ${amount(c.earned)} of ${amount(c.required)}, deadline ${formatLongDate(c.end)} (${c.daysLeft} days)`,
    ...c.warnings.map((w) => `    ! ${w}`),
  ];
  return lines.join('\n');
}

function fileArgument(args: string[], command: string) {
  const options = { 'data-dir': { type: 'string' as const }, map: { type: 'string' as const } };
  const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError(`${command} needs exactly one file name.`);
  return { file: path.resolve(positionals[0] as string), dataDirFlag: values['data-dir'], map: values.map };
}

/** `date=Date,title=Course` → a mapping; unknown fields are a usage error. */
export function parseMapOption(text: string): CsvMapping {
  const mapping: CsvMapping = {};
  for (const pair of text.split(',').filter((p) => p.trim() !== '')) {
    const [field, ...rest] = pair.split('=');
    const name = (field ?? '').trim() as CsvField;
    if (!CSV_FIELDS.includes(name) || rest.length === 0) {
      throw new UsageError(`--map: "${pair}" is not field=Column (fields: ${CSV_FIELDS.join(', ')}).`);
    }
    mapping[name] = rest.join('=').trim();
  }
  return mapping;
}

async function importCsvCommand(
  file: string,
  map: string | undefined,
  dataDirFlag: string | undefined,
  io: CliIo,
): Promise<number> {
  let csv: string;
  try {
    csv = await fs.readFile(file, 'utf8');
  } catch {
    throw new AppError('invalid_input', `No file at ${file}.`);
  }
  const table = readCsv(csv);
  const mapping = map === undefined ? guessMapping(table.headers) : parseMapOption(map);
  const unknown = CSV_FIELDS.filter((f) => mapping[f] !== undefined && !table.headers.includes(mapping[f] as string));
  if (unknown.length > 0) {
    throw new UsageError(
      `--map: no column named ${unknown.map((f) => `"${mapping[f]}"`).join(', ')} (columns: ${table.headers.join(', ')}).`,
    );
  }
  const dataDir = resolveDataDir({ flag: dataDirFlag, env: io.env });
  const store = await Store.open({ dataDir, owner: 'recert import' });
  try {
    const rows = interpretCsv(table, mapping, { ...store.data, today: io.today() });
    const bad = rows.filter((r) => !r.activity);
    if (bad.length > 0) {
      io.err(`recert: nothing was imported; ${bad.length} of ${rows.length} rows have errors:\n`);
      for (const r of bad) io.err(`  row ${r.line}: ${r.errors.join('; ')}\n`);
      return 1;
    }
    // The same handler the screens use, so the CLI and the app import alike.
    const dispatch = createDispatcher(handlers, { store, version: APP_VERSION, today: io.today });
    const result = await dispatch('activities:importCsv', { csv, mapping });
    if (!result.ok) throw new AppError(result.error.code, result.error.message);
    io.out(`Imported ${(result.value as { imported: number }).imported} activities into ${dataDir}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

function passphraseFrom(name: string | undefined, io: CliIo): string | undefined {
  if (name === undefined) return undefined;
  const value = io.env[name];
  if (!value) throw new UsageError(`--passphrase-env: the environment variable ${name} is not set.`);
  return value;
}

async function calendarCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, 'data-dir': { type: 'string' } },
    strict: true,
  });
  if (!values.out) throw new UsageError('calendar needs --out <file.ics>.');
  const dataDir = resolveDataDir({ flag: values['data-dir'], env: io.env });
  const { doc: stored, warning } = await readDocumentReadOnly(dataDir);
  if (warning) io.err(`recert: warning: ${warning}\n`);
  const doc = stored ?? emptyDocument();
  const ics = buildCalendar(evaluateAll({ ...doc, today: io.today() }), {
    thresholds: doc.settings.reminders.enabled ? doc.settings.reminders.thresholds : [],
    now: new Date().toISOString(),
  });
  const out = path.resolve(values.out);
  await replaceFileDurably(out, ics);
  io.out(`Wrote ${out}\n`);
  return 0;
}

async function backupCommand(args: string[], io: CliIo): Promise<number> {
  const options = {
    out: { type: 'string' as const },
    'passphrase-env': { type: 'string' as const },
    'data-dir': { type: 'string' as const },
  };
  const { values } = parseArgs({ args, options, strict: true });
  if (!values.out) throw new UsageError('backup needs --out <file>.');
  const passphrase = passphraseFrom(values['passphrase-env'], io);
  if (passphrase !== undefined && passphrase.length < 8)
    throw new UsageError('The passphrase must have at least 8 characters.');
  const dataDir = resolveDataDir({ flag: values['data-dir'], env: io.env });
  // A backup must be consistent: it takes the folder's lock, like the app does while it writes.
  const store = await Store.open({ dataDir, owner: 'recert backup' });
  try {
    const bytes = await createBackup(store, passphrase);
    const out = path.resolve(values.out);
    await replaceFileDurably(out, bytes);
    io.out(`Wrote ${out} (${passphrase ? 'encrypted' : 'not encrypted'})\n`);
    return 0;
  } finally {
    await store.close();
  }
}

async function restoreCommand(args: string[], io: CliIo): Promise<number> {
  const options = {
    test: { type: 'boolean' as const, default: false },
    'passphrase-env': { type: 'string' as const },
    'data-dir': { type: 'string' as const },
  };
  const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('restore needs exactly one backup file.');
  const file = path.resolve(positionals[0] as string);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch {
    throw new AppError('invalid_input', `No file at ${file}.`);
  }
  const passphrase = passphraseFrom(values['passphrase-env'], io);
  const describeSummary = (s: BackupSummary) =>
    `backup of ${s.createdAt} (Recert ${s.appVersion}${s.encrypted ? ', encrypted' : ''}): ${s.credentials} credentials, ${s.activities} activities, ${s.certificates} certificates`;
  if (values.test) {
    io.out(`OK: ${describeSummary(openBackup(bytes, passphrase, io.today()).summary)}\n`);
    return 0;
  }
  const dataDir = resolveDataDir({ flag: values['data-dir'], env: io.env });
  const store = await Store.open({ dataDir, owner: 'recert restore' });
  try {
    const summary = await restoreBackup(store, bytes, passphrase, io.today());
    io.out(
      `Restored the ${describeSummary(summary)} into ${dataDir}. Your previous data was kept as a snapshot in backups/.\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

async function exportReportCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      credential: { type: 'string' },
      cycle: { type: 'string' },
      packet: { type: 'boolean', default: false },
      zip: { type: 'boolean', default: false },
      out: { type: 'string' },
      'data-dir': { type: 'string' },
      today: { type: 'string' },
    },
    strict: true,
  });
  if (!values.credential) throw new UsageError('export needs --credential <id or number>.');
  if (!values.out) throw new UsageError('export needs --out <file>.');
  if (values.packet && values.zip) throw new UsageError('Choose --packet or --zip, not both.');
  if (values.cycle !== undefined && !isCalendarDate(values.cycle))
    throw new UsageError(`--cycle: "${values.cycle}" is not a real date. Use YYYY-MM-DD.`);
  const today = values.today ?? io.today();
  if (!isCalendarDate(today)) throw new UsageError(`--today: "${today}" is not a real date. Use YYYY-MM-DD.`);
  const dataDir = resolveDataDir({ flag: values['data-dir'], env: io.env });
  const { doc, warning } = await readDocumentReadOnly(dataDir);
  if (warning) io.err(`recert: warning: ${warning}\n`);
  const ctx = {
    doc: doc ?? emptyDocument(),
    dataDir,
    today,
    now: new Date(),
    fontDir: resolveFontDir(),
    appVersion: APP_VERSION,
  };
  const report = reportFor({ credential: values.credential, ...(values.cycle ? { cycle: values.cycle } : {}) }, ctx);
  const out = path.resolve(values.out);
  if (values.zip) {
    await replaceFileDurably(out, await exportZip(report, ctx));
  } else if (values.packet) {
    const packet = await exportPacket(report, ctx);
    await replaceFileDurably(out, packet.bytes);
    for (const p of packet.problems) io.err(`recert: ${p.ref} “${p.name}” was listed but not merged: ${p.problem}\n`);
  } else {
    await replaceFileDurably(out, await exportSummary(report, ctx));
  }
  io.out(`Wrote ${out}\n`);
  return 0;
}

async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { file, dataDirFlag, map } = fileArgument(args, 'export-data');
  if (map !== undefined) throw new UsageError('--map goes with importing a .csv file.');
  const dataDir = resolveDataDir({ flag: dataDirFlag, env: io.env });
  const { doc, warning } = await readDocumentReadOnly(dataDir);
  if (warning) io.err(`recert: warning: ${warning}\n`);
  const data = exportData(doc ?? emptyDocument(), new Date());
  await replaceFileDurably(file, `${JSON.stringify(data, null, 2)}\n`);
  io.out(
    `Exported ${data.credentials.length} credentials, ${data.activities.length} activities and ${data.renewals.length} renewals to ${file}\n`,
  );
  return 0;
}

async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { file, dataDirFlag, map } = fileArgument(args, 'import');
  if (file.toLowerCase().endsWith('.csv')) return importCsvCommand(file, map, dataDirFlag, io);
  if (map !== undefined) throw new UsageError('--map goes with a .csv file.');
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError(
      'invalid_input',
      code === 'ENOENT' ? `No file at ${file}.` : `${file} is not valid JSON. Nothing was imported.`,
    );
  }
  const dataDir = resolveDataDir({ flag: dataDirFlag, env: io.env });
  const store = await Store.open({ dataDir, owner: 'recert import' });
  try {
    const added = await importData(store, raw, io.today());
    io.out(
      `Imported ${added.credentials} credentials, ${added.activities} activities, ${added.renewals} renewals and ${added.customTypes} custom types into ${dataDir}\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
