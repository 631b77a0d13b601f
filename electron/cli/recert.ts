/**
 * The `recert` command line: a thin client of the same contract the app uses. Each command
 * (electron/cli/commands/, one file each) reads its arguments, calls the contract through a session
 * (electron/cli/session.ts) and prints the answer. Commands that only read open the data
 * read-only, without its lock, so they work while the app is open.
 */
import { localToday } from '../../shared/domain/calendar-date';
import { AppError } from '../../shared/errors';
import { REPORT_KIND_NAMES, REPORT_KINDS } from '../../shared/export-kinds';
import { APP_VERSION } from '../../shared/version';
import {
  backup,
  exportReport,
  importFile,
  plan,
  readCertificate,
  restore,
  saveOnly,
  status,
  UsageError,
} from './commands/index';
import type { CliIo } from './session';

export type { CliIo } from './session';
export { parseMapOption } from './commands/index';

export const USAGE = `recert ${APP_VERSION}: your fitness credentials and continuing education, from the command line.

Usage:
  recert status [--json] [--data-dir DIR] [--today YYYY-MM-DD]
      Your credentials, each with its renewal cycles and where you stand (as JSON with --json).
      Only reads, so it is safe while the app is open.
  recert plan [--credential <id, number or code>] [--with SUGGESTION]... [--json] [--today YYYY-MM-DD]
      What renews each certification, this cycle and the next two: what counts, what is
      missing and at what pace, the CPR/AED card each renewal needs, and ways to fill the rest.
      --with tries a suggestion (what-if): every verdict it changes is shown. Records nothing.
  recert export --credential <id or number> [--cycle YYYY-MM-DD] [--kind KIND] --out <file>
      A credential's cycle for renewal (the cycle in force unless --cycle names its start or
      deadline). KIND is one of:
${REPORT_KIND_NAMES.map((k) => `        ${k.padEnd(9)}${REPORT_KINDS[k].cli}${k === 'summary' ? ' (the default)' : ''}`).join('\n')}
      (--packet and --zip still work for --kind packet and --kind zip.) Only reads: safe while
      the app is open.
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
  recert import <activities.csv> [--map date=Date,title=Course,...] [--skip-bad-rows] [--data-dir DIR]
      Add past activities from a spreadsheet. Fields: date, title, provider, code, hours,
      amount, credential (its code, e.g. NASM-CPT, or its number), category. Without --map the
      columns are guessed from their headers. Every bad row is listed; all rows or none are imported,
      unless --skip-bad-rows imports the good ones and lists those it skipped.
  recert read-certificate <file> [--json] [--data-dir DIR]
      Read a certificate (PDF, PNG or JPEG) on this computer and print the entry Recert
      proposes: title, provider, date, hours and credits for your credentials, each marked when
      unsure. Records nothing; only reads, so it is safe while the app is open.
  recert --help
  recert --version

Options:
  --data-dir DIR       The data folder (default: $RECERT_DATA_DIR, else the app's own folder).
  --today YYYY-MM-DD   The date to evaluate against (default: today).
  --force-unlock       With import, backup or restore: use the data even though Recert on another
                       computer holds it (only when that computer is not running Recert).
`;

const defaultIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  env: process.env,
  today: () => localToday(),
};

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  status,
  export: exportReport,
  'export-data': (args, io) => saveOnly('export-data', args, io),
  calendar: (args, io) => saveOnly('calendar', args, io),
  backup,
  restore,
  import: importFile,
  'read-certificate': readCertificate,
  plan,
};

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
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`Unknown command "${command}".`);
    return await run(rest, io);
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
