/**
 * Classes of misreading found on designs 226–240 (read on first sight, tuned on their
 * development part only): a Turkish certificate ("Sayın", "tamamlamıştır", hours in "saat", a
 * heading that looks like a name), and a letter whose subject line names the holder. Each test
 * failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { looksLikeName } from '../../../../../shared/domain/certificate-reading/values';

describe('a Turkish certificate', () => {
  it('"Sayın / Elif Yıldız / … eğitimi başarıyla tamamlamıştır: / Title / Süre: 16 saat"', () => {
    const r = readCertificateText(
      [
        'Ankara Spor Akademisi',
        'Katılım Belgesi',
        'Sayın',
        'Zeynep Kaya',
        'aşağıdaki eğitimi başarıyla tamamlamıştır:',
        'Kuvvet Antrenmanı',
        'Tarih: 12.04.2026 · Süre: 16 saat',
      ].join('\n'),
    );
    expect(r.holder?.value).toBe('Zeynep Kaya');
    expect(r.title?.value).toBe('Kuvvet Antrenmanı');
    expect(r.contactMinutes?.value).toBe(960);
    expect(r.completedOn?.value).toBe('2026-04-12');
  });

  it.each(['Katılım Belgesi', 'Teilnahmebescheinigung Kurs', 'Attestato Finale', 'Diplom Trenera'])(
    'a document’s own heading is never a name: "%s"',
    (heading) => {
      expect(looksLikeName(heading)).toBe(false);
    },
  );
});

describe('a letter whose subject line names the holder', () => {
  it('"Re: Continuing education credit for Maya Goldberg"', () => {
    const r = readCertificateText(
      [
        'Clearwater Aquatic Fitness School',
        'November 20, 2026',
        'Re: Continuing education credit for Dana Whitfield',
        'Course: Deep Water Running Instructor',
        'Date completed: November 7, 2026',
        'Credit: 4 NETA CECs',
      ].join('\n'),
    );
    expect(r.holder?.value).toBe('Dana Whitfield');
    expect(r.completedOn?.value).toBe('2026-11-07');
  });
});
