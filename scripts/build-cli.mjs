// Builds the `recert` command to plain JavaScript (out/cli/), so it starts without a TypeScript
// loader; heavy parts (PDF, certificate checks, spreadsheets) are separate chunks, loaded only by
// the commands that use them. Run by `npm run build` and by `prepare` (so `npm install` leaves a
// working `npx recert`).
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
rmSync(path.join(root, 'out/cli'), { recursive: true, force: true });
await build({
  entryPoints: { recert: path.join(root, 'electron/cli/recert.ts'), web: path.join(root, 'electron/web-main.ts') },
  outdir: path.join(root, 'out/cli'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
