/**
 * The stand-in's menu, theme, clipboard and screen (see fake-electron.ts): typed against
 * Electron's own definitions, recording what the main process does with them.
 */
import type * as Electron from 'electron';
import { record, requireReady, windows } from './fake-electron';

type Template = Electron.MenuItemConstructorOptions[];
export const menus: { template?: Template } = {};
/** The menu's shape as a user sees it: labels, accelerators, roles, ids (no functions). */
function shape(items: Template): unknown[] {
  return items.map((i) => ({
    ...(i.id ? { id: i.id } : {}),
    ...(i.label ? { label: i.label } : {}),
    ...(i.role ? { role: i.role } : {}),
    ...(i.type ? { type: i.type } : {}),
    ...(i.accelerator ? { accelerator: i.accelerator } : {}),
    ...(Array.isArray(i.submenu) ? { submenu: shape(i.submenu) } : {}),
  }));
}
export const Menu = {
  buildFromTemplate: (template: Template) => {
    requireReady('Menu.buildFromTemplate');
    menus.template = template;
    return { template } as unknown as Electron.Menu;
  },
  setApplicationMenu: (menu: Electron.Menu | null) => {
    const template = (menu as unknown as { template?: Template } | null)?.template;
    record('Menu.setApplicationMenu', { template: template ? shape(template) : null });
  },
} satisfies Pick<typeof Electron.Menu, 'buildFromTemplate' | 'setApplicationMenu'>;

/** Clicks the menu item with this id, as a user would. */
export function clickMenuItem(id: string): boolean {
  const find = (items: Template): Electron.MenuItemConstructorOptions | undefined => {
    for (const i of items) {
      if (i.id === id) return i;
      const inner = Array.isArray(i.submenu) ? find(i.submenu) : undefined;
      if (inner) return inner;
    }
    return undefined;
  };
  const item = menus.template ? find(menus.template) : undefined;
  if (!item?.click) return false;
  (item.click as (...a: unknown[]) => void)({}, windows[0], {});
  return true;
}

export const nativeTheme: Pick<Electron.NativeTheme, 'themeSource'> = {
  get themeSource() {
    return themeSource;
  },
  set themeSource(value) {
    themeSource = value;
    record('nativeTheme.themeSource', { value });
  },
};
let themeSource: Electron.NativeTheme['themeSource'] = 'system';

export const clipboard: Pick<Electron.Clipboard, 'writeText'> = {
  writeText: async (text) => record('clipboard.writeText', { text }),
};

/** The displays: FAKE_ELECTRON_DISPLAYS (a JSON list of work areas), else one 1920×1080 screen. */
const displays = (): Electron.Rectangle[] =>
  process.env.FAKE_ELECTRON_DISPLAYS
    ? (JSON.parse(process.env.FAKE_ELECTRON_DISPLAYS) as Electron.Rectangle[])
    : [{ x: 0, y: 0, width: 1920, height: 1040 }];
export const screen = {
  getAllDisplays: () => {
    requireReady('screen');
    return displays().map((workArea, id) => ({ id, workArea }) as unknown as Electron.Display);
  },
  getPrimaryDisplay: () => {
    requireReady('screen');
    return { id: 0, workArea: displays()[0] } as unknown as Electron.Display;
  },
} satisfies Pick<Electron.Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
