/**
 * Where a folder of `resources/` is (the PDF fonts, the OCR models): given by the host
 * (Electron's app path), or found from this module (the sources, or the built main process and
 * command in out/) or the working folder.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export function resourceDir(name: 'fonts' | 'ocr', probe: string, explicit?: string): string {
  const candidates = [
    explicit,
    // Two folders up from electron/core/ (the sources) and from out/main or out/cli (the build).
    path.resolve(import.meta.dirname, '../../resources', name),
    path.resolve(process.cwd(), 'resources', name),
  ].filter((c): c is string => typeof c === 'string' && c !== '');
  const found = candidates.find((dir) => existsSync(path.join(dir, probe)));
  if (!found) throw new Error(`Recert's ${name} files were not found (looked in ${candidates.join(', ')}).`);
  return found;
}
