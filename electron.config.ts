/** electron-vite build of the three parts: main (ESM), preload (one CommonJS file, for the sandbox), renderer. */
import { readdirSync, readFileSync } from 'node:fs';
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

/** Where pdf.js finds the 14 standard fonts (for PDFs that name them without embedding them). */
export const PDF_FONTS_PATH = 'pdfjs/standard_fonts/';
const pdfFontsDir = resolve(root, 'node_modules/pdfjs-dist/standard_fonts');

/**
 * pdf.js's standard fonts, served with the page (never fetched from elsewhere): copied into the
 * build, and served by Vite's dev server under the same path.
 */
export const pdfStandardFonts: Plugin = {
  name: 'recert-pdf-standard-fonts',
  generateBundle() {
    for (const name of readdirSync(pdfFontsDir))
      this.emitFile({
        type: 'asset',
        fileName: `${PDF_FONTS_PATH}${name}`,
        source: readFileSync(resolve(pdfFontsDir, name)),
      });
  },
  configureServer(server) {
    server.middlewares.use(`/${PDF_FONTS_PATH}`, (request, response, next) => {
      const name = decodeURIComponent((request.url ?? '').replace(/^\//, '').split('?')[0] ?? '');
      if (!readdirSync(pdfFontsDir).includes(name)) return next();
      response.setHeader('Content-Type', 'application/octet-stream');
      response.end(readFileSync(resolve(pdfFontsDir, name)));
    });
  },
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
    plugins: [react(), devPageWithoutMetaCsp, pdfStandardFonts],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified by default; the page loads faster minified.
      minify: true,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
