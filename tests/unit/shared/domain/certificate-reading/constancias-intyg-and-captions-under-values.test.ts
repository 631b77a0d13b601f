/**
 * Classes of misreading found on designs 781–795 (read on first sight, tuned on their
 * development part only): "Se deja constancia de que X ha completado el curso de Y, dictado el
 * …"; Swedish "Härmed intygas att X har deltagit"; Dutch "… dat X op 14 november heeft
 * deelgenomen"; a table's head naming the unit over rows of bodies and amounts; small captions
 * under a row of values, which says where the row's cells are (read from a PDF: also
 * pdf-text-layer.test.ts). Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { captionColumns } from '../../../../../shared/domain/certificate-reading/layout';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('sentences', () => {
  it('"Se deja constancia de que X ha completado el curso de Y, dictado el …"', () => {
    const r = text(
      'Se deja constancia de que Martín Paz ha completado el curso de Entrenamiento en Circuito, dictado el 22 de agosto de 2026.',
    );
    expect([r.holder?.value, r.title?.value]).toEqual(['Martín Paz', 'Entrenamiento en Circuito']);
  });

  it('Swedish "Härmed intygas att X har deltagit i kursen »Y«"', () => {
    expect(
      text('Härmed intygas att Oskar Lund har deltagit i kursen »Löpteknik« den 2 april 2026.').holder?.value,
    ).toBe('Oskar Lund');
  });

  it('Dutch "… dat X op 14 november 2026 heeft deelgenomen": the name ends before the date', () => {
    expect(
      text(
        'Hierbij verklaren wij dat Lisa de Bruin op 14 november 2026 heeft deelgenomen aan de workshop „Mobiliteit”.',
      ).holder?.value,
    ).toBe('Lisa de Bruin');
  });
});

describe('tables', () => {
  it('"Body | Credits" over "NASM | 0.6" and "AFAA | 6.0": each body its amount', () => {
    expect(
      text('Course: Firefighter Strength', 'Body Credits', 'NASM 0.6', 'AFAA 6.0').credits.map((c) => [
        c.bodyId,
        c.amount,
      ]),
    ).toEqual([
      ['nasm', 60],
      ['afaa', 600],
    ]);
  });

  it('small captions just under a row of values give the row its columns; a row of body text under it does not', () => {
    const values = cells(['Chloe Anderson Gentle Yoga', 12, 57, 150]);
    expect(captionColumns(values, cells(['Name', 8, 57, 163], ['Course', 8, 169, 163]))).toEqual([57, 169]);
    expect(captionColumns(values, cells(['Name', 12, 57, 163], ['Course', 12, 169, 163]))).toEqual([]);
    expect(captionColumns(values, cells(['Name', 8, 57, 240], ['Course', 8, 169, 240]))).toEqual([]);
  });
});
