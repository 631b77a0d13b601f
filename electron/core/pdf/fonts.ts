/**
 * The fonts every exported PDF embeds (DejaVu Sans, shipped in resources/fonts with its
 * licence), so every name prints exactly: the 14 standard PDF fonts cannot print "Ł".
 */
import { resourceDir } from '../resources';

export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/** Where resources/fonts is: given by the host (Electron's app path), or found (resources.ts). */
export function resolveFontDir(explicit?: string): string {
  return resourceDir('fonts', FONT_FILES.regular, explicit);
}
