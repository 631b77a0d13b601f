/**
 * The desktop shell around the page, run against the stand-in: the application menu (one
 * template: File, Edit, View, Window, Help; no developer items outside dev; commands go to the
 * page, the rest act in the main process), and the window opening where it was.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, MENU_CHANNEL } from '../../../shared/commands';
import { tempDir } from '../helpers';
import { all, one, prepareFake, runMain } from '../../electron-shaped/run-main';

beforeAll(prepareFake, 120_000);

type Item = { id?: string; label?: string; role?: string; accelerator?: string; submenu?: Item[] };
const flat = (items: Item[]): Item[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);

describe('the application menu', () => {
  it('is ours (File, Edit, View, Window, Help), with every command’s accelerator and no developer items', () => {
    const { log } = runMain(tempDir(), { FAKE_ELECTRON_SCENARIO: 'quit' });
    const template = one(log, 'Menu.setApplicationMenu').template as Item[];
    expect(template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
    const items = flat(template);
    for (const [id, c] of Object.entries(COMMANDS)) {
      const item = items.find((i) => i.id === id);
      expect(item, id).toBeDefined();
      expect(item?.label).toBe(c.label);
      expect(item?.accelerator).toBe(c.accelerator);
    }
    const roles = items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'copy', 'paste', 'quit', 'zoomIn', 'resetZoom']));
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining(['about', 'report-problem', 'open-data-folder']));
  });

  it('commands go to the page; About, Report a Problem, the data folder and the theme act in the main process', () => {
    const dataDir = tempDir();
    const { log, stderr } = runMain(dataDir, { FAKE_ELECTRON_SCENARIO: 'menu' });
    expect(
      all(log, 'menu.click').every((c) => c.found),
      stderr,
    ).toBe(true);
    expect(all(log, 'webContents.send').map((m) => [m.channel, (m.args as string[])[0]])).toEqual([
      [MENU_CHANNEL, 'theme-dark'],
      [MENU_CHANNEL, 'log-activity'],
      [MENU_CHANNEL, 'go-timeline'],
    ]);
    const boxes = all(log, 'dialog.showMessageBox');
    expect(boxes[0]).toMatchObject({
      message: expect.stringMatching(/^Recert \d/),
      detail: expect.stringContaining(dataDir),
    });
    expect(boxes[0]?.detail).toMatch(/Rules catalog \d{4}\.\d+\.\d+/);
    // The diagnostics name versions and the platform, never the user's folders.
    const copied = String(one(log, 'clipboard.writeText').text);
    expect(copied).toMatch(/^Recert \d.*\n.*Node v?\d/);
    expect(copied).not.toContain(dataDir);
    expect(copied).not.toContain(process.env.HOME ?? '/root');
    expect(all(log, 'shell.openPath').map((e) => e.path)).toEqual([dataDir]);
    expect(one(log, 'nativeTheme.themeSource')).toMatchObject({ value: 'dark' });
  });

  it('the appearance chosen in the menu is the one the next launch starts with', () => {
    const home = tempDir();
    runMain(tempDir(), { FAKE_ELECTRON_SCENARIO: 'menu', FAKE_ELECTRON_HOME: home });
    const next = runMain(tempDir(), { FAKE_ELECTRON_SCENARIO: 'quit', FAKE_ELECTRON_HOME: home });
    const order = next.log.map((e) => e.event);
    expect(one(next.log, 'nativeTheme.themeSource')).toMatchObject({ value: 'dark' });
    expect(order.indexOf('nativeTheme.themeSource')).toBeLessThan(order.indexOf('BrowserWindow'));
  });
});

describe('the window', () => {
  const run = (home: string, env: Record<string, string> = {}) =>
    runMain(tempDir(), { FAKE_ELECTRON_SCENARIO: 'menu', FAKE_ELECTRON_HOME: home, ...env });
  const save = (home: string, state: unknown) => {
    mkdirSync(path.join(home, 'userData'), { recursive: true });
    writeFileSync(path.join(home, 'userData', 'window-state.json'), JSON.stringify(state));
  };

  it('opens where it was, maximised if it was, and saves its place when it closes', () => {
    const home = tempDir();
    const first = run(home);
    expect(one(first.log, 'BrowserWindow').bounds).toEqual({ x: 320, y: 120, width: 1280, height: 800 });
    expect(JSON.parse(readFileSync(path.join(home, 'userData', 'window-state.json'), 'utf8'))).toEqual({
      bounds: { x: 320, y: 120, width: 1280, height: 800 },
      maximized: false,
    });
    save(home, { bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: true });
    const second = run(home);
    expect(one(second.log, 'BrowserWindow').bounds).toEqual({ x: 100, y: 50, width: 1000, height: 700 });
    expect(all(second.log, 'window.maximize')).toHaveLength(1);
  });

  it('a place on a display that is gone, or larger than the screen, is brought back onto one', () => {
    const home = tempDir();
    save(home, { bounds: { x: 2500, y: 100, width: 1200, height: 800 }, maximized: false });
    const gone = run(home);
    expect(one(gone.log, 'BrowserWindow').bounds).toEqual({ x: 320, y: 120, width: 1280, height: 800 });
    save(home, { bounds: { x: -40, y: 500, width: 3000, height: 2000 }, maximized: false });
    const big = run(home, { FAKE_ELECTRON_DISPLAYS: JSON.stringify([{ x: 0, y: 0, width: 1366, height: 728 }]) });
    expect(one(big.log, 'BrowserWindow').bounds).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
    save(home, 'not json at all');
    expect(one(run(home).log, 'BrowserWindow').bounds).toEqual({ x: 320, y: 120, width: 1280, height: 800 });
  });
});
