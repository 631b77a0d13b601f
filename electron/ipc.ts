/**
 * The only file that touches `ipcMain`. Every contract method is registered through
 * one wrapper that (1) rejects senders that are not our own window's top frame on our
 * own origin, (2)–(3) parses and calls through the dispatcher, and (4) answers with a
 * Result, never a throw. Unit-tested in plain Node with a fake ipcMain and fake events.
 */
import { ipcMain, type IpcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { METHODS } from '../shared/contract';
import type { Result } from '../shared/errors';
import type { Dispatch } from './core/dispatch';
import { isSameOrigin } from './core/url-policy';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the Recert window and was refused.' },
};

/** Accepts only the main window's top-level frame, on the app's origin. */
export function trustedSender(window: () => WebContents | undefined, appOrigin: string): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || event.sender !== window()) return false;
    if (frame.parent !== null) return false;
    return isSameOrigin(frame.url, appOrigin);
  };
}

/** Registers one handler per contract method (on Electron's ipcMain unless another is given). */
export function registerContract(
  dispatch: Dispatch,
  isTrusted: SenderCheck,
  ipc: Pick<IpcMain, 'handle'> = ipcMain,
): void {
  for (const method of METHODS) {
    ipc.handle(method, async (event, input: unknown) => {
      if (!isTrusted(event)) return FORBIDDEN;
      return dispatch(method, input);
    });
  }
}
