/**
 * The application menu, from one template. Items that stand for a button send its command to the
 * page (the page then does exactly what the button does); the rest are the platform's standard
 * roles, the data folder, About and Report a Problem. Developer items only under `npm run dev`.
 */
import os from 'node:os';
import {
  app,
  clipboard,
  dialog,
  Menu,
  nativeTheme,
  shell,
  type BrowserWindow,
  type MenuItemConstructorOptions,
} from 'electron';
import { COMMANDS, MENU_CHANNEL, type CommandId } from '../shared/commands';
import { chooseAppearance } from './desktop/appearance';

export interface MenuContext {
  isMac: boolean;
  isDev: boolean;
  version: string;
  catalogVersion: string;
  dataDir: string;
  window: () => BrowserWindow | undefined;
}

/** What "Report a Problem" copies: versions and platform, nothing about the user or their data. */
export function diagnostics(ctx: Pick<MenuContext, 'version' | 'catalogVersion'>): string {
  return [
    `Recert ${ctx.version} (catalog ${ctx.catalogVersion})`,
    `Electron ${process.versions.electron ?? '?'}, Chromium ${process.versions.chrome ?? '?'}, Node ${process.versions.node}`,
    `${os.type()} ${os.release()} (${process.platform}, ${process.arch})`,
    `Locale ${Intl.DateTimeFormat().resolvedOptions().locale}`,
  ].join('\n');
}

export function menuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const send = (id: CommandId) => ctx.window()?.webContents.send(MENU_CHANNEL, id);
  const command = (id: CommandId): MenuItemConstructorOptions => ({
    id,
    label: COMMANDS[id].label,
    ...(COMMANDS[id].accelerator ? { accelerator: COMMANDS[id].accelerator } : {}),
    click: () => send(id),
  });
  const theme = (id: 'theme-system' | 'theme-light' | 'theme-dark', source: 'system' | 'light' | 'dark') => ({
    ...command(id),
    type: 'radio' as const,
    checked: nativeTheme.themeSource === source,
    click: () => {
      chooseAppearance(source);
      send(id);
    },
  });
  const about: MenuItemConstructorOptions = {
    id: 'about',
    label: 'About Recert',
    click: () => {
      const window = ctx.window();
      const options = {
        type: 'info' as const,
        title: 'About Recert',
        message: `Recert ${ctx.version}`,
        detail: `Rules catalog ${ctx.catalogVersion}\nYour data: ${ctx.dataDir}\n\nYour credentials, activities and certificates stay on this computer.`,
        buttons: ['OK'],
      };
      void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
    },
  };
  const report: MenuItemConstructorOptions = {
    id: 'report-problem',
    label: 'Report a Problem…',
    // The menu does not wait on a click: the copy, then the message, run on their own.
    click: () => void copyDiagnostics(),
  };
  async function copyDiagnostics() {
    await clipboard.writeText(diagnostics(ctx));
    const window = ctx.window();
    const options = {
      type: 'info' as const,
      title: 'Report a problem',
      message: 'The details of this installation are on the clipboard.',
      detail:
        'Paste them into your report, with what you did and what happened. They hold versions and the operating system only: nothing about you, your credentials or your files.',
      buttons: ['OK'],
    };
    void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  }

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('log-activity'),
      command('read-certificates'),
      command('add-credential'),
      command('import-spreadsheet'),
      { type: 'separator' },
      command('export-summary'),
      { type: 'separator' },
      command('back-up'),
      command('restore'),
      { type: 'separator' },
      { id: 'open-data-folder', label: 'Open Data Folder', click: () => void shell.openPath(ctx.dataDir) },
      ...(ctx.isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      command('find'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('go-home'),
      command('go-next-steps'),
      command('go-timeline'),
      command('go-activities'),
      ...(ctx.isMac ? [] : [command('go-settings')]),
      { type: 'separator' },
      {
        label: 'Appearance',
        submenu: [theme('theme-system', 'system'), theme('theme-light', 'light'), theme('theme-dark', 'dark')],
      },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(ctx.isDev
        ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]
        : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [command('shortcuts'), report, ...(ctx.isMac ? [] : [{ type: 'separator' as const }, about])],
  };
  const appMenu: MenuItemConstructorOptions = {
    label: app.name,
    submenu: [
      about,
      { type: 'separator' },
      { ...command('go-settings'), label: 'Settings…' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  return [...(ctx.isMac ? [appMenu] : []), file, edit, view, { role: 'windowMenu' }, help];
}

/** Sets the menu (replacing Electron's default, with its developer items). */
export function setupMenu(ctx: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(ctx)));
}
