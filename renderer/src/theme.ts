/** Light, dark, or the system's: the user's choice, kept in this window's storage. */
export type Theme = 'system' | 'light' | 'dark';
const KEY = 'recert.theme';

export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  try {
    window.localStorage.setItem(KEY, theme);
  } catch {
    // Storage may be unavailable (private windows): the choice then lasts for this visit.
  }
}

export function restoreTheme(): void {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(KEY);
  } catch {
    stored = null;
  }
  if (stored === 'light' || stored === 'dark') applyTheme(stored);
}

/** The theme in force now (what the root says). */
export function currentTheme(): Theme {
  const set = document.documentElement.dataset.theme;
  return set === 'light' || set === 'dark' ? set : 'system';
}
