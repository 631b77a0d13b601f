/**
 * The `recert` command line. Read-only commands (`status`) read the data dir without
 * taking its lock, so they work while the app is open; commands that write (added by
 * later issues) take the lock or refuse with a clear message.
 */
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../../shared/domain/calendar-date';
import { AppError } from '../../shared/errors';
import { APP_VERSION } from '../../shared/version';
import { resolveDataDir } from '../core/data-dir';
import { CURRENT_SCHEMA_VERSION } from '../core/store/document';
import { readDocumentReadOnly } from '../core/store/load';

export const USAGE = `recert ${APP_VERSION}: your fitness credentials and continuing education, from the command line.

Usage:
  recert status [--json] [--data-dir DIR] [--today YYYY-MM-DD]
      Print your profile and credentials (as JSON with --json). Safe while the app is open.
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
  const { doc, warning } = await readDocumentReadOnly(dataDir);
  if (warning) io.err(`recert: warning: ${warning}\n`);
  const report = {
    dataDir,
    today,
    schemaVersion: doc?.schemaVersion ?? CURRENT_SCHEMA_VERSION,
    profile: doc?.profile ?? { name: '', email: '' },
    credentials: doc?.credentials ?? [],
  };
  if (values.json) {
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  io.out(`Recert data: ${dataDir}\n`);
  io.out(
    `Holder: ${report.profile.name || '(no name set)'}${report.profile.email ? ` <${report.profile.email}>` : ''}\n`,
  );
  if (report.credentials.length === 0) io.out('No credentials yet.\n');
  for (const c of report.credentials) {
    io.out(
      `- ${c.name} (${c.body})${c.number ? ` #${c.number}` : ''}: issued ${c.issuedOn}, ${c.expiresOn ? `expires ${c.expiresOn}` : 'does not expire'}\n`,
    );
  }
  return 0;
}
