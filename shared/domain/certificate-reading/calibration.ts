/**
 * How sure a reading may be, by what it was read from. A PDF's text layer is the certificate's
 * own text; OCR is a guess at letters. Measured on the development designs' photos and scans
 * (`npx tsx bench/certificate-designs.ts photo`, the "calibration" lines): a field is shown as
 * sure only where readings like it were right at least 99% of the time there.
 *
 * - A field whose words the engine itself doubts (its least sure word below OCR_WORDS_SURE) is a
 *   guess.
 * - A name read by OCR is a guess: even with the models of fourteen languages the engine drops
 *   or swaps some diacritics (ø read as o, ā as a, ễ as é) on a phone photo. The proposal puts it right when it is the user's own name
 *   (propose.ts: the profile's spelling, sure).
 */
import type { TextCell } from './layout';
import type { CertificateReading } from './read-text';

/**
 * Below this a value is a guess: the review screen marks it "check this", and the bench counts a
 * wrong value at or above it as wrong while shown as sure. One line for every screen and figure.
 */
export const UNSURE_BELOW = 0.7;

/** The engine's word confidence (0–1) below which a field read from that word is a guess. */
export const OCR_WORDS_SURE = 0.95;
/** A guess: below the review screen's "check this" line (0.7). */
const GUESS = 0.6;

/** The least sure OCR word behind a field's source text (1 when none is doubted). */
function wordsConfidence(source: string, cells: readonly TextCell[]): number {
  let least = 1;
  for (const c of cells)
    if (c.confidence !== undefined && c.text && source.includes(c.text)) least = Math.min(least, c.confidence);
  return least;
}

const doubt = <F extends { confidence: number; source: string } | undefined>(
  field: F,
  cells: readonly TextCell[],
  always = false,
): F =>
  field && (always || wordsConfidence(field.source, cells) < OCR_WORDS_SURE)
    ? { ...field, confidence: Math.min(field.confidence, GUESS) }
    : field;

/** The reading with OCR's doubts applied; a reading from a text layer is returned as it is. */
export function calibrate(reading: CertificateReading, cells: readonly TextCell[]): CertificateReading {
  if (!cells.some((c) => c.confidence !== undefined)) return reading;
  const out: CertificateReading = { ...reading, credits: reading.credits.map((c) => doubt(c, cells)) };
  if (reading.holder) out.holder = doubt(reading.holder, cells, true);
  for (const key of ['title', 'provider', 'completedOn', 'expiresOn', 'code', 'contactMinutes'] as const) {
    const field = reading[key];
    if (field) (out as unknown as Record<string, unknown>)[key] = doubt(field, cells);
  }
  return out;
}
