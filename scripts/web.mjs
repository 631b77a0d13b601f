// `npm run web`: builds if needed, then runs the browser host from built JavaScript (no
// TypeScript loader at run time, so it answers in well under two seconds).
import path from 'node:path';
import { ensureBuilt } from './ensure-built.mjs';

const root = path.resolve(import.meta.dirname, '..');
ensureBuilt();
const { runWebHost } = await import(path.join(root, 'out/cli/web.mjs'));
await runWebHost(process.argv.slice(2), path.join(root, 'out/renderer'));
