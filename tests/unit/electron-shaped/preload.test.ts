/**
 * The built preload (out/preload/preload.cjs), evaluated the way a sandboxed renderer does:
 * one function scope and a `require` that knows only `electron`. It must expose exactly the
 * contract's areas as named methods, each a call of one IPC channel, and nothing else (no
 * ipcRenderer, no generic invoke), and it must need nothing but `electron`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractAreas } from '../../../shared/api-shape';
import { METHODS } from '../../../shared/contract';
import { COMMAND_IDS, MENU_CHANNEL } from '../../../shared/commands';

const root = path.resolve(import.meta.dirname, '../../..');
const PRELOAD = path.join(root, 'out/preload/preload.cjs');

beforeAll(() => {
  if (!existsSync(PRELOAD)) spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
}, 120_000);

function evaluatePreload() {
  const exposed: Record<string, unknown> = {};
  const calls: [string, unknown][] = [];
  const on = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
    ipcRenderer: {
      invoke: async (channel: string, input: unknown) => {
        calls.push([channel, input]);
        return { ok: true, value: channel };
      },
      on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => on.set(channel, listener),
    },
  };
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`module not found: ${name}`);
    return electron;
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', readFileSync(PRELOAD, 'utf8'))(sandboxRequire, module, module.exports);
  return { exposed, calls, required, on };
}

describe('the preload, as a sandboxed renderer runs it', () => {
  it('needs only electron, and exposes window.api with exactly the contract’s areas and methods', async () => {
    const { exposed, calls, required } = evaluatePreload();
    expect([...new Set(required)]).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['api', 'desktop']);
    const api = exposed.api as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
    expect(Object.keys(api).sort()).toEqual(contractAreas().sort());
    const methods = Object.entries(api).flatMap(([area, verbs]) => Object.keys(verbs).map((v) => `${area}:${v}`));
    expect(methods.sort()).toEqual([...METHODS].sort());
    for (const area of Object.values(api)) for (const fn of Object.values(area)) expect(typeof fn).toBe('function');
    // Each method is one channel, with its input (an empty object when none is given).
    await expect(api.profile?.get?.()).resolves.toEqual({ ok: true, value: 'profile:get' });
    await api.credentials?.add?.({ typeId: 'nasm-cpt' });
    expect(calls).toEqual([
      ['profile:get', {}],
      ['credentials:add', { typeId: 'nasm-cpt' }],
    ]);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/invoke|ipcRenderer|send/);
  });
});

describe('the preload’s menu bridge', () => {
  it('hands the page known command ids from one channel, and nothing else', () => {
    const { exposed, on } = evaluatePreload();
    const desktop = exposed.desktop as { onCommand: (listener: (command: string) => void) => void };
    expect(Object.keys(desktop)).toEqual(['onCommand']);
    const received: string[] = [];
    desktop.onCommand((command) => received.push(command));
    expect([...on.keys()]).toEqual([MENU_CHANNEL]);
    const deliver = on.get(MENU_CHANNEL) as (event: unknown, ...args: unknown[]) => void;
    deliver({}, 'log-activity');
    deliver({}, 'rm -rf');
    deliver({}, { toString: () => 'log-activity' });
    deliver({}, 'go-timeline');
    expect(received).toEqual(['log-activity', 'go-timeline']);
    expect(COMMAND_IDS).toContain('log-activity');
  });
});
