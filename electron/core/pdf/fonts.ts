/**
 * The fonts every exported PDF embeds (DejaVu Sans, shipped in resources/fonts with its
 * licence), so every name prints exactly: the 14 standard PDF fonts cannot print "Ł".
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/** Where resources/fonts is: given by the host (Electron's app path), or found from here or the working folder. */
export function resolveFontDir(explicit?: string): string {
  const candidates = [
    explicit,
    process.env.RECERT_FONT_DIR,
    path.resolve(import.meta.dirname, '../../../resources/fonts'),
    path.resolve(import.meta.dirname, '../../resources/fonts'),
    path.resolve(process.cwd(), 'resources/fonts'),
  ].filter((c): c is string => typeof c === 'string' && c !== '');
  const found = candidates.find((dir) => existsSync(path.join(dir, FONT_FILES.regular)));
  if (!found) throw new Error(`The PDF fonts were not found (looked in ${candidates.join(', ')}).`);
  return found;
}
