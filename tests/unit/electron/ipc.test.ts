import { describe, expect, it, vi } from 'vitest';

// ipc.ts imports ipcMain from electron; the tests pass their own fake instead.
vi.mock('electron', () => ({ ipcMain: { handle: () => undefined } }));

const { registerContract, trustedSender } = await import('../../../electron/ipc');
const { METHODS } = await import('../../../shared/contract');
const { NASM_CPT, openCore } = await import('../helpers');

type Listener = (event: unknown, input: unknown) => Promise<unknown>;

function fakeIpc() {
  const handlers = new Map<string, Listener>();
  return { handlers, ipc: { handle: (channel: string, listener: Listener) => void handlers.set(channel, listener) } };
}

const ourContents = { id: 1 };
const otherContents = { id: 2 };
const topFrame = (url: string) => ({ url, parent: null });
const event = (sender: object, frame: object | null) => ({ sender, senderFrame: frame });

describe('the IPC wrapper', () => {
  async function setup() {
    const core = await openCore();
    const { handlers, ipc } = fakeIpc();
    const check = trustedSender(() => ourContents as never, 'app://recert');
    registerContract(core.dispatch, check, ipc as never);
    const call = (method: string, ev: unknown, input: unknown) => (handlers.get(method) as Listener)(ev, input);
    return { ...core, handlers, call };
  }

  it('registers exactly one channel per contract method', async () => {
    const { handlers } = await setup();
    expect([...handlers.keys()].sort()).toEqual([...METHODS].sort());
  });

  it('serves our own window', async () => {
    const { call } = await setup();
    const result = await call('credentials:add', event(ourContents, topFrame('app://recert/index.html')), NASM_CPT);
    expect(result).toMatchObject({ ok: true, value: { typeId: 'nasm-cpt' } });
  });

  it.each([
    ['a frame from another origin', event(ourContents, topFrame('https://evil.example/'))],
    ['a subframe of our window', event(ourContents, { url: 'app://recert/index.html', parent: {} })],
    ['another web contents', event(otherContents, topFrame('app://recert/index.html'))],
    ['a destroyed frame', event(ourContents, null)],
    ['a file:// page', event(ourContents, topFrame('file:///etc/passwd'))],
  ])('refuses %s, answering forbidden and changing nothing', async (_label, ev) => {
    const { call, store } = await setup();
    const before = structuredClone(store.data);
    const result = await call('credentials:add', ev, NASM_CPT);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(store.data).toEqual(before);
  });

  it('never throws across the bridge: bad input is a Result', async () => {
    const { call } = await setup();
    const result = await call('credentials:add', event(ourContents, topFrame('app://recert/')), { name: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
