/**
 * The main-process side of the e2e bridge (FAKE_ELECTRON_BRIDGE=1, run as a child with an IPC
 * channel and `serialization: 'advanced'`, so everything crossing it is structured-cloned as
 * Electron's IPC does). The test process asks for the page's files (answered by the `app://`
 * handler main.js registered), carries the renderer's `ipcRenderer.invoke` calls (answered by the
 * handlers main.js registered on `ipcMain`, with the event Electron would build for the calling
 * frame), and plays the user's part in the native dialogs, notifications and window.
 */
import { app, clickMenuItem, handlers, ipcHandlers, notifications, windows } from './fake-electron';

export const bridged = (): boolean => process.env.FAKE_ELECTRON_BRIDGE === '1' && typeof process.send === 'function';

/** What the next open and save dialogs answer (set by the test; a cancel when left empty). */
export const dialogChoices: { openFile?: string; saveDir?: string } = {};

type Message =
  | { kind: 'fetch'; id: number; url: string }
  | { kind: 'invoke'; id: number; channel: string; args: unknown[]; frameUrl: string; top: boolean }
  | { kind: 'dialogs'; openFile?: string | null; saveDir?: string | null }
  | { kind: 'click-notification'; index: number }
  | { kind: 'click-menu'; id: string }
  | { kind: 'close-window' }
  | { kind: 'quit' };

let started = false;
export function startBridge(): void {
  if (started) return;
  started = true;
  process.on('message', (message: Message) => void answer(message));
  process.send?.({ kind: 'event', event: 'bridge.ready' });
}

function reply(id: number, body: Record<string, unknown>): void {
  process.send?.({ kind: 'reply', id, ...body });
}

async function answer(message: Message): Promise<void> {
  switch (message.kind) {
    case 'fetch': {
      const handler = handlers.get(new URL(message.url).protocol.replace(/:$/, ''));
      if (!handler) return reply(message.id, { status: 404, headers: {}, body: new Uint8Array() });
      const response = await handler(new Request(message.url));
      const body = new Uint8Array(await response.arrayBuffer());
      return reply(message.id, { status: response.status, headers: headerObject(response.headers), body });
    }
    case 'invoke': {
      const window = windows[0];
      const listener = ipcHandlers.get(message.channel);
      if (!window || !listener)
        return reply(message.id, { error: `Error invoking remote method '${message.channel}': no handler registered` });
      // What Electron's IpcMainInvokeEvent carries about the caller.
      const event = {
        sender: window.webContents,
        senderFrame: { url: message.frameUrl, parent: message.top ? null : {} },
      };
      try {
        return reply(message.id, { value: await listener(event, ...message.args) });
      } catch (error) {
        return reply(message.id, { error: `Error invoking remote method '${message.channel}': ${String(error)}` });
      }
    }
    case 'dialogs':
      // null: the user cancels (an empty answer; the environment's default no longer applies).
      if (message.openFile !== undefined) dialogChoices.openFile = message.openFile ?? '';
      if (message.saveDir !== undefined) dialogChoices.saveDir = message.saveDir ?? '';
      return;
    case 'click-notification':
      notifications[message.index]?.emit('click');
      return;
    case 'click-menu':
      clickMenuItem(message.id);
      return;
    case 'close-window':
      windows[0]?.close();
      return;
    case 'quit':
      app.quit();
      return;
  }
}

function headerObject(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => (out[key] = value));
  return out;
}
