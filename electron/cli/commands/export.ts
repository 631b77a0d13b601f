/** `recert export`, `recert calendar`, `recert export-data`: files the core makes, written to --out. */
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../../../shared/domain/calendar-date';
import { REPORT_KIND_NAMES, REPORT_KINDS, type ReportKind } from '../../../shared/export-kinds';
import { withSession, type CliIo } from '../session';

const isReportKind = (k: string): k is ReportKind => k in REPORT_KINDS;
import { dataDir, todayOption, UsageError } from './options';

export async function exportReport(args: string[], io: CliIo): Promise<number> {
  const options = {
    credential: { type: 'string' as const },
    cycle: { type: 'string' as const },
    kind: { type: 'string' as const },
    /** Kept as aliases of --kind packet and --kind zip. */
    packet: { type: 'boolean' as const, default: false },
    zip: { type: 'boolean' as const, default: false },
    out: { type: 'string' as const },
    today: { type: 'string' as const },
    ...dataDir,
  };
  const { values } = parseArgs({ args, options, strict: true });
  if (!values.credential) throw new UsageError('export needs --credential <id or number>.');
  if (!values.out) throw new UsageError('export needs --out <file>.');
  const asked = [values.kind, values.packet ? 'packet' : undefined, values.zip ? 'zip' : undefined].filter(
    (k): k is string => k !== undefined,
  );
  if (new Set(asked).size > 1) throw new UsageError(`Choose one kind of export, not ${asked.join(' and ')}.`);
  const kind = asked[0] ?? 'summary';
  if (!isReportKind(kind)) throw new UsageError(`--kind: "${kind}" is not one of ${REPORT_KIND_NAMES.join(', ')}.`);
  if (values.cycle !== undefined && !isCalendarDate(values.cycle))
    throw new UsageError(`--cycle: "${values.cycle}" is not a real date. Use YYYY-MM-DD.`);
  const today = todayOption(values.today, io);
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
