/**
 * The only file that touches `ipcRenderer`. It exposes named methods only
 * (`api.credentials.add(input)`), built from the contract; never `ipcRenderer`
 * itself and never a generic invoke. Besides, `desktop.onCommand` hands the page the menu's
 * commands (ids from shared/commands.ts).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, type Api } from '../shared/api-shape';
import { isCommandId, MENU_CHANNEL } from '../shared/commands';
import type { Result } from '../shared/errors';

const api = buildApi((method, input) => ipcRenderer.invoke(method, input) as Promise<Result<unknown>>) satisfies Api;

contextBridge.exposeInMainWorld('api', api);

// The menu's commands, one way only (main → page): the listener gets a known command's id, nothing else.
contextBridge.exposeInMainWorld('desktop', {
  onCommand: (listener: (command: string) => void) => {
    ipcRenderer.on(MENU_CHANNEL, (_event, command: unknown) => {
      if (isCommandId(command)) listener(command);
    });
  },
});
