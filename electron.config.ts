/** electron-vite build of the three parts: main (ESM), preload (one CommonJS file, for the sandbox), renderer. */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * Under `npm run dev` only: drop the page's meta CSP, which blocks the styles Vite injects.
 * The built page keeps it, and the desktop app and the browser host also send it as a header.
 */
export const devPageWithoutMetaCsp: Plugin = {
  name: 'recert-dev-without-meta-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, ''),
};

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      lib: { entry: resolve(root, 'electron/main.ts'), formats: ['es'], fileName: () => 'main.js' },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload must be a single CommonJS file that imports only `electron`.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/preload.ts'), formats: ['cjs'], fileName: () => 'preload.cjs' },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), devPageWithoutMetaCsp],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified by default; the page loads faster minified.
      minify: true,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
