/**
 * The appearance the user chose in View > Appearance (light, dark or the system's), kept in
 * userData so the native parts (menus, dialogs, the window frame) match the page from the start.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { app, nativeTheme } from 'electron';

type Source = 'system' | 'light' | 'dark';
const file = () => path.join(app.getPath('userData'), 'appearance.json');

export function restoreAppearance(): void {
  try {
    const saved = (JSON.parse(readFileSync(file(), 'utf8')) as { theme?: unknown }).theme;
    if (saved === 'light' || saved === 'dark') nativeTheme.themeSource = saved;
  } catch {
    // Nothing saved yet (or unreadable): follow the system.
  }
}

export function chooseAppearance(theme: Source): void {
  nativeTheme.themeSource = theme;
  try {
    writeFileSync(file(), JSON.stringify({ theme }));
  } catch {
    // Not remembered next time; the choice still applies now.
  }
}
