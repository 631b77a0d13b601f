#!/usr/bin/env node
// The `recert` command. It runs the built JavaScript (out/cli/, made by `npm run build` and at
// `npm install`), which starts in a fraction of a second; in a checkout that was never built it
// falls back to running the TypeScript through tsx.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../out/cli/recert.mjs', import.meta.url));
let main;
if (existsSync(built)) {
  ({ main } = await import(built));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../electron/cli/recert.ts'));
}
process.exitCode = await main(process.argv.slice(2));
