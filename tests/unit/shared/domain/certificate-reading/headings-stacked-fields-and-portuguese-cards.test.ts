/**
 * Classes of misreading found on designs 796–810 (read on first sight, tuned on their
 * development part only): a sparse page whose heading holds most of its letters; a column of
 * fields, each label over its value; a label or a heading in two languages with a middle dot;
 * a Portuguese card's "Data de emissão" and "Válido até"; "for the three-day course X"; a
 * card's "Training Partner:"; OCR's "Joäo". Each test failed before the change, but for the two
 * that guard a rule's limits (a column head over a list; "äo" inside a word); the values are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { textLines } from '../../../../../shared/domain/certificate-reading/lines';
import { ocrLetters } from '../../../../../shared/domain/certificate-reading/ocr-letters';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('the page', () => {
  it('a name alone in its size is the holder even when the heading holds most of the letters', () => {
    const r = read(
      cells(
        ['Prairie Group Fitness', 13, 340, 76],
        ['Continuing Education Certificate', 28, 160, 124],
        ['Tessa Morales', 22, 340, 173],
        ['Indoor Cycling Masterclass', 15, 300, 214],
        ['Date of Course: 08/15/2026', 12, 336, 244],
      ),
    );
    expect(r.holder?.value).toBe('Tessa Morales');
  });

  it('a column of fields, each label over its value, is no table: "Course" names the value under it', () => {
    const r = read(
      cells(
        ['Adriatic Movement', 14, 62, 78],
        ['Course', 12, 386, 78],
        ['Institute', 14, 62, 94],
        ['Suspension Basics', 12, 386, 94],
        ['Completed', 12, 386, 115],
        ['12 July 2026', 12, 386, 129],
        ['Certificate', 24, 62, 135],
        ['awarded to', 12, 62, 169],
        ['Marco Borg', 20, 62, 210],
      ),
    );
    expect(r.title?.value).toBe('Suspension Basics');
  });

  it('a column head over several values still names a list, not its first value', () => {
    const r = read(
      cells(
        ['Course', 12, 60, 100],
        ['Mobility Basics', 12, 60, 116],
        ['Core Stability', 12, 60, 132],
        ['Hip Hinge Clinic', 12, 60, 148],
      ),
    );
    expect(r.title?.value).not.toBe('Mobility Basics');
  });
});

describe('two languages on a line', () => {
  it('"Cúrsa · Course: X" and "Dáta · Date: …" read as their labels; "Teastas · Certificate" says what the page is', () => {
    const r = text(
      'Acadamh Spóirt · Sport Academy',
      'Teastas · Certificate',
      'Aoife Nic Giolla',
      'Cúrsa · Course: Balance Training for Seniors',
      'Dáta · Date: 21/05/2026',
    );
    expect([r.kind, r.title?.value, r.completedOn?.value]).toEqual([
      'course',
      'Balance Training for Seniors',
      '2026-05-21',
    ]);
  });

  it('… also when OCR read the middle dot as a dash or a star', () => {
    const r = text('Teastas - Certificate', 'Cursa * Course: Balance Training for Seniors');
    expect([r.kind, r.title?.value]).toEqual(['course', 'Balance Training for Seniors']);
  });

  it('an organisation before the dot is kept: "Peak Fitness · Date: …" is no label in two languages', () => {
    expect(textLines('Cúrsa · Course: Balance\nPeak Fitness · Date: 2026-05-21')).toEqual([
      'Course: Balance',
      'Peak Fitness · Date: 2026-05-21',
    ]);
  });
});

describe('cards', () => {
  it('Portuguese "Data de emissão" and "Válido até", written day first', () => {
    const r = text(
      'Centro de Formação Lisboa',
      'Suporte Básico de Vida e DAE',
      'Formando: Rui Tavares',
      'Data de emissão: 02/06/2026',
      'Válido até: 02/06/2028',
    );
    expect([r.kind, r.completedOn?.value, r.expiresOn?.value]).toEqual(['card', '2026-06-02', '2028-06-02']);
  });

  it('"Training Partner:" on a card is who gave the course, not the brand on its front', () => {
    const r = text(
      'Canadian Red Cross',
      'Standard First Aid & CPR Level C',
      'Name: Luc Gagnon',
      'Date of Completion: 2026-03-14',
      'Expiry Date: 2029-03-14',
      'Training Partner: Outaouais Safety Training',
    );
    expect(r.provider?.value).toBe('Outaouais Safety Training');
  });
});

describe('sentences', () => {
  it('"for the three-day course X": the course’s length before the word', () => {
    expect(
      text(
        'Presented to Liam Byrne',
        'for the three-day course Olympic Lifting Coach Level 1',
        'Course dates: 3–5 October 2026',
      ).title?.value,
    ).toBe('Olympic Lifting Coach Level 1');
  });
});

describe('OCR letters', () => {
  it('"äo" at a word’s end is "ão" ("Joäo"); inside a word it is left', () => {
    const fixed = ocrLetters(
      cells(['Joäo Gonçalves', 12, 0, 0], ['Estêväo Reis', 12, 0, 20], ['Jäokim Laine', 12, 0, 40]),
    );
    expect(fixed.map((c) => c.text)).toEqual(['João Gonçalves', 'Estêvão Reis', 'Jäokim Laine']);
  });
});
