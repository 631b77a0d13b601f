/**
 * The only file that touches `ipcRenderer`. It exposes named methods only
 * (`api.credentials.add(input)`), built from the contract; never `ipcRenderer`
 * itself and never a generic invoke.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, type Api } from '../shared/api-shape';
import type { Result } from '../shared/errors';

const api = buildApi((method, input) => ipcRenderer.invoke(method, input) as Promise<Result<unknown>>) satisfies Api;

contextBridge.exposeInMainWorld('api', api);
