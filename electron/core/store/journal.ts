/**
 * The journal, `db.journal` beside `db.json`: one line per change since `db.json` was last
 * written whole, appended and flushed to disk before the change is acknowledged. A change then
 * costs what it says (a few hundred bytes for one activity), not a rewrite of the whole document.
 *
 * Each line names the `db.json` it follows (the SHA-256 of its bytes, cut to 32 hex digits) and
 * its place in the sequence, so a journal is never applied to another file: after `db.json` was
 * written whole (the journal then folded into it) or replaced by hand, an old journal is ignored.
 * A last line cut short by a crash was never acknowledged and is dropped; a damaged line before
 * the end stops the reading there, and the caller keeps the journal and says so.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { LIST_NAMES, applyChange, type DocumentChange, type ListChange } from './change';
import { asciiJson, recordText, type RecertDocument } from './document';
import { fsyncDirectory } from './durable-write';
import { checkWrite } from './write-gate';

export const JOURNAL_FILE = 'db.journal';
/**
 * A second copy of the live journal, each line written and flushed to both before the change is
 * acknowledged: the live journal is the only record of the changes since db.json was written
 * whole, so damage to either file costs nothing (the other rebuilds it).
 */
export const JOURNAL_COPY_FILE = 'db.journal.copy';
/**
 * The journal last folded into db.json, kept beside db.json.bak (the file it follows) until the
 * next fold: .bak and this rebuild db.json exactly, so damage to db.json costs nothing.
 */
export const JOURNAL_BAK_FILE = 'db.journal.bak';
const LISTS = new Set<string>(LIST_NAMES);
const SETTABLE = new Set(['profile', 'settings', 'schemaVersion']);

