/**
 * The store: one lowdb document per data dir, owned by one process, written durably.
 * Opening it checks the file, recovers from a damaged one (moving it to `corrupt/` and
 * telling the user), migrates an older one (after a snapshot), and refuses a newer one.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { AppError } from '../../../shared/errors';
import { emptyDocument, serializeDocument, type RecertDocument } from './document';
import { removeStaleTempFiles, replaceFileDurably } from './durable-write';
import {
  BAK_FILE,
  DB_FILE,
  findRestorableCopy,
  readDocumentReadOnly,
  rebuildFromBak,
  readPrimary,
  type LoadedCopy,
} from './load';
import { acquireLock, type DataDirLock } from './lock';
import type { Migration } from './migrations';
import { backupsDir, fileStamp, writeSnapshot } from './snapshots';
import { diffDocuments, isEmptyChange } from './change';
import { baseOf, JOURNAL_FILE, JournalWriter } from './journal';
import { diskCause, diskFailure } from '../disk-words';
import { keepInCorrupt, recoveryNotice, takeJournal, type TakenJournal } from './recover';
import { stampChecked } from './checked-stamp';
import { checkDataDirShape } from './dir-shape';
import { checkWrite } from './write-gate';

export interface OpenStoreOptions {
  dataDir: string;
  /** Who holds the lock, in words for the message another process will see. */
  owner: string;
  /** The clock; tests inject a fixed one. */
  now?: () => Date;
  /** Take a lock that another computer holds (the user said so). */
  forceUnlock?: boolean;
  /** Migrations to use instead of the app's (tests). */
  migrations?: Readonly<Record<number, Migration>>;
  /** How large the journal may grow before the document is written whole (tests; see `journalLimit`). */
  journalLimitBytes?: number;
}

/** The journal is folded into db.json once it passes an eighth of the document's size (at least 256 KB). */
function journalLimit(documentBytes: number): number {
  return Math.max(256 * 1024, Math.floor(documentBytes / 8));
}

/** lowdb adapter that writes the whole document through `replaceFileDurably`, keeping the previous version as `.bak`. */
class DurableJsonAdapter implements Adapter<RecertDocument> {
  /** The journal id and size of db.json as last written or read (0 bytes: there is none yet). */
  written = { base: () => '', bytes: 0 };
  constructor(private readonly file: string) {}
  async read(): Promise<RecertDocument | null> {
    // The store reads (and recovers) the file itself before lowdb is used.
    return null;
  }
  async write(doc: RecertDocument, beforeCommit?: () => Promise<void>): Promise<void> {
    const text = serializeDocument(doc);
    await replaceFileDurably(this.file, text, {
      previousTo: path.join(path.dirname(this.file), BAK_FILE),
      ...(beforeCommit ? { beforeCommit } : {}),
    });
    const base = baseOf(text);
    this.written = { base: () => base, bytes: text.length };
    // Every write passed the write gate: the next open may trust this exact file.
    await stampChecked(this.file);
  }
}

/** What a close that could not fold the journal says: nothing is lost, and when it will be applied. */
function unfoldedWords(error: unknown, dataDir: string): string {
  return (
    `Recert could not write its data file whole as it closed (${diskCause(error)}). ` +
    `Nothing was lost: your recent changes are kept in ${path.join(dataDir, JOURNAL_FILE)} ` +
    'and will be applied the next time Recert opens this folder.'
  );
}

