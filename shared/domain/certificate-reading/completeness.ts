/**
 * How much of a certificate a reading found. OCR reads a page one way first; a reading that
 * missed what every certificate prints is the sign that the page was cut wrongly (a ruled table
 * or a column dropped whole), and the page is read again the other way (read-file.ts).
 */
import type { CertificateReading } from './read-text';

/** The fields a reading found; its kind counts as one, its credits as one. */
export function fieldsFound(r: CertificateReading): number {
  const fields = [r.holder, r.title, r.provider, r.completedOn, r.expiresOn, r.contactMinutes, r.code];
  return (r.kind === 'unknown' ? 0 : 1) + fields.filter(Boolean).length + (r.credits.length > 0 ? 1 : 0);
}

/** A reading that missed what every certificate prints: what it is, who holds it, and a course's name. */
export function missesEssentials(r: CertificateReading): boolean {
  return r.kind === 'unknown' || !r.holder || (r.kind === 'course' && !r.title);
}
