/**
 * Classes of misreading found on designs 961–975 (read on first sight, tuned on their
 * development part only): a long letterhead wrapped onto a second line in its size; "Graduate"
 * as a caption under the name; a title before its length on one line ("Yin Yoga · 15 hours"); a
 * Romanian diploma ("Se acordă doamnei X", a course named "Instructor …"); OCR's colon for a
 * decimal point before a credit's unit. Each test failed before the change but for the guards of
 * each rule's limits; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { ocrLetters } from '../../../../../shared/domain/certificate-reading/ocr-letters';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { NOT_A_VALUE } from '../../../../../shared/domain/certificate-reading/phrases';
import { cells, read } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('letterheads', () => {
  it('a letterhead wrapped onto a second line in its size, that names an organisation too, is one name', () => {
    const r = read(
      cells(
        ['Northern Association for Exercise', 15, 261, 65],
        ['Science and Sports Medicine Education', 15, 255, 83],
        ['Certificate of Attendance', 26, 236, 128],
        ['Paul Mercer', 22, 354, 177],
        ['Concussion Care for Coaches', 16, 300, 210],
        ['2026-04-25 · 0.4 NSCA CEUs (Category A)', 12, 300, 240],
      ),
    );
    expect([r.provider?.value, r.title?.value]).toEqual([
      'Northern Association for Exercise Science and Sports Medicine Education',
      'Concussion Care for Coaches',
    ]);
  });

  it("a card's course under its letterhead in the same size is no part of the name", () => {
    const r = read(
      cells(
        ['Northern First Aid Training Ltd', 9, 20, 20],
        ['Emergency First Aid at Work', 9, 20, 32],
        ['Candidate: Ruth Ames', 9, 20, 48],
        ['Issued: 02/03/2026', 9, 20, 60],
        ['Expiry: 02/03/2029', 9, 20, 72],
      ),
    );
    expect(r.provider?.value).toBe('Northern First Aid Training Ltd');
  });
});

describe('names and titles', () => {
  it('"Graduate" under a name, and the title before its length ("Yin Yoga for Athletes · 15 hours")', () => {
    const r = read(
      cells(
        ['Coastline Yoga Collective', 11, 62, 60],
        ['Certificate of Completion', 26, 62, 90],
        ['Yin Yoga for Runners · 15 hours', 15, 62, 120],
        ['Completed 2026-07-07 at the studio in the harbour', 10, 62, 140],
        ['Zara Whitcombe', 16, 500, 400],
        ['Graduate', 8, 500, 412],
      ),
    );
    expect([r.holder?.value, r.title?.value]).toEqual(['Zara Whitcombe', 'Yin Yoga for Runners']);
  });

  it('Romanian "Se acordă doamnei X / care a absolvit cursul / Instructor Aerobic Nivel 1"', () => {
    const r = text(
      'Se acordă doamnei Elena Pop',
      'care a absolvit cursul',
      'Instructor Aerobic Nivel 1',
      'Cluj, 17 octombrie 2026',
    );
    expect([r.holder?.value, r.title?.value]).toEqual(['Elena Pop', 'Instructor Aerobic Nivel 1']);
  });

  it("an instructor's caption or name is still no value", () => {
    expect(
      ['Instructor', 'Instructor:', 'Instructor name', 'Instructor Maria Lopez'].map((t) => NOT_A_VALUE.test(t)),
    ).toEqual([true, true, true, true]);
  });
});

describe('OCR letters', () => {
  it('"ACE: 0:7 CECs" is 0.7; a time ("14:32 UTC") is left', () => {
    const fixed = ocrLetters(cells(['ACE: 0:7 CECs', 12, 0, 0], ['Completed at 14:32 UTC', 12, 0, 20]));
    expect(fixed.map((c) => c.text)).toEqual(['ACE: 0.7 CECs', 'Completed at 14:32 UTC']);
  });
});
