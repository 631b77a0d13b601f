/**
 * Classes of misreading found on designs 1021–1035 (read on first sight, tuned on their
 * development part only): a form's labels "Name of Trainee" and "Title of Program" in a column
 * beside their values; an ambulance service's name on a card is no holder; Turkish puts the
 * course before its verb ("X eğitimini başarıyla tamamlamıştır") and its heading's word last
 * ("Katılım Belgesi"); a title ends before "approved for 1.9 NASM CEUs". Each test failed before
 * the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('a form of labels beside values', () => {
  it('"Name of Trainee" and "Title of Program" in the left column', () => {
    const r = read(
      cells(
        ['Record of Continuing Education', 16, 150, 60],
        ['Name of Trainee', 11, 60, 100],
        ['Jonas Albrecht', 11, 200, 100],
        ['Title of Program', 11, 60, 120],
        ['Plyometrics for Young Athletes', 11, 200, 120],
        ['Sponsor', 11, 60, 140],
        ['Northside Strength Collective', 11, 200, 140],
      ),
    );
    expect(r.holder?.value).toBe('Jonas Albrecht');
    expect(r.title?.value).toBe('Plyometrics for Young Athletes');
  });
});

describe('cards', () => {
  it('"St. John Ambulance" at the top of a card is who issued it, not who holds it', () => {
    const r = text(
      'St. John Ambulance',
      'Standard First Aid with CPR Level C & AED',
      'Amélie Gagnon',
      'Issued: 2026-02-14 Expiry: 2029-02-14',
    );
    expect(r.holder?.value).toBe('Amélie Gagnon');
    expect(r.provider?.value).toBe('St. John Ambulance');
  });
});

describe('titles', () => {
  it('Turkish: "X eğitimini başarıyla tamamlamıştır" under the heading "Katılım Belgesi"', () => {
    const r = text(
      'Ankara Spor Eğitim Akademisi',
      'Katılım Belgesi',
      'Deniz Yılmaz',
      'Mobilite ve Esneklik Antrenmanı eğitimini başarıyla tamamlamıştır.',
      'Tarih: 12.09.2026',
    );
    expect(r.title?.value).toBe('Mobilite ve Esneklik Antrenmanı');
  });

  it('"has completed the X, approved for 1.9 NASM CEUs": the approval is no part of the name', () => {
    const r = text(
      'This certifies that',
      'Mara Lindgren',
      'has completed the Performance Enhancement Specialization, approved for 1.9 NASM CEUs.',
    );
    expect(r.title?.value).toBe('Performance Enhancement Specialization');
  });
});
