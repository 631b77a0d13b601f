/**
 * Classes of misreading found on designs 601–615 (read on first sight, tuned on their
 * development part only): a family name first with a middle initial; Portuguese "Declaramos para
 * os devidos fins que"; hours written "20h" after a duration's label; Slovak "hodín"; a line of
 * parts (a letterhead in two languages) run on into the heading under it; "attended the full-day
 * workshop X"; and on their photos, a list of credits OCR read as cells of one row, and a column
 * of bodies one row of which OCR read as one cell. Each test failed before the change (the guards say so where they passed); the
 * values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('holders', () => {
  it('"Harrison, Emily R." is Emily R. Harrison', () => {
    expect(text('Participant: Harrison, Emily R.', 'Course: Suspension Basics').holder?.value).toBe(
      'Emily R. Harrison',
    );
  });

  it('"Declaramos para os devidos fins que X concluiu o curso Y"', () => {
    const r = text('Declaramos para os devidos fins que Renata Lima concluiu o curso Treino para Gestantes.');
    expect([r.holder?.value, r.title?.value]).toEqual(['Renata Lima', 'Treino para Gestantes']);
  });
});

describe('contact time', () => {
  it('"Carga horária: 20h" and "Duração: 7h" are hours', () => {
    expect(text('Curso: Treino', 'Carga horária: 20h').contactMinutes?.value).toBe(1200);
    expect(text('Curso: Treino', 'Carga horaria: 12').contactMinutes?.value).toBe(720);
    expect(text('Curso: Treino', 'Duração: 7h').contactMinutes?.value).toBe(420);
  });

  it('guard (passed before): an "h" with no duration label, or a clock time, is no contact time', () => {
    expect(text('Course: Treino', 'Room 4h').contactMinutes).toBeUndefined();
    expect(text('Course: Treino', 'Duration: 2 days').contactMinutes).toBeUndefined();
    expect(text('Course: Treino', 'Time: 10h30').contactMinutes).toBeUndefined();
  });

  it('Slovak "v rozsahu 10 hodín"', () => {
    expect(text('Osvedčenie', 'dňa 3. 4. 2026 v rozsahu 10 hodín.').contactMinutes?.value).toBe(600);
  });
});

describe('letterheads and titles', () => {
  it('a letterhead of parts in two languages does not run on into the heading under it', () => {
    const r = text(
      'Academi Ffitrwydd Caerdydd · Cardiff Fitness Academy',
      'Tystysgrif Cwblhau · Certificate of Completion',
      'Awarded to',
      'Siôn Roberts',
    );
    expect(r.provider?.value).toBe('Academi Ffitrwydd Caerdydd');
  });

  it('"X attended the full-day workshop Y on <date>": the title is Y, the holder X', () => {
    const r = text(
      'Anders Lind attended the full-day workshop Myofascial Release for Runners on 19 September 2026 and earned 0.6 NETA CECs.',
    );
    expect([r.holder?.value, r.title?.value]).toEqual(['Anders Lind', 'Myofascial Release for Runners']);
  });
});

describe('credits as OCR reads them off a photo', () => {
  it('a list of credits read as cells of one row is one list', () => {
    const r = read(
      cells(
        ['Course: Metabolic Design', 19, 600, 600],
        ['CEUs awarded: 0.5 (NASM)', 16, 623, 702],
        ['0.5 (ACE)', 16, 899, 702],
        ['5.0 (AFAA)', 16, 1007, 702],
      ),
    );
    expect(r.credits.map((c) => [c.bodyId, c.amount]).sort()).toEqual([
      ['ace', 50],
      ['afaa', 500],
      ['nasm', 50],
    ]);
  });

  it('a column of bodies, one row of which is read as one cell, gives its body to the amount beside it', () => {
    const r = read(
      cells(
        ['Course: Client Retention', 25, 225, 549],
        ['ISSA', 25, 241, 702],
        ['5 CEUs', 25, 358, 702],
        ['NCSF 0.5 CEUs', 25, 240, 772],
      ),
    );
    expect(r.credits.map((c) => [c.bodyId, c.amount])).toEqual([
      ['issa', 500],
      ['ncsf', 50],
    ]);
  });
});
