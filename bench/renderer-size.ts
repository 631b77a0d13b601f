/** The page's first load: the entry script's size (minified) and whether zod or papaparse came with it. */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export async function benchRendererSize(): Promise<void> {
  const dir = path.resolve('out/renderer');
  const html = await fs.readFile(path.join(dir, 'index.html'), 'utf8');
  const entry = /<script[^>]+src="\.?\/?([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) return console.log(JSON.stringify({ figure: 'renderer.initial_js', error: 'run npm run build first' }));
  const code = await fs.readFile(path.join(dir, entry), 'utf8');
  console.log(
    JSON.stringify({
      figure: 'renderer.initial_js',
      kb: Math.round(Buffer.byteLength(code) / 1024),
      target_kb: 400,
      zod: /ZodError|\$ZodType/.test(code),
      papaparse: /PapaParse|Papa\.parse/.test(code),
    }),
  );
}
