/**
 * Classes of misreading found on designs 106–120 (read on first sight, tuned on their
 * development part only): a table's row that reads as one run of text, a label and a name run
 * together, a credit column's category, a category in another part of the line, a certificate
 * in Italian, "participated in" at a line's end, and a course whose title says "Certification".
 * Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

const credit = (r: ReturnType<typeof read>) =>
  r.credits.map((c) => `${c.bodyId} ${c.amount / 100}${c.category ? ` ${c.category}` : ''}`);

describe('a table', () => {
  it('whose one row reads as one run of text gives each column its value, by what the column holds', () => {
    const layout = cells(
      ['NCSF Continuing Education Record', 18, 57, 88],
      ['Member: Eliska Dvorak', 12, 57, 118],
      ['Provider: Tatra Strength Lab', 12, 57, 145],
      ['Course', 10, 121, 178],
      ['Date', 10, 249, 178],
      ['CEUs', 10, 309, 178],
      ['Kettlebell Complexes 09/14/2026 0.5', 10, 66, 201],
    );
    // The row runs under every column of the head, to the last one's end.
    layout.at(-1)!.width = 270;
    const r = read(layout);
    expect(r.title?.value).toBe('Kettlebell Complexes');
    expect(r.completedOn?.value).toBe('2026-09-14');
    expect(credit(r)).toEqual(['ncsf 0.5']);
  });

  it('whose label and name run together ("Participant Name …") gives the name; its credit column keeps its category', () => {
    const r = read(
      cells(
        ['Eastfield College Extension', 16, 57, 88],
        ['Statement of Continuing Education Credit', 18, 57, 124],
        ['Participant Name Ama Mensah', 11, 66, 162],
        ['Program Title', 11, 66, 187],
        ['Strength Training for Older Adults', 11, 178, 187],
        ['NSCA CEUs', 11, 66, 262],
        ['0.8 (Category B)', 11, 178, 262],
      ),
    );
    expect(r.holder?.value).toBe('Ama Mensah');
    expect(credit(r)).toEqual(['nsca 0.8 B']);
  });
});

describe('a category printed in another part of the credit’s line', () => {
  it('belongs to the line’s one credit statement', () => {
    const r = readCertificateText(
      ['Certificate', 'This certifies that Jo Park', 'has completed Sprint Drills', 'NSCA CEUs: 0.2 · Category C'].join(
        '\n',
      ),
    );
    expect(credit(r)).toEqual(['nsca 0.2 C']);
  });
});

describe('a certificate in Italian', () => {
  it('reads "si attesta che", "ha partecipato al corso" and "il 9 ottobre 2026"', () => {
    const r = readCertificateText(
      [
        'Accademia Veneta del Movimento',
        'Attestato di partecipazione',
        'si attesta che',
        'Giulia Conti',
        'ha partecipato al corso',
        'Mobilità Toracica per Nuotatori',
        'il 9 ottobre 2026',
      ].join('\n'),
    );
    expect(r.holder?.value).toBe('Giulia Conti');
    expect(r.title?.value).toBe('Mobilità Toracica per Nuotatori');
    expect(r.completedOn?.value).toBe('2026-10-09');
  });
});

describe('the title', () => {
  it('follows "participated in" at the end of the holder’s line', () => {
    const r = readCertificateText(
      [
        'Certificate of Participation',
        'This is to certify that Lena Vogt participated in',
        'Rowing Technique Clinic',
        'held on May 3, 2026',
      ].join('\n'),
    );
    expect(r.title?.value).toBe('Rowing Technique Clinic');
  });

  it('may say "Certification" (only "Certificate" is the document’s heading)', () => {
    const r = read(
      cells(
        ['Harbour Movement', 11, 60, 80],
        ['Kemal Arslan', 30, 60, 120],
        ['Kettlebell Certification Refresher', 18, 60, 160],
        ['01.12.2026 · 0.4 ACE CECs', 11, 60, 200],
      ),
    );
    expect(r.title?.value).toBe('Kettlebell Certification Refresher');
  });
});
