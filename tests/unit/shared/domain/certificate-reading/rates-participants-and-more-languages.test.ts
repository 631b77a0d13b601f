/**
 * Classes of misreading found on designs 481–495 (read on first sight, tuned on their
 * development part only): a rate of credit per hour read as credit, and its result's "hours =
 * 0.3 CEUs" read as contact time; "six (6) contact hours"; "awarded to the participant:";
 * "Recording:"; Indonesian, Malay, Afrikaans and Catalan months, cues and hours. Each test failed
 * before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../../shared/domain/certificate-reading/dates';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('amounts', () => {
  it('"CEUs: 0.1 per contact hour × 3 hours = 0.3 CEUs": 0.3 CEUs, and 3 hours', () => {
    const r = text(
      'NASM Approved Provider #1288',
      'Course: Bands for Seniors',
      'CEUs: 0.1 per contact hour × 3 hours = 0.3 CEUs',
    );
    expect(r.credits.map((c) => `${c.bodyId} ${c.amount / 100}`)).toEqual(['nasm 0.3']);
    expect(r.contactMinutes?.value).toBe(180);
  });

  it('"for six (6) contact hours"', () => {
    expect(
      text('attended', 'Shoulder Rehab', 'on March 28, 2026, for six (6) contact hours.').contactMinutes?.value,
    ).toBe(360);
  });
});

describe('labels and cues', () => {
  it('"Awarded to the participant: Hiroshi Tanaka"; "Recording: X" is the title', () => {
    const r = text(
      'Certificate of Completion',
      'Awarded to the participant: Kenji Mori',
      'Recording: Breathing for Lifters',
      'Completed: 2026-10-18',
    );
    expect(r.holder?.value).toBe('Kenji Mori');
    expect(r.title?.value).toBe('Breathing for Lifters');
  });

  it('Indonesian: "diberikan kepada", "atas partisipasinya sebagai peserta dalam", "14 Agustus 2026", "16 jam"', () => {
    const r = text(
      'Akademi Kebugaran Jaya',
      'SERTIFIKAT',
      'diberikan kepada',
      'Putri Ayu',
      'atas partisipasinya sebagai peserta dalam',
      'Pelatihan Kebugaran',
      'Jakarta, 14 Agustus 2026',
      'Durasi: 16 jam',
    );
    expect(r.holder?.value).toBe('Putri Ayu');
    expect(r.title?.value).toBe('Pelatihan Kebugaran');
    expect(r.completedOn?.value).toBe('2026-08-14');
    expect(r.contactMinutes?.value).toBe(960);
  });

  it('Malay "telah menyertai" and "5 Ogos 2026"; Afrikaans "Ure: 8"; Catalan "10 hores"', () => {
    const ms = text(
      'SIJIL PENYERTAAN',
      'Dengan ini disahkan bahawa',
      'Aina binti Yusof',
      'telah menyertai',
      'Kursus Jurulatih',
      'pada 5 Ogos 2026',
    );
    expect(ms.holder?.value).toBe('Aina binti Yusof');
    expect(ms.title?.value).toBe('Kursus Jurulatih');
    expect(ms.completedOn?.value).toBe('2026-08-05');
    expect(text('SERTIFIKAAT', 'Sportvoeding', 'Datum: 12 Maart 2026', 'Ure: 8').contactMinutes?.value).toBe(480);
    expect(text('Entrenament de força', 'Durada: 10 hores').contactMinutes?.value).toBe(600);
  });

  it.each([
    ['Bandung, 3 Maret 2026', '2026-03-03'],
    ['Kuala Lumpur, 9 Disember 2026', '2026-12-09'],
    ['Stellenbosch, 2 Junie 2026', '2026-06-02'],
    ['Barcelona, 7 de juliol de 2026', '2026-07-07'],
  ])('%s', (line, date) => {
    expect(findDates(line)[0]?.date).toBe(date);
  });
});
