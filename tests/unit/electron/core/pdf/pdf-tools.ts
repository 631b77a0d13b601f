/** Reading generated PDFs back with Debian's poppler-utils and qpdf (installed by .ci/run). */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../../helpers';

export function saveTemp(bytes: Uint8Array, name = 'out.pdf'): string {
  const file = path.join(tempDir('recert-pdf-'), name);
  writeFileSync(file, bytes);
  return file;
}

/** The text of one page (1-based), or of the whole file. */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/** qpdf --check: returns its output; throws if qpdf finds errors (exit code 2). */
export function qpdfCheck(file: string): string {
  return execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
}

/** Bookmark titles, from qpdf's JSON view of the outline. */
export function bookmarks(file: string): string[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' })) as {
    outlines: { title: string }[];
  };
  return json.outlines.map((o) => o.title);
}
