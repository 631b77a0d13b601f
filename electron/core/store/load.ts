/**
 * Reading the document from a data dir: the file itself, or, when it is damaged or
 * missing, the newest valid copy (db.json.bak, then the snapshots). Shared by the
 * store (which then repairs the dir) and by read-only commands (which change nothing).
 */
import { isAscii } from 'node:buffer';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { CURRENT_SCHEMA_VERSION, parseDocumentText, serializeDocument, type RecertDocument } from './document';
import { migrateDocument, type Migration } from './migrations';
import { isStampedChecked } from './checked-stamp';
import {
  baseOf,
  betterReading,
  foldJournal,
  JOURNAL_BAK_FILE,
  lazyBase,
  readJournalText,
  type JournalReading,
} from './journal';
import { listSnapshots } from './snapshots';

export const DB_FILE = 'db.json';
export const BAK_FILE = 'db.json.bak';

/** A document read from one file, and how it got there. */
export interface LoadedCopy {
  doc: RecertDocument;
  file: string;
  /** The version the file was written with (lower than current when it was migrated). */
  version: number;
  text: string;
  savedAt: Date;
  /** The file carried a matching checked stamp, so its records were trusted rather than re-validated. */
  trusted?: boolean;
  /** The id a journal gives this file's bytes (see journal.ts), worked out when first asked. */
  base: () => string;
}

/** What is in `db.json` itself. */
export type PrimaryState = { kind: 'missing' } | { kind: 'ok'; copy: LoadedCopy } | { kind: 'bad'; reason: string };

/** The error for a document written by a newer Recert: we never open (or downgrade) it. */
export function futureVersionError(version: number, file: string): AppError {
  return new AppError(
    'storage_failed',
    `Your Recert data (${file}) was saved by a newer version of Recert (data format ${version}; ` +
      `this version reads up to ${CURRENT_SCHEMA_VERSION}). Nothing was opened or changed. ` +
      'Install the latest version of Recert to open it.',
  );
}

