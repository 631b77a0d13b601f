/** What every handler is given, and the handler-map type derived from the contract. */
import type { Method, MethodOutput, ParsedInput } from '../../../shared/contract';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import type { ExportKind } from '../../../shared/export-kinds';
import type { Store } from '../store/store';

export interface HandlerContext {
  store: Store;
  /** The app's version, shown in About and written into exports. */
  version: string;
  /** Today's date; injected so evaluations are deterministic in tests. */
  today: () => CalendarDate;
  /** Electron: the main process's file dialog (a path, or null when cancelled). Absent in a browser. */
  chooseFile?: () => Promise<string | null>;
  /** Electron: open one of our stored files in the system viewer. Absent in a browser. */
  openPath?: (path: string) => Promise<void>;
  /** Electron: ask where to save an export and write it there (the path, or null when cancelled). */
  saveFile?: (defaultName: string, bytes: Uint8Array, kind: ExportKind) => Promise<string | null>;
  /** Electron: show a saved export in its folder. */
  showInFolder?: (path: string) => void;
  /** Where the PDF fonts are (resources/fonts); found automatically when left out. */
  fontDir?: string;
}

/** One handler per contract method: leaving one out is a compile error. */
export type Handlers = {
  [M in Method]: (input: ParsedInput<M>, ctx: HandlerContext) => Promise<MethodOutput<M>>;
};
