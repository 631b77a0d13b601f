/** What each command does (renderer/src/model/commands.ts), wherever the user is. */
import { describe, expect, it } from 'vitest';
import { COMMAND_IDS } from '../../../shared/commands';
import { commandEffect } from '../../../renderer/src/model/commands';

const home = { view: 'credentials' as const, credentialOpen: false };

describe('commands', () => {
  it('the View menu goes to its screen', () => {
    expect(commandEffect('go-home', home)).toEqual({ go: 'credentials' });
    expect(commandEffect('go-timeline', home)).toEqual({ go: 'timeline' });
    expect(commandEffect('go-activities', home)).toEqual({ go: 'activities' });
    expect(commandEffect('go-settings', home)).toEqual({ go: 'settings' });
    // Next Steps: Home, and the keyboard at its list.
    expect(commandEffect('go-next-steps', { view: 'timeline', credentialOpen: false })).toEqual({
      go: 'credentials',
      deliver: 'go-next-steps',
    });
  });

  it('an action opens the screen that owns it and hands it the command, as its button would', () => {
    expect(commandEffect('log-activity', home)).toEqual({ go: 'activities', deliver: 'log-activity' });
    expect(commandEffect('import-spreadsheet', home)).toEqual({ go: 'activities', deliver: 'import-spreadsheet' });
    expect(commandEffect('read-certificates', home)).toEqual({ go: 'read', deliver: 'read-certificates' });
    expect(commandEffect('add-credential', { view: 'timeline', credentialOpen: false })).toEqual({
      go: 'credentials',
      deliver: 'add-credential',
    });
    expect(commandEffect('back-up', home)).toEqual({ go: 'settings', deliver: 'back-up' });
    expect(commandEffect('restore', home)).toEqual({ go: 'settings', deliver: 'restore' });
  });

  it('Find on Activities keeps the user where they are; elsewhere it goes there first', () => {
    expect(commandEffect('find', { view: 'activities', credentialOpen: false })).toEqual({ deliver: 'find' });
    expect(commandEffect('find', home)).toEqual({ go: 'activities', deliver: 'find' });
  });

  it('Export summary acts on an open credential, and elsewhere says why it cannot', () => {
    expect(commandEffect('export-summary', { view: 'credentials', credentialOpen: true })).toEqual({
      deliver: 'export-summary',
    });
    expect(commandEffect('export-summary', home)).toEqual({
      hint: 'Open a credential first: its page exports its renewal summary (Ctrl/Cmd+E there).',
    });
    expect(commandEffect('export-summary', { view: 'timeline', credentialOpen: true })).toMatchObject({
      hint: expect.any(String),
    });
  });

  it('appearance and the shortcuts act in place; every command has an effect', () => {
    expect(commandEffect('theme-dark', home)).toEqual({ theme: 'dark' });
    expect(commandEffect('theme-light', home)).toEqual({ theme: 'light' });
    expect(commandEffect('theme-system', home)).toEqual({ theme: 'system' });
    expect(commandEffect('shortcuts', home)).toEqual({ shortcuts: true });
    for (const id of COMMAND_IDS) expect(Object.keys(commandEffect(id, home)).length).toBeGreaterThan(0);
  });
});