/** The id a journal line gives the `db.json` it follows. */
export function baseOf(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

/** The id of `bytes`, worked out when first asked (opening a file needs it only once something is journalled). */
export function lazyBase(bytes: Uint8Array): () => string {
  let kept: Uint8Array | null = bytes;
  let base = '';
  return () => {
    if (kept !== null) {
      base = baseOf(kept);
      kept = null;
    }
    return base;
  };
}

export function journalPath(dataDir: string): string {
  return path.join(dataDir, JOURNAL_FILE);
}

export function journalCopyPath(dataDir: string): string {
  return path.join(dataDir, JOURNAL_COPY_FILE);
}

/**
 * db.json was just written whole, with the previous one kept as db.json.bak: when `keep` (the new
 * file is exactly the previous one with the journal applied), the journal becomes
 * db.journal.bak (it follows .bak now). Otherwise both go: an older db.journal.bak follows no
 * file here, and this journal would not rebuild the new one.
 */
export async function keepFolded(dataDir: string, keep: boolean): Promise<void> {
  const journal = journalPath(dataDir);
  const kept = path.join(dataDir, JOURNAL_BAK_FILE);
  // The copy goes first: a journal without its copy is read alone; a stale copy would follow no file.
  await fs.rm(journalCopyPath(dataDir), { force: true });
  const size = (await fs.stat(journal).catch(() => null))?.size ?? 0;
  if (keep && size > 0) await fs.rename(journal, kept);
  else await Promise.all([fs.rm(journal, { force: true }), fs.rm(kept, { force: true })]);
}

/** One line of the journal (ASCII, each record's kept JSON reused). */
export function journalLine(base: string, seq: number, change: DocumentChange): string {
  const set = Object.entries(change.set)
    .map(([k, v]) => `${JSON.stringify(k)}:${asciiJson(v)}`)
    .join(',');
  const lists = (Object.entries(change.lists) as [string, ListChange][])
    .map(([k, lc]) => `${JSON.stringify(k)}:{"put":[${lc.put.map(recordText).join(',')}],"del":${asciiJson(lc.del)}}`)
    .join(',');
  return `{"base":"${base}","seq":${seq},"set":{${set}},"lists":{${lists}}}\n`;
}

/** What reading a journal against one `db.json` found. */
export interface JournalReading {
  /** The document with every readable change applied (the one given when there were none). */
  doc: RecertDocument;
  /** How many changes were applied. */
  applied: number;
  /** Bytes of the journal file (0 when there is none). */
  bytes: number;
  /** The journal follows another `db.json`: nothing was applied from it. */
  otherBase?: string;
  /** A line before the end could not be used: the changes from it on were not applied. */
  damaged?: string;
  /** The journal's copy was read, the journal itself being damaged, shorter or missing. */
  fromCopy?: boolean;
  /** Why the journal itself could not be used, when its copy was read instead (not said when it was only shorter). */
  journalProblem?: string;
}

function shapeError(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return 'it is not a change';
  const v = value as Record<string, unknown>;
  if (typeof v.set !== 'object' || v.set === null || typeof v.lists !== 'object' || v.lists === null)
    return 'it is not a change';
  for (const key of Object.keys(v.set)) if (!SETTABLE.has(key)) return `it sets an unknown field (${key})`;
  for (const [key, lc] of Object.entries(v.lists as Record<string, unknown>)) {
    if (!LISTS.has(key)) return `it changes an unknown list (${key})`;
    const c = lc as { put?: unknown; del?: unknown } | null;
    if (!c || !Array.isArray(c.put) || !Array.isArray(c.del) || !c.del.every((d) => typeof d === 'string'))
      return `its change to ${key} is not readable`;
    if (!c.put.every((r) => r !== null && typeof r === 'object' && typeof (r as { id?: unknown }).id === 'string'))
      return `its change to ${key} holds a record without an id`;
  }
  return null;
}

/** Applies the journal in `text` to `doc`, the document whose `db.json` has id `base`. Never throws. */
export function foldJournal(doc: RecertDocument, base: string, text: string): JournalReading {
  const reading: JournalReading = { doc, applied: 0, bytes: Buffer.byteLength(text) };
  const lines = text.split('\n');
  // The text after the last newline is a line whose write was cut short: never acknowledged.
  lines.pop();
  for (const [i, line] of lines.entries()) {
    let parsed: { base?: unknown; seq?: unknown } & Record<string, unknown>;
    try {
      parsed = JSON.parse(line) as typeof parsed;
    } catch {
      // A complete-looking last line that does not parse is a torn write too.
      if (i === lines.length - 1) break;
      return { ...reading, damaged: `line ${i + 1} is not readable` };
    }
    if (i === 0 && parsed?.base !== base) return { ...reading, otherBase: String(parsed?.base) };
    if (parsed.base !== base || parsed.seq !== i + 1)
      return { ...reading, damaged: `line ${i + 1} is out of sequence` };
    const problem = shapeError(parsed);
    if (problem) return { ...reading, damaged: `line ${i + 1}: ${problem}` };
    const next = applyChange(reading.doc, parsed as unknown as DocumentChange);
    try {
      checkWrite(reading.doc, next);
    } catch (error) {
      return { ...reading, damaged: `line ${i + 1}: ${(error as Error).message}` };
    }
    reading.doc = next;
    reading.applied++;
  }
  return reading;
}

/** Reads the journal's text (or its copy's, `which`); null when there is none. */
export async function readJournalText(dataDir: string, which: 'journal' | 'copy' = 'journal'): Promise<string | null> {
  const file = which === 'journal' ? journalPath(dataDir) : journalCopyPath(dataDir);
  const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  return bytes === null ? null : bytes.toString('latin1');
}

/**
 * The better of two readings of the journal and its copy against one file: one that follows the
 * file over one that does not, then the one that applies more changes (damage stops a reading
 * early), then the undamaged one. Ties go to the journal itself.
 */
export function betterReading(journal: JournalReading | null, copy: JournalReading | null): 'journal' | 'copy' {
  if (copy === null) return 'journal';
  if (journal === null) return 'copy';
  const rank = (r: JournalReading) => [r.otherBase === undefined ? 1 : 0, r.applied, r.damaged ? 0 : 1];
  const [a, b] = [rank(journal), rank(copy)];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (b[i] as number) > (a[i] as number) ? 'copy' : 'journal';
  return 'journal';
}

/** Appends changes to the journal of one `db.json`, each flushed to disk before it returns. */
export class JournalWriter {
  private handle: FileHandle | null = null;
  private copy: FileHandle | null = null;
  private seq = 0;
  /** Bytes appended since the journal was started. */
  bytes = 0;
  /** A failed append could not be undone: the next change must write the document whole. */
  broken = false;

  constructor(
    private readonly dataDir: string,
    /** The id of the `db.json` these changes follow. */
    public base: () => string,
  ) {}

  /** The line the next change would be. */
  lineFor(change: DocumentChange): string {
    return journalLine(this.base(), this.seq + 1, change);
  }

  /**
   * Appends the line `lineFor` gave to the journal and its copy, both flushed to disk; on
   * failure nothing of it stays in either file (or `broken` is set).
   */
  async append(line: string): Promise<void> {
    try {
      if (!this.handle || !this.copy) {
        this.handle ??= await fs.open(journalPath(this.dataDir), 'a', 0o600);
        // The copy starts with the journal (empty): anything older in it follows no file here.
        this.copy ??= await fs.open(journalCopyPath(this.dataDir), 'w', 0o600);
        await fsyncDirectory(this.dataDir);
      }
      const files = [this.handle, this.copy];
      await Promise.all(
        files.map(async (file) => {
          await file.write(line, null, 'latin1');
          await file.datasync();
        }),
      );
    } catch (error) {
      for (const file of [this.handle, this.copy]) await file?.truncate(this.bytes).catch(() => (this.broken = true));
      // A journal this change started: it goes again, so a refused change leaves no file behind.
      if (this.bytes === 0 && !this.broken) {
        await this.close();
        await Promise.all(
          [journalPath(this.dataDir), journalCopyPath(this.dataDir)].map((f) => fs.rm(f, { force: true })),
        );
      }
      throw error;
    }
    this.seq++;
    this.bytes += line.length;
  }

  /** Starts over after `db.json` was written whole (with every change in it): the old journal goes. */
  async restart(base: () => string, keep = false): Promise<void> {
    await this.close();
    await keepFolded(this.dataDir, keep);
    this.base = base;
    this.seq = 0;
    this.bytes = 0;
    this.broken = false;
  }

  async close(): Promise<void> {
    const open = [this.handle, this.copy];
    this.handle = null;
    this.copy = null;
    await Promise.all(open.map((file) => file?.close()));
  }
}
