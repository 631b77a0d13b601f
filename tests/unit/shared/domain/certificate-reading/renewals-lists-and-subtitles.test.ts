/**
 * Classes of misreading found on designs 451–465 (read on first sight, tuned on their
 * development part only): a card's renewal printed in months; credits listed body first under
 * one label; "Co." as an organisation; Austrian academic titles and "Lerneinheiten"; a title's
 * own subtitle after a dash, and its printed dash; "the 8-hour course"; a quotation wrapped over
 * two lines; a name after the heading's dash. Each test failed before the change; the values are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { UNSURE_BELOW } from '../../../../../shared/domain/certificate-reading/calibration';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));
const credits = (r: ReturnType<typeof text>) => r.credits.map((c) => `${c.bodyId} ${c.amount / 100}`).sort();

describe('cards and credits', () => {
  it('"Recommended renewal: 24 months" ends the card 24 months after its date', () => {
    const r = text(
      'Harbour First Response',
      'Primary Care (CPR) & Secondary Care (First Aid)',
      'Name: Lea Costa',
      'Completion date: 14 Jun 2026',
      'Recommended renewal: 24 months',
    );
    expect(r.kind).toBe('card');
    expect(r.expiresOn?.value).toBe('2028-06-14');
  });

  it('credits listed body first under one label, on one line or going on in lines of their own', () => {
    expect(credits(text('Group Formats', 'Continuing education credits: NETA 0.6 | ACE 0.6 | AFAA 6.0'))).toEqual([
      'ace 0.6',
      'afaa 6',
      'neta 0.6',
    ]);
    expect(credits(text('Group Formats', 'Continuing education credits: NETA 0.5', 'ACE 0.5', 'AFAA 5.0'))).toEqual([
      'ace 0.5',
      'afaa 5',
      'neta 0.5',
    ]);
  });

  it('a body and a figure that are no list of credits stay none (guard)', () => {
    expect(credits(text('NSCA 2026 National Conference', 'Hours: 6'))).toEqual([]);
  });
});

describe('names, titles and providers', () => {
  it('"Elevate Coaching Co." under an approved-provider badge is the provider', () => {
    const r = text(
      'NASM Approved Provider',
      'Elevate Coaching Co.',
      'Certificate of Completion',
      'Presented to Ana Lima',
    );
    expect(r.provider?.value).toBe('Elevate Coaching Co.');
  });

  it('"Mag. Lukas Gruber" is Lukas Gruber; "16 Lerneinheiten" are 45 minutes each', () => {
    const r = text(
      'Teilnahmezertifikat',
      'Mag. Lukas Berger',
      'hat an der Fortbildung',
      'Kinderturnen',
      'teilgenommen.',
      'Umfang: 16 Lerneinheiten',
    );
    expect(r.holder?.value).toBe('Lukas Berger');
    expect(r.contactMinutes?.value).toBe(720);
  });

  it("a subtitle after a dash is the title's own, with its dash as printed; an amount after one is not", () => {
    expect(text('hat an der Fortbildung', 'Kinderturnen – Grundlagen', 'teilgenommen.').title?.value).toBe(
      'Kinderturnen – Grundlagen',
    );
    expect(text('has completed', 'Mobility Basics – 0.5 NASM CEUs').title?.value).toBe('Mobility Basics');
  });

  it('"the 8-hour course “X”", its quotation wrapped over two lines: the title, and 8 hours', () => {
    const r = text(
      'This certifies that Samuel Ade has completed the 8-hour course “ADVANCED KETTLEBELL',
      'TECHNIQUES”.',
      'Completion Date: Nov 3rd 2026',
    );
    expect(r.title?.value).toBe('ADVANCED KETTLEBELL TECHNIQUES');
    expect(r.contactMinutes?.value).toBe(480);
  });

  it('"attended our in-house workshop “X”" in a letter', () => {
    const r = text(
      'This letter confirms that Rahul Mehta attended our in-house workshop “Client',
      'Assessment Basics” on 22 October 2026 (3 hours).',
    );
    expect(r.title?.value).toBe('Client Assessment Basics');
  });

  it('"Certificate of Completion — Jonas Weber": the name, a guess', () => {
    const r = text(
      'Certificate of Completion — Jonas Weber',
      'Course: Trail Running Strength',
      'Completed: 2026-08-02',
    );
    expect(r.holder?.value).toBe('Jonas Weber');
    expect(r.holder!.confidence).toBeLessThan(UNSURE_BELOW);
    expect(r.title?.value).toBe('Trail Running Strength');
  });
});