/** Reads and checks one file. Returns null when it is missing; throws for a future version. */
export async function readCopy(
  file: string,
  migrations?: Readonly<Record<number, Migration>>,
): Promise<LoadedCopy | { bad: string } | null> {
  let text: string;
  let savedAt: Date;
  let checked: boolean;
  let base: () => string;
  try {
    checked = await isStampedChecked(file);
    const bytes = await fs.readFile(file);
    // Recert writes ASCII (see serializeDocument), which needs no UTF-8 decoding; anything else is decoded.
    text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    base = lazyBase(bytes);
    savedAt = (await fs.stat(file)).mtime;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  // The very file Recert last wrote or validated: parse it, and trust its records.
  if (checked) {
    const raw = parseTrusted(text);
    if (raw) return { doc: raw, file, version: CURRENT_SCHEMA_VERSION, text, savedAt, trusted: true, base };
  }
  const parsed = parseDocumentText(text);
  switch (parsed.kind) {
    case 'ok':
      return { doc: parsed.doc, file, version: parsed.version, text, savedAt, base };
    case 'too-new':
      throw futureVersionError(parsed.version, file);
    case 'needs-migration':
      try {
        return {
          doc: migrateDocument(parsed.raw, parsed.version, migrations),
          file,
          version: parsed.version,
          text,
          savedAt,
          base,
        };
      } catch (error) {
        return { bad: `it could not be upgraded from data format ${parsed.version}: ${(error as Error).message}` };
      }
    case 'bad':
      return { bad: parsed.reason };
  }
}

function parseTrusted(text: string): RecertDocument | null {
  try {
    const raw = JSON.parse(text) as RecertDocument | null;
    return raw && raw.schemaVersion === CURRENT_SCHEMA_VERSION ? raw : null;
  } catch {
    return null;
  }
}

/** Reads `db.json`. */
export async function readPrimary(
  dataDir: string,
  migrations?: Readonly<Record<number, Migration>>,
): Promise<PrimaryState> {
  const copy = await readCopy(path.join(dataDir, DB_FILE), migrations);
  if (copy === null) return { kind: 'missing' };
  if ('bad' in copy) return { kind: 'bad', reason: copy.bad };
  return { kind: 'ok', copy };
}

/** The newest valid earlier copy: `db.json.bak`, then snapshots newest first. */
export async function findRestorableCopy(
  dataDir: string,
  migrations?: Readonly<Record<number, Migration>>,
): Promise<LoadedCopy | null> {
  const candidates = [path.join(dataDir, BAK_FILE), ...(await listSnapshots(dataDir))];
  for (const file of candidates) {
    // A newer-format copy cannot be used by this version; skip it rather than fail the recovery.
    const copy = await readCopy(file, migrations).catch(() => null);
    if (copy && !('bad' in copy)) return copy;
  }
  return null;
}

/**
 * db.json.bak with the journal kept beside it (db.journal.bak) applied: db.json as it was last
 * written whole. Null when `copy` is not .bak, or no whole, matching kept journal is there.
 */
export async function rebuildFromBak(dataDir: string, copy: LoadedCopy): Promise<LoadedCopy | null> {
  if (path.basename(copy.file) !== BAK_FILE || copy.version !== CURRENT_SCHEMA_VERSION) return null;
  const text = await fs.readFile(path.join(dataDir, JOURNAL_BAK_FILE), 'latin1').catch(() => null);
  if (text === null) return null;
  const reading = foldJournal(copy.doc, copy.base(), text);
  if (reading.otherBase !== undefined || reading.damaged || reading.applied === 0) return null;
  const whole = serializeDocument(reading.doc);
  return { ...copy, doc: reading.doc, text: whole, base: () => baseOf(whole) };
}

/**
 * The journal that follows `copy`, applied to it: the journal or its copy, whichever reads
 * better (so damage to one of them costs nothing); null when there is neither.
 */
export async function readJournalFor(dataDir: string, copy: LoadedCopy): Promise<JournalReading | null> {
  const texts: Record<'journal' | 'copy', string | null> = { journal: null, copy: null };
  const read = async (which: 'journal' | 'copy'): Promise<JournalReading | null> => {
    const text = (texts[which] = await readJournalText(dataDir, which));
    if (text === null) return null;
    // A journal only ever follows a file of the current format (one being upgraded has none of ours).
    if (copy.version !== CURRENT_SCHEMA_VERSION)
      return { doc: copy.doc, applied: 0, bytes: text.length, otherBase: '' };
    return foldJournal(copy.doc, copy.base(), text);
  };
  const [journal, second] = [await read('journal'), await read('copy')];
  if (betterReading(journal, second) === 'journal') return journal;
  // A crash between the two writes (made at once) leaves the journal a start of its copy, one
  // line short at most (or cut in it): not damage. Anything else is.
  const problem =
    journal === null
      ? 'it was missing'
      : (journal.damaged ??
        (journal.otherBase !== undefined
          ? 'it follows another data file'
          : (texts.copy ?? '').startsWith(texts.journal ?? '') &&
              (second as JournalReading).applied <= journal.applied + 1
            ? undefined
            : 'it differs from its copy'));
  return { ...(second as JournalReading), fromCopy: true, ...(problem ? { journalProblem: problem } : {}) };
}

async function inode(file: string): Promise<bigint | null> {
  return (await fs.stat(file, { bigint: true }).catch(() => null))?.ino ?? null;
}

/**
 * Reads the document without changing anything on disk (for read-only commands while
 * the app may be running). A damaged file is answered from the newest valid copy.
 */
export async function readDocumentReadOnly(dataDir: string): Promise<{ doc: RecertDocument | null; warning?: string }> {
  const file = path.join(dataDir, DB_FILE);
  for (let attempt = 1; ; attempt++) {
    const before = await inode(file);
    const primary = await readPrimary(dataDir);
    if (primary.kind === 'ok') {
      const journal = await readJournalFor(dataDir, primary.copy);
      // The app wrote db.json whole meanwhile (folding the journal into it): read both again.
      if (attempt < 5 && (await inode(file)) !== before) continue;
      if (!journal) return { doc: primary.copy.doc };
      return journal.damaged
        ? {
            doc: journal.doc,
            warning: `Some recent changes could not be read (${journal.damaged}). Open Recert to repair it.`,
          }
        : { doc: journal.doc };
    }
    const found = await findRestorableCopy(dataDir);
    const restorable = (found && (await rebuildFromBak(dataDir, found))) ?? found;
    if (primary.kind === 'missing' && !restorable) return { doc: null };
    const why = primary.kind === 'bad' ? `db.json is damaged (${primary.reason})` : 'db.json is missing';
    return restorable
      ? {
          doc: restorable.doc,
          warning: `${why}; showing the copy saved ${restorable.savedAt.toISOString()}. Open Recert to repair it.`,
        }
      : { doc: null, warning: `${why} and no earlier copy could be read.` };
  }
}
