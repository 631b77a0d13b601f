/**
 * The window opens where it was: its size, position and maximised state are saved in userData
 * when it closes, and restored (kept on a display that is there now) when it opens.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { app, screen, type BrowserWindow } from 'electron';
import { openingBounds, parseSavedWindow, type SavedWindow } from '../core/window-bounds';

const file = () => path.join(app.getPath('userData'), 'window-state.json');

/** Where to open, from the saved state and the displays there are now. */
export function openingWindowState(): SavedWindow {
  let text: string | null = null;
  try {
    text = readFileSync(file(), 'utf8');
  } catch {
    text = null;
  }
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  return openingBounds(parseSavedWindow(text), displays, screen.getPrimaryDisplay().workArea);
}

/** Saves the window's state when it closes (its normal bounds, even when maximised). */
export function trackWindowState(window: BrowserWindow): void {
  window.on('close', () => {
    const state: SavedWindow = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    try {
      writeFileSync(file(), JSON.stringify(state));
    } catch {
      // Not being able to remember the window's place is not worth an error.
    }
  });
}
