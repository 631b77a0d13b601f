/**
 * The app's commands, once: what the desktop menu shows (label, accelerator) and what the page's
 * keyboard shortcuts do. The menu sends a command's id to the page, which runs it exactly as the
 * button it stands for; in a browser the page binds the same shortcuts itself.
 */
export const COMMANDS = {
  'log-activity': { label: 'Log an Activity…', accelerator: 'CmdOrCtrl+N', menu: 'file' },
  'read-certificates': { label: 'Read Certificates…', accelerator: 'CmdOrCtrl+Shift+O', menu: 'file' },
  'add-credential': { label: 'Add a Credential…', accelerator: 'CmdOrCtrl+Shift+N', menu: 'file' },
  'import-spreadsheet': { label: 'Import Spreadsheet…', accelerator: 'CmdOrCtrl+I', menu: 'file' },
  'export-summary': { label: 'Export Renewal Summary…', accelerator: 'CmdOrCtrl+E', menu: 'file' },
  'back-up': { label: 'Back Up…', accelerator: 'CmdOrCtrl+B', menu: 'file' },
  restore: { label: 'Restore a Backup…', accelerator: undefined, menu: 'file' },
  find: { label: 'Find', accelerator: 'CmdOrCtrl+F', menu: 'edit' },
  'go-home': { label: 'Home', accelerator: 'CmdOrCtrl+1', menu: 'view' },
  'go-next-steps': { label: 'Next Steps', accelerator: undefined, menu: 'view' },
  'go-timeline': { label: 'Timeline', accelerator: 'CmdOrCtrl+2', menu: 'view' },
  'go-activities': { label: 'Activities', accelerator: 'CmdOrCtrl+3', menu: 'view' },
  'go-settings': { label: 'Settings', accelerator: 'CmdOrCtrl+,', menu: 'view' },
  'theme-system': { label: 'Use the System’s Appearance', accelerator: undefined, menu: 'theme' },
  'theme-light': { label: 'Light', accelerator: undefined, menu: 'theme' },
  'theme-dark': { label: 'Dark', accelerator: undefined, menu: 'theme' },
  shortcuts: { label: 'Keyboard Shortcuts', accelerator: 'Shift+/', menu: 'help' },
} as const satisfies Record<string, { label: string; accelerator: string | undefined; menu: string }>;

export type CommandId = keyof typeof COMMANDS;
export const COMMAND_IDS = Object.keys(COMMANDS) as CommandId[];

/** The one IPC channel the main process uses to hand a menu command to the page. */
export const MENU_CHANNEL = 'menu:command';

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && Object.hasOwn(COMMANDS, value);
}

/** "Ctrl+N" (or "⌘N" on a Mac) for showing an accelerator to the user. */
export function shortcutText(accelerator: string, mac: boolean): string {
  if (accelerator === 'Shift+/') return '?';
  return mac ? accelerator.replace('CmdOrCtrl+', '⌘').replace('Shift+', '⇧') : accelerator.replace('CmdOrCtrl', 'Ctrl');
}

/** The command a key press stands for (the page's own shortcuts, for hosts without a menu). */
export function commandForKey(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): CommandId | undefined {
  if (event.altKey) return undefined;
  const mod = event.ctrlKey || event.metaKey;
  for (const id of COMMAND_IDS) {
    const accelerator = COMMANDS[id].accelerator;
    if (!accelerator) continue;
    const parts = accelerator.split('+');
    const key = parts[parts.length - 1] as string;
    const wantsMod = parts.includes('CmdOrCtrl');
    const wantsShift = parts.includes('Shift');
    if (accelerator === 'Shift+/') {
      if (event.key === '?' && !mod) return id;
      continue;
    }
    if (wantsMod !== mod || wantsShift !== event.shiftKey) continue;
    if (event.key.toLowerCase() === key.toLowerCase()) return id;
  }
  return undefined;
}
