/**
 * Classes of misreading found on designs 586–600 (read on first sight, tuned on their
 * development part only): a table whose head is centred over its cells (the cells set a letter's
 * height apart); Danish and Finnish first-aid cards; a course's name ("… Workshop") taken for the
 * letterhead, and a caption under the name ("Participant") for the title; Dutch "Hierbij
 * verklaren wij dat" and "de cursus"; an e-mail's own "Date:" header taken for the course's
 * date. Each test failed before the change (the guards say so where they passed); the values
 * are invented.
 */
import { describe, expect, it } from 'vitest';
import { splitRow } from '../../../../../shared/domain/certificate-reading/layout';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));
/** Pieces of a row in 10-point letters: [text, x, right]. */
const row = (...pieces: [string, number, number][]) =>
  splitRow(pieces, ([, x, right]) => ({ x, right, size: 10 })).map((run) => run.map(([t]) => t).join(' '));

describe('table rows', () => {
  it('a row set apart at three places by more than a letter is split at each: a table row', () => {
    expect(
      row(
        ['2026-05-14', 63, 124],
        ['Balance Training', 136, 230],
        ['for Seniors', 232, 275],
        ['4', 288, 294],
        ['0.4', 333, 349],
      ),
    ).toEqual(['2026-05-14', 'Balance Training for Seniors', '4', '0.4']);
    expect(row(['Completed', 63, 124], ['Course', 186, 225], ['Hours', 288, 318], ['ACE CECs', 330, 386])).toEqual([
      'Completed',
      'Course',
      'Hours',
      'ACE CECs',
    ]);
  });

  it('guard (passed before): one such gap in a line of prose does not split it', () => {
    expect(row(['Presented to', 60, 120], ['Ana Lima', 132, 175], ['for', 178, 192])).toEqual([
      'Presented to Ana Lima for',
    ]);
  });

  it('guard (passed before; the split above is what was missing): a transcript row under its head reads as the course, its hours and its CECs', () => {
    const r = read(
      cells(
        ['Riverside Academy', 15, 57, 86],
        ['Learner: Grace Lee', 12, 57, 151],
        ['Completed', 10, 63, 184],
        ['Course', 10, 186, 184],
        ['Hours', 10, 288, 184],
        ['ACE CECs', 10, 330, 184],
        ['2026-05-14', 10, 63, 208],
        ['Balance Training for Seniors', 10, 136, 208],
        ['4', 10, 288, 208],
        ['0.4', 10, 333, 208],
      ),
    );
    expect(r.title?.value).toBe('Balance Training for Seniors');
    expect(r.contactMinutes?.value).toBe(240);
    expect(r.credits.map((c) => [c.bodyId, c.amount])).toEqual([['ace', 40]]);
  });
});

describe('first-aid cards', () => {
  it('Danish: "Førstehjælp", "Kursusdato", "Gyldigt til"', () => {
    const r = text(
      'Dansk Førstehjælpsråd',
      'Førstehjælp og hjertestart',
      'Navn: Mads Holm',
      'Kursusdato: 22.01.2026',
      'Gyldigt til: 22.01.2028',
    );
    expect(r.kind).toBe('card');
    expect([r.completedOn?.value, r.expiresOn?.value]).toEqual(['2026-01-22', '2028-01-22']);
  });

  it('Finnish: "Ensiapu", "Suoritettu", "Voimassa … asti"', () => {
    const r = text(
      'Ensiapukoulutus Oy',
      'Ensiapu 1',
      'Nimi: Aino Laine',
      'Suoritettu: 12.2.2026',
      'Voimassa: 12.2.2029 asti',
    );
    expect(r.kind).toBe('card');
    expect([r.completedOn?.value, r.expiresOn?.value]).toEqual(['2026-02-12', '2029-02-12']);
  });
});

describe('titles, letterheads and captions', () => {
  it('a line that ends in "Workshop" names the course, not who gave it; a caption under the name is no title', () => {
    const r = text(
      'Coastline Aquatics',
      'Certificate of Completion',
      'Water Fitness Instructor Workshop',
      'Sofia Marino',
      'Participant',
      'Completed April 11, 2026',
    );
    expect(r.provider?.value).toBe('Coastline Aquatics');
    expect(r.title?.value).toBe('Water Fitness Instructor Workshop');
    expect(r.title?.confidence).toBeLessThan(0.7);
  });

  it('Dutch: "Hierbij verklaren wij dat / X / de cursus / Y / met goed gevolg heeft afgerond"', () => {
    const r = text(
      'Hierbij verklaren wij dat',
      'Sanne de Wit',
      'de cursus',
      'Kettlebell Basis',
      'met goed gevolg heeft afgerond op 18 juni 2026',
    );
    expect([r.holder?.value, r.title?.value]).toEqual(['Sanne de Wit', 'Kettlebell Basis']);
  });
});

describe('dates', () => {
  it('an e-mail\'s own "Date:" among its From, To and Subject is when it was sent, not the course\'s date', () => {
    const r = text(
      'From: certificates@example.com',
      'To: ben@example.com',
      'Date: Tue, 24 Nov 2026 10:12',
      'Subject: Your certificate',
      'Well done on finishing Heart Zones on 23 November 2026.',
    );
    expect(r.completedOn?.value).toBe('2026-11-23');
    expect(r.completedOn?.confidence).toBeLessThan(0.7);
  });

  it('guard (passed before): a "Date:" on a certificate with no mail headers is its date', () => {
    expect(text('Course: Heart Zones', 'Date: 24 Nov 2026').completedOn?.value).toBe('2026-11-24');
  });
});
