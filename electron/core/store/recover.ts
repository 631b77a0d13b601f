/**
 * What opening the store does with what a crash or damage left: a damaged file kept in
 * `corrupt/`, the notice the user reads, and the journal that follows the copy being opened
 * (its changes applied; one written before db.json was last written whole dropped; one that
 * follows no copy here, or that is damaged part-way, kept in `corrupt/`).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Notice } from '../../../shared/schemas/entities';
import type { RecertDocument } from './document';
import { baseOf, JOURNAL_BAK_FILE, journalCopyPath, journalPath } from './journal';
import { BAK_FILE, readJournalFor, type LoadedCopy } from './load';
import { fileStamp } from './snapshots';

/** Moves `file` into `<data dir>/corrupt/`, keeping it for the user (never over a file kept earlier). Returns where. */
export async function keepInCorrupt(dataDir: string, file: string, extension: string, now: Date): Promise<string> {
  const dir = path.join(dataDir, 'corrupt');
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const taken = new Set(await fs.readdir(dir));
  let name = `${fileStamp(now)}${extension}`;
  for (let n = 2; taken.has(name); n++) name = `${fileStamp(now)}-${n}${extension}`;
  const target = path.join(dir, name);
  await fs.rename(file, target);
  return target;
}

function notice(message: string, now: Date): Notice {
  // Named by the moment and what it says (as a restore's message is): no random id to make.
  const id = `recovered-${now.toISOString()}-${createHash('sha256').update(message).digest('hex').slice(0, 12)}`;
  return { id, kind: 'recovered', message, createdAt: now.toISOString() };
}

/** What the user is told when db.json was damaged or missing. */
export function recoveryNotice(
  damaged: { reason: string; keptAt: string } | undefined,
  restored: LoadedCopy | null,
  now: Date,
  rebuilt = false,
): Notice {
  const what = damaged
    ? `Recert found its data file damaged: ${damaged.reason}. The damaged file was kept at ${damaged.keptAt}.`
    : 'Recert could not find its data file (db.json).';
  const outcome = rebuilt
    ? ' Your data was rebuilt from the copy before it and the changes saved since: nothing you saved was lost.'
    : restored
      ? ` Your data was restored from the copy saved on ${restored.savedAt.toLocaleString('en-US')} (${path.basename(restored.file)}); changes made after that may be missing.`
      : ' No earlier copy could be read, so Recert started with empty data. Nothing was deleted.';
  return notice(what + outcome, now);
}

/** What the journal beside a copy gave. */
export interface TakenJournal {
  /** The copy's document with the journal's readable changes applied. */
  doc: RecertDocument | null;
  /** A journal was there and was used: db.json must now be written whole (which removes it). */
  folded: boolean;
  /** Said when part of the journal could not be read. */
  notice?: Notice;
}

/**
 * Applies the journal that follows `copy` (the file being opened). A journal that follows
 * another file is dropped when it follows db.json.bak (db.json was written whole with it, and
 * the crash came before the journal was removed), else kept in `corrupt/`.
 */
export async function takeJournal(dataDir: string, copy: LoadedCopy | null, now: Date): Promise<TakenJournal> {
  const file = journalPath(dataDir);
  const second = journalCopyPath(dataDir);
  const exists = async (f: string) => (await fs.lstat(f).catch(() => null)) !== null;
  const reading = copy
    ? await readJournalFor(dataDir, copy)
    : (await exists(file)) || (await exists(second))
      ? 0
      : null;
  if (reading === null) return { doc: copy?.doc ?? null, folded: false };
  // The copy reads better (the journal is damaged, cut short or gone): it takes the journal's
  // place, a damaged journal kept in corrupt/, so what follows deals with one file.
  let aside: Notice | undefined;
  if ((reading === 0 && !(await exists(file))) || (reading !== 0 && reading.fromCopy)) {
    if (reading !== 0 && reading.journalProblem) {
      const keptAt = (await exists(file)) ? await keepInCorrupt(dataDir, file, '.journal', now) : null;
      aside = notice(
        `Recert found its log of recent changes damaged (${reading.journalProblem}) and used its second copy: nothing you saved was lost.` +
          (keptAt ? ` The damaged log was kept at ${keptAt}.` : ''),
        now,
      );
    }
    await fs.rename(second, file);
  } else await fs.rm(second, { force: true });
  if (reading === 0 || reading.otherBase !== undefined) {
    const other = reading === 0 ? '' : reading.otherBase;
    const bak = await fs.readFile(path.join(dataDir, BAK_FILE)).catch(() => null);
    // It follows .bak: db.json was written whole with it, and the crash came before it was kept.
    if (other !== '' && bak !== null && baseOf(bak) === other)
      await fs.rename(file, path.join(dataDir, JOURNAL_BAK_FILE));
    else await keepInCorrupt(dataDir, file, '.journal', now);
    return { doc: copy?.doc ?? null, folded: false };
  }
  if (!reading.damaged) return { doc: reading.doc, folded: true, ...(aside ? { notice: aside } : {}) };
  const keptAt = await keepInCorrupt(dataDir, file, '.journal', now);
  const kept =
    reading.applied === 1 ? 'The change before it was kept' : `The ${reading.applied} changes before it were kept`;
  return {
    doc: reading.doc,
    folded: true,
    notice: notice(
      `Recert could not read all of the changes saved since its data file was last written whole (${reading.damaged}). ` +
        `${reading.applied === 0 ? 'None could be used' : kept}; the log of changes was kept at ${keptAt}.`,
      now,
    ),
  };
}
