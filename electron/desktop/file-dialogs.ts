/**
 * The desktop's way with files: the main process opens the dialogs, so the page never handles a
 * path. Each dialog's filter comes from the shared tables (open kinds, export kinds).
 */
import path from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { saveFilter, type ExportKind } from '../../shared/export-kinds';
import { OPEN_KINDS, openFilter, type OpenKind } from '../../shared/open-kinds';
import { writeParts, type FileParts } from '../core/files/file-parts';
import type { HandlerContext } from '../core/handlers/context';

type WindowOf = () => BrowserWindow | undefined;

/** The handler context's desktop file functions, attached to the main window when there is one. */
export function desktopFiles(
  window: WindowOf,
): Required<Pick<HandlerContext, 'chooseFile' | 'openPath' | 'saveFile' | 'showInFolder'>> {
  return {
    chooseFile: async (kind: OpenKind) => {
      const options = { title: OPEN_KINDS[kind].title, properties: ['openFile' as const], filters: [openFilter(kind)] };
      const owner = window();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    saveFile: async (defaultName: string, content: Uint8Array | FileParts, kind: ExportKind) => {
      const options = {
        title: 'Save the export',
        defaultPath: path.join(app.getPath('documents'), defaultName),
        filters: [saveFilter(kind)],
      };
      const owner = window();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await writeParts(result.filePath, content);
      return result.filePath;
    },
    openPath: async (file: string) => {
      const problem = await shell.openPath(file);
      if (problem) throw new Error(problem);
    },
    showInFolder: (file: string) => shell.showItemInFolder(file),
  };
}
