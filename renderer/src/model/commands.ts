/**
 * What a command (from the menu or a shortcut) does, as data: go to a screen (and hand the
 * command to the component there, as its button would), hand it to the screen shown, say why it
 * cannot act here, change the appearance, or show the shortcuts. Pure, so it has its own tests;
 * the page carries the effect out.
 */
import type { CommandId } from '../../../shared/commands';
import type { View } from './routes';

export type CommandEffect =
  | { go: View; deliver?: CommandId }
  | { deliver: CommandId }
  | { hint: string }
  | { theme: 'system' | 'light' | 'dark' }
  | { shortcuts: true };

/** Where the user is when the command comes. */
export interface Where {
  view: View;
  /** A credential's page is open. */
  credentialOpen: boolean;
}

export function commandEffect(command: CommandId, where: Where): CommandEffect {
  switch (command) {
    case 'go-home':
      return { go: 'credentials' };
    // Home, with the keyboard at its list of next steps.
    case 'go-next-steps':
      return { go: 'credentials', deliver: command };
    case 'go-timeline':
      return { go: 'timeline' };
    case 'go-activities':
      return { go: 'activities' };
    case 'go-settings':
      return { go: 'settings' };
    // The screen that owns the action opens, and its component takes the command as its button would.
    case 'read-certificates':
      return { go: 'read', deliver: command };
    case 'log-activity':
    case 'import-spreadsheet':
      return { go: 'activities', deliver: command };
    case 'add-credential':
      return { go: 'credentials', deliver: command };
    case 'back-up':
    case 'restore':
      return { go: 'settings', deliver: command };
    case 'find':
      // On Activities already, the search box takes focus where the user is (the filters stay).
      return where.view === 'activities' ? { deliver: command } : { go: 'activities', deliver: command };
    case 'export-summary':
      return where.credentialOpen && where.view === 'credentials'
        ? { deliver: command }
        : { hint: 'Open a credential first: its page exports its renewal summary (Ctrl/Cmd+E there).' };
    case 'theme-system':
      return { theme: 'system' };
    case 'theme-light':
      return { theme: 'light' };
    case 'theme-dark':
      return { theme: 'dark' };
    case 'shortcuts':
      return { shortcuts: true };
  }
}
