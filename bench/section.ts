/** One section of `npm run bench`, in this process: `section.ts <name>` (run.ts starts one per section). */
import { SECTIONS } from './sections';

const name = process.argv[2] ?? '';
const section = SECTIONS[name];
if (!section) throw new Error(`Unknown bench section: ${name}`);
await section();
