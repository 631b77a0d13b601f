/**
 * A CLI command's connection to the core: the data dir's store (read-only unless the command
 * changes data), the same dispatcher and handler table the app uses, and a `saveFile` that
 * writes an export where `--out` says. The CLI never calls the core's functions directly.
 */
import path from 'node:path';
import type { Method, MethodOutput } from '../../shared/contract';
import { diskFailure } from '../core/disk-words';
import { AppError } from '../../shared/errors';
import { APP_VERSION } from '../../shared/version';
import { resolveDataDir } from '../core/data-dir';
import { createDispatcher } from '../core/dispatch';
import { handlers } from '../core/handlers/handler-table';
import { writeParts, type FileParts } from '../core/files/file-parts';
import { shutdown } from '../core/shutdown';
import { openDataDir } from '../core/open-data-dir';
import { Store } from '../core/store/store';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  today: () => string;
}

export interface SessionOptions {
  dataDirFlag: string | undefined;
  /** Commands that change data take the data dir's lock; the others read without it. */
  writes: boolean;
  /** Who holds the lock, for another process's message ("recert import"). */
  owner?: string;
  /** Take a lock another computer holds (`--force-unlock`). */
  forceUnlock?: boolean;
  today?: string;
  /** Where an export is written. */
  out?: string;
  /** The file the command was given (what the app's open dialog would answer). */
  chosen?: string;
}

export interface Session {
  dataDir: string;
  call: <M extends Method>(method: M, input: unknown) => Promise<MethodOutput<M>>;
}

/** Opens the store, runs `work` with a dispatcher over it, and always closes the store. */
export async function withSession<T>(io: CliIo, options: SessionOptions, work: (s: Session) => Promise<T>): Promise<T> {
  try {
    return await session(io, options, work);
  } catch (error) {
    // A full disk or a folder Recert may not use: said in words (exit 1), never Node's message.
    throw diskFailure(error, resolveDataDir({ flag: options.dataDirFlag, env: io.env })) ?? error;
  }
}

async function session<T>(io: CliIo, options: SessionOptions, work: (s: Session) => Promise<T>): Promise<T> {
  const dataDir = resolveDataDir({ flag: options.dataDirFlag, env: io.env });
  let store: Store;
  if (options.writes) {
    store = await openDataDir({
      dataDir,
      owner: options.owner ?? 'recert',
      ...(options.forceUnlock ? { forceUnlock: true } : {}),
    });
  } else {
    const opened = await Store.openReadOnly({ dataDir });
    if (opened.warning) io.err(`recert: warning: ${opened.warning}\n`);
    store = opened.store;
  }
  const out = options.out === undefined ? undefined : path.resolve(options.out);
  const dispatch = createDispatcher(
    handlers,
    {
      store,
      version: APP_VERSION,
      today: () => options.today ?? io.today(),
      ...(options.chosen ? { chooseFile: async () => path.resolve(options.chosen as string) } : {}),
      ...(out
        ? {
            saveFile: async (_name: string, content: Uint8Array | FileParts) => {
              await writeParts(out, content);
              return out;
            },
          }
        : {}),
    },
    () => undefined,
  );
  try {
    return await work({
      dataDir,
      call: async (method, input) => {
        const result = await dispatch(method, input);
        if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.field);
        return result.value as never;
      },
    });
  } finally {
    await shutdown();
    // A close that could not fold the journal (a full disk) loses nothing, and says so.
    const unfolded = await store.close();
    if (unfolded) io.err(`recert: warning: ${unfolded}\n`);
  }
}
