import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../../../electron/core/app-protocol-handler';
import { resolveStaticPath } from '../../../../electron/core/static-files';
import { tempDir } from '../../helpers';

let root: string;
let renderer: string;

beforeEach(async () => {
  root = tempDir();
  renderer = path.join(root, 'renderer');
  await fs.mkdir(path.join(renderer, 'assets'), { recursive: true });
  await fs.writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Recert</title>');
  await fs.writeFile(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
  await fs.writeFile(path.join(root, 'secret.txt'), 'secret');
});

describe('app:// protocol', () => {
  it('serves the renderer with a CSP header', async () => {
    const index = await serveAppRequest(renderer, 'app://recert/');
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>Recert</title>');
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    const js = await serveAppRequest(renderer, 'app://recert/assets/app.js?v=1');
    expect(js.headers.get('content-type')).toMatch(/javascript/);
  });

  it.each([
    'app://recert/../secret.txt',
    'app://recert/%2e%2e/secret.txt',
    'app://recert/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://recert/..%2fsecret.txt',
    'app://recert/..%5csecret.txt',
    'app://recert/%00index.html',
    'app://recert/%E0%A4%A',
    'app://other/index.html',
    'https://recert/index.html',
    'app://recert/missing.js',
  ])('answers 404 for %s', async (url) => {
    const response = await serveAppRequest(renderer, url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('keeps every resolved path inside the root', () => {
    expect(resolveStaticPath(renderer, '/assets/app.js')).toBe(path.join(renderer, 'assets', 'app.js'));
    expect(resolveStaticPath(renderer, '/../secret.txt')).toBeNull();
    expect(resolveStaticPath(renderer, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStaticPath(renderer, `/${'../'.repeat(20)}etc/passwd`)).toBeNull();
    expect(resolveStaticPath(renderer, '/assets/../../renderer-evil/x')).toBeNull();
  });
});
