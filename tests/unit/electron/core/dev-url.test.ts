import { describe, expect, it } from 'vitest';
import { devRendererUrl } from '../../../../electron/core/dev-url';

describe('the dev page address is trusted only under electron-vite dev, on loopback', () => {
  const dev = { NODE_ENV_ELECTRON_VITE: 'development' };
  it.each([
    [
      'electron-vite dev on 127.0.0.1',
      { ...dev, ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173' },
      false,
      'http://127.0.0.1:5173',
    ],
    [
      'electron-vite dev on localhost',
      { ...dev, ELECTRON_RENDERER_URL: 'http://localhost:5173' },
      false,
      'http://localhost:5173',
    ],
    ['the variable alone, outside dev', { ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173' }, false, undefined],
    ['a remote address', { ...dev, ELECTRON_RENDERER_URL: 'https://evil.example' }, false, undefined],
    ['credentials in the address', { ...dev, ELECTRON_RENDERER_URL: 'http://a@127.0.0.1:1' }, false, undefined],
    ['a file: address', { ...dev, ELECTRON_RENDERER_URL: 'file:///tmp/index.html' }, false, undefined],
    ['a packaged app', { ...dev, ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173' }, true, undefined],
  ])('%s', (_label, env, packaged, expected) => expect(devRendererUrl(env, packaged)).toBe(expected));
});