export class Store {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    readonly dataDir: string,
    private readonly db: Low<RecertDocument>,
    /** Null for a read-only store, which takes no lock and refuses every change. */
    private readonly lock: DataDirLock | null,
    readonly now: () => Date,
    /** Changes since db.json was last written whole; null for a read-only store. */
    private readonly journal: JournalWriter | null = null,
    private readonly journalLimitBytes?: number,
  ) {}

  /** The durable writer behind lowdb, called directly when a write has work to wait for. */
  private get adapter(): DurableJsonAdapter {
    return this.db.adapter as DurableJsonAdapter;
  }

  /**
   * The same data, clock and paths without the lock: for commands that only read, so they
   * work while the app is open. The file (or, when it is damaged, its newest valid copy) is
   * read as it is and never repaired; every change is refused with a clear message.
   */
  static async openReadOnly(options: Omit<OpenStoreOptions, 'owner' | 'migrations'>): Promise<{
    store: Store;
    warning?: string;
  }> {
    // The same refusals as a start that writes: a link in place of db.json is never followed.
    await checkDataDirShape(options.dataDir);
    const { doc, warning } = await readDocumentReadOnly(options.dataDir);
    const db = new Low<RecertDocument>(new DurableJsonAdapter(path.join(options.dataDir, DB_FILE)), emptyDocument());
    db.data = doc ?? emptyDocument();
    const store = new Store(options.dataDir, db, null, options.now ?? (() => new Date()));
    return warning === undefined ? { store } : { store, warning };
  }

  /** True for a store opened with `openReadOnly`. */
  get readOnly(): boolean {
    return this.lock === null;
  }

  /** Opens (and, when needed, repairs) the store in `dataDir`. Throws `locked` or a future-version error. */
  static async open(options: OpenStoreOptions): Promise<Store> {
    const now = options.now ?? (() => new Date());
    await fs.mkdir(options.dataDir, { recursive: true, mode: 0o700 });
    await checkDataDirShape(options.dataDir);
    const lock = await acquireLock(options.dataDir, options.owner, now(), { force: options.forceUnlock === true });
    try {
      // Temp files a crash left behind in the data dir: never data (the certificates folder is
      // openDataDir's, ../open-data-dir.ts).
      await removeStaleTempFiles(options.dataDir);
      const db = new Low<RecertDocument>(new DurableJsonAdapter(path.join(options.dataDir, DB_FILE)), emptyDocument());
      const journal = new JournalWriter(options.dataDir, () => '');
      const store = new Store(options.dataDir, db, lock, now, journal, options.journalLimitBytes);
      await store.load(options.migrations);
      return store;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** The current document. Treat it as read-only: change it through `mutate`. */
  get data(): Readonly<RecertDocument> {
    return this.db.data;
  }

  /**
   * Computes the next document from the current one and writes it. Calls run one at a
   * time. If `change` throws, or the write fails, nothing changes (on disk or in memory).
   */
  mutate<T>(
    change: (doc: RecertDocument) => { doc: RecertDocument; result: T },
    options: {
      /**
       * Work that must be durable before the change is (a certificate file the new record names):
       * it runs before the change's journal line is appended (or, when the document is written
       * whole, while the new document waits on disk beside db.json); if it fails, nothing changes.
       */
      beforeCommit?: () => Promise<void>;
    } = {},
  ): Promise<T> {
    return this.enqueue(async () => {
      if (this.closed) throw new AppError('storage_failed', 'Recert is closing; your change was not saved. Try again.');
      if (this.readOnly)
        throw new AppError(
          'forbidden',
          'This command only reads your data, so it changed nothing. Use a command that changes data (or the app) for that.',
        );
      const previous = this.db.data;
      const { doc, result } = change(previous);
      checkWrite(previous, doc);
      this.db.data = doc;
      try {
        await this.save(previous, doc, options.beforeCommit);
      } catch (error) {
        this.db.data = previous;
        if (error instanceof AppError) throw error;
        throw (
          diskFailure(error, this.dataDir) ??
          new AppError(
            'storage_failed',
            `Recert could not save your change (${(error as NodeJS.ErrnoException).code ?? 'write error'}). ` +
              'Nothing was changed. Check that the disk has free space and that the data folder is writable, then try again.',
          )
        );
      }
      return result;
    });
  }

  /** Runs `work` after every write queued before it; writes run one at a time. */
  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Saves `doc`, which follows `previous`: as one line appended to the journal when the change
   * can be said as one and the journal is not too long yet, else as the whole document.
   */
  private async save(previous: RecertDocument, doc: RecertDocument, beforeCommit?: () => Promise<void>): Promise<void> {
    const journal = this.journal as JournalWriter;
    // No db.json yet (a first run): the first change writes it, so a journal always has a file to follow.
    const change = journal.broken || this.adapter.written.bytes === 0 ? null : diffDocuments(previous, doc);
    if (change !== null) {
      const line = isEmptyChange(change) ? '' : journal.lineFor(change);
      const limit = this.journalLimitBytes ?? journalLimit(this.adapter.written.bytes);
      if (journal.bytes + line.length <= limit) {
        await beforeCommit?.();
        if (line !== '') await journal.append(line);
        return;
      }
      // Folding: the change goes into the journal too, so the journal kept beside db.json.bak
      // (db.journal.bak) rebuilds the new db.json exactly, this change included.
      if (line !== '') {
        await beforeCommit?.();
        await journal.append(line);
        await this.writeWhole(doc, undefined, true);
        return;
      }
    }
    if (change === null && journal.bytes > 0 && !journal.broken) {
      // A change the journal cannot say (a list reordered): first the journal is folded into the
      // document before it (exact, so it is kept beside .bak), so that damage to db.json later
      // can cost this one change at most, never the journalled ones before it.
      await this.writeWhole(previous, undefined, true);
    }
    // No kept journal claims to rebuild this file unless it is the previous one unchanged.
    await this.writeWhole(doc, beforeCommit, change !== null);
  }

  /**
   * Writes the whole document to db.json; the journal, folded into it, starts over. `exact`: the
   * document is db.json's previous version with the journal applied, so the journal is kept
   * beside db.json.bak to rebuild it; otherwise no kept journal claims to.
   */
  private async writeWhole(doc: RecertDocument, beforeCommit?: () => Promise<void>, exact = false): Promise<void> {
    await this.adapter.write(doc, beforeCommit);
    await this.journal?.restart(this.adapter.written.base, exact);
  }

  /** Folds the journal into db.json now (the whole document written), after pending writes. */
  flush(): Promise<void> {
    return this.enqueue(() => this.foldJournal());
  }

  /** Writes db.json whole when the journal holds changes. */
  private async foldJournal(): Promise<void> {
    if (this.journal && this.journal.bytes > 0) await this.writeWhole(this.db.data, undefined, true);
  }

  /**
   * Waits for pending writes, folds the journal into db.json (so the file is whole while Recert
   * is closed), then releases the data dir. Returns what the user should be told when the fold
   * failed (a full disk): the journal is kept, and the next start applies it; null otherwise.
   */
  async close(): Promise<string | null> {
    await this.queue;
    this.closed = true;
    const failed = await this.foldJournal().then(
      () => null,
      (error: unknown) => unfoldedWords(error, this.dataDir),
    );
    await this.journal?.close();
    await this.lock?.release();
    return failed;
  }

  private async load(migrations?: Readonly<Record<number, Migration>>): Promise<void> {
    const primary = await readPrimary(this.dataDir, migrations);
    if (primary.kind === 'ok') {
      const journal = await takeJournal(this.dataDir, primary.copy, this.now());
      await this.adopt(primary.copy, journal);
      await this.dailySnapshot(journal.folded ? serializeDocument(this.db.data) : primary.copy.text);
      return;
    }
    let damaged: { reason: string; keptAt: string } | undefined;
    if (primary.kind === 'bad') {
      const keptAt = await keepInCorrupt(this.dataDir, path.join(this.dataDir, DB_FILE), '.json', this.now());
      damaged = { reason: primary.reason, keptAt };
    }
    const found = await findRestorableCopy(this.dataDir, migrations);
    // db.json.bak and the journal kept beside it rebuild db.json as it was last written whole.
    const rebuilt = found ? await rebuildFromBak(this.dataDir, found) : null;
    const restorable = rebuilt ?? found;
    // The journal may follow the copy restored (db.json was written whole just before it was
    // damaged, or it follows the rebuilt db.json: a run that crashed after it was written).
    const journal = await takeJournal(this.dataDir, restorable, this.now());
    if (!restorable && !damaged) return; // First run: an empty document, written on the first change.
    const notices = [
      recoveryNotice(damaged, restorable, this.now(), rebuilt !== null && !journal.notice),
      ...(journal.notice ? [journal.notice] : []),
    ];
    const base = journal.doc ?? emptyDocument();
    this.db.data = { ...base, settings: { ...base.settings, notices: [...base.settings.notices, ...notices] } };
    await this.writeWhole(this.db.data);
  }

  /** Uses a good copy and the journal that follows it; one of an older format is snapshotted, then saved in the current one. */
  private async adopt(copy: LoadedCopy, journal: TakenJournal): Promise<void> {
    const doc = journal.doc ?? copy.doc;
    this.db.data = journal.notice
      ? { ...doc, settings: { ...doc.settings, notices: [...doc.settings.notices, journal.notice] } }
      : doc;
    this.adapter.written = { base: copy.base, bytes: copy.text.length };
    if (this.journal) this.journal.base = copy.base;
    if (copy.version !== copy.doc.schemaVersion) {
      await writeSnapshot(this.dataDir, copy.text, `pre-migration-v${copy.version}`, this.now());
      await this.writeWhole(this.db.data);
    } else if (journal.folded) {
      // Changes a crash left in the journal: into db.json now, the journal kept beside .bak (it
      // rebuilds the new file exactly); a notice about them is then saved as a change of its own,
      // so damage to db.json before the next fold still costs nothing.
      await this.writeWhole(doc, undefined, true);
      if (this.db.data !== doc) await this.save(doc, this.db.data);
    } else if (!copy.trusted) {
      // Validated in full: the next open may trust this exact file.
      await stampChecked(copy.file);
    }
  }

  /** One rotating snapshot per day the app is opened. */
  private async dailySnapshot(text: string): Promise<void> {
    const today = fileStamp(this.now()).slice(0, 10);
    const names = await fs.readdir(backupsDir(this.dataDir)).catch(() => [] as string[]);
    if (names.some((n) => n.startsWith(`snapshot-${today}`))) return;
    await writeSnapshot(this.dataDir, text, 'snapshot', this.now());
  }
}
