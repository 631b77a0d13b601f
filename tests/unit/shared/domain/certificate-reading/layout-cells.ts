/**
 * Certificates as the reader receives them from a PDF's text layer, written in a test: each
 * cell's text, size and place (x, y in points), its width worked out from its letters.
 */
import type { TextCell } from '../../../../../shared/domain/certificate-reading/layout';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

export const cells = (...rows: [string, number, number, number][]): TextCell[] =>
  rows.map(([text, size, x, y]) => ({ text, size, x, y, width: text.length * size * 0.5 }));

/** The reading of a page made of these cells, its text in their order. */
export const read = (layout: TextCell[]) => readCertificateText(layout.map((c) => c.text).join('\n'), layout);
