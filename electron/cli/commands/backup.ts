/** `recert backup` and `recert restore`: through the same contract methods as the app. */
import { parseArgs } from 'node:util';
import { withSession, type CliIo } from '../session';
import { dataDir, forceUnlock, passphraseFrom, UsageError } from './options';

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
