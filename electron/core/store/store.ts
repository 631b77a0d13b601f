/**
 * The store: one lowdb document per data dir, owned by one process, written durably.
 * Opening it checks the file, recovers from a damaged one (moving it to `corrupt/` and
 * telling the user), migrates an older one (after a snapshot), and refuses a newer one.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { AppError } from '../../../shared/errors';
import type { Notice } from '../../../shared/schemas/entities';
import { certificatesDir, emptyCertificateTrash } from '../files/certificate-store';
import { emptyDocument, serializeDocument, type RecertDocument } from './document';
import { removeStaleTempFiles, replaceFileDurably } from './durable-write';
import { BAK_FILE, DB_FILE, findRestorableCopy, readDocumentReadOnly, readPrimary, type LoadedCopy } from './load';
import { acquireLock, type DataDirLock } from './lock';
import type { Migration } from './migrations';
import { backupsDir, fileStamp, writeSnapshot } from './snapshots';
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
}

/** lowdb adapter that writes through `replaceFileDurably`, keeping the previous version as `.bak`. */
class DurableJsonAdapter implements Adapter<RecertDocument> {
  constructor(private readonly file: string) {}
  async read(): Promise<RecertDocument | null> {
    // The store reads (and recovers) the file itself before lowdb is used.
    return null;
  }
  async write(doc: RecertDocument, beforeCommit?: () => Promise<void>): Promise<void> {
    await replaceFileDurably(this.file, serializeDocument(doc), {
      previousTo: path.join(path.dirname(this.file), BAK_FILE),
      ...(beforeCommit ? { beforeCommit } : {}),
    });
    // Every write passed the write gate: the next open may trust this exact file.
    await stampChecked(this.file);
  }
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
      // Temp files a crash left behind (in the data dir and the certificates folder): never data.
      await removeStaleTempFiles(options.dataDir);
      await removeStaleTempFiles(certificatesDir(options.dataDir));
      const db = new Low<RecertDocument>(new DurableJsonAdapter(path.join(options.dataDir, DB_FILE)), emptyDocument());
      const store = new Store(options.dataDir, db, lock, now);
      await store.load(options.migrations);
      // Files deleted in the last session (kept so the deletion could be undone) are gone for good now.
      await emptyCertificateTrash(options.dataDir);
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
       * Work that must be durable before the new document is (a certificate file the new record
       * names): it runs while the new document waits on disk beside db.json, so both writes
       * overlap; if it fails, nothing changes.
       */
      beforeCommit?: () => Promise<void>;
    } = {},
  ): Promise<T> {
    const run = this.queue.then(async () => {
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
        await this.adapter.write(doc, options.beforeCommit);
      } catch (error) {
        this.db.data = previous;
        if (error instanceof AppError) throw error;
        throw new AppError(
          'storage_failed',
          `Recert could not save your change (${(error as NodeJS.ErrnoException).code ?? 'write error'}). ` +
            'Nothing was changed. Check that the disk has free space and that the data folder is writable, then try again.',
        );
      }
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Waits for pending writes, then releases the data dir. */
  async close(): Promise<void> {
    await this.queue;
    this.closed = true;
    await this.lock?.release();
  }

  private async load(migrations?: Readonly<Record<number, Migration>>): Promise<void> {
    const primary = await readPrimary(this.dataDir, migrations);
    if (primary.kind === 'ok') {
      await this.adopt(primary.copy);
      await this.dailySnapshot(primary.copy.text);
      return;
    }
    let damaged: { reason: string; keptAt: string } | undefined;
    if (primary.kind === 'bad') {
      damaged = { reason: primary.reason, keptAt: await this.quarantine() };
    }
    const restorable = await findRestorableCopy(this.dataDir, migrations);
    if (!restorable && !damaged) return; // First run: an empty document, written on the first change.
    const notice = this.recoveryNotice(damaged, restorable);
    const base = restorable?.doc ?? emptyDocument();
    const doc = { ...base, settings: { ...base.settings, notices: [...base.settings.notices, notice] } };
    this.db.data = doc;
    await this.db.write();
  }

  /** Uses a good copy; one of an older format is snapshotted, then saved in the current one. */
  private async adopt(copy: LoadedCopy): Promise<void> {
    this.db.data = copy.doc;
    if (copy.version !== copy.doc.schemaVersion) {
      await writeSnapshot(this.dataDir, copy.text, `pre-migration-v${copy.version}`, this.now());
      await this.db.write();
    } else if (!copy.trusted) {
      // Validated in full: the next open may trust this exact file.
      await stampChecked(copy.file);
    }
  }

  /** Moves a damaged db.json into `corrupt/`, keeping it for the user. Returns where. */
  private async quarantine(): Promise<string> {
    const dir = path.join(this.dataDir, 'corrupt');
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const target = path.join(dir, `${fileStamp(this.now())}.json`);
    await fs.rename(path.join(this.dataDir, DB_FILE), target);
    return target;
  }

  private recoveryNotice(damaged: { reason: string; keptAt: string } | undefined, restored: LoadedCopy | null): Notice {
    const what = damaged
      ? `Recert found its data file damaged: ${damaged.reason}. The damaged file was kept at ${damaged.keptAt}.`
      : 'Recert could not find its data file (db.json).';
    const outcome = restored
      ? ` Your data was restored from the copy saved on ${restored.savedAt.toLocaleString('en-US')} (${path.basename(restored.file)}); changes made after that may be missing.`
      : ' No earlier copy could be read, so Recert started with empty data. Nothing was deleted.';
    return { id: randomUUID(), kind: 'recovered', message: what + outcome, createdAt: this.now().toISOString() };
  }

  /** One rotating snapshot per day the app is opened. */
  private async dailySnapshot(text: string): Promise<void> {
    const today = fileStamp(this.now()).slice(0, 10);
    const names = await fs.readdir(backupsDir(this.dataDir)).catch(() => [] as string[]);
    if (names.some((n) => n.startsWith(`snapshot-${today}`))) return;
    await writeSnapshot(this.dataDir, text, 'snapshot', this.now());
  }
}
