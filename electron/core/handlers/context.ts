/** What every handler is given, and the handler-map type derived from the contract. */
import type { Method, MethodOutput, ParsedInput } from '../../../shared/contract';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { Stamp } from '../../../shared/domain/records/operations/types';
import type { ExportKind } from '../../../shared/export-kinds';
import type { OpenKind } from '../../../shared/open-kinds';
import type { FileParts } from '../files/file-parts';
import type { Store } from '../store/store';

export interface HandlerContext {
  store: Store;
  /** The app's version, shown in About and written into exports. */
  version: string;
  /** Today's date; injected so evaluations are deterministic in tests. */
  today: () => CalendarDate;
  /** Electron: the main process's open dialog for `kind` (a path, or null when cancelled); the CLI: its argument. Absent in a browser. */
  chooseFile?: (kind: OpenKind) => Promise<string | null>;
  /** Electron: open one of our stored files in the system viewer. Absent in a browser. */
  openPath?: (path: string) => Promise<void>;
  /** Electron: ask where to save an export and write it there (the path, or null when cancelled). */
  saveFile?: (defaultName: string, content: Uint8Array | FileParts, kind: ExportKind) => Promise<string | null>;
  /** The browser host: keep an export as a file the page downloads once; returns the path it fetches. */
  offerDownload?: (fileName: string, content: Uint8Array | FileParts, kind: ExportKind) => Promise<string>;
  /** Electron: show a saved export in its folder. */
  showInFolder?: (path: string) => void;
  /** Where the PDF fonts are (resources/fonts); found automatically when left out. */
  fontDir?: string;
}

/** One handler per contract method: leaving one out is a compile error. */
export type Handlers = {
  [M in Method]: (input: ParsedInput<M>, ctx: HandlerContext) => Promise<MethodOutput<M>>;
};

/** What a pure record operation needs from outside: the store's clock, today, new ids. */
export function stampOf(ctx: HandlerContext): Stamp {
  return { now: ctx.store.now().toISOString(), today: ctx.today(), newId: randomUUID };
}

/** The host's open dialog for `kind`; a browser has none (it sends the file's bytes instead). */
export function chooseFile(ctx: HandlerContext, kind: OpenKind): Promise<string | null> {
  if (!ctx.chooseFile)
    throw new AppError('invalid_input', 'Choosing a file here needs the desktop app; upload the file instead.');
  return ctx.chooseFile(kind);
}
