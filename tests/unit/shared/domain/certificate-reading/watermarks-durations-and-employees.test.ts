/**
 * Classes of misreading found on designs 1051–1065 (read on first sight, tuned on their
 * development part only): a watermark printed large behind the text ("CERTIFIED") is no line of
 * the certificate; a course's length after a comma ("…, com carga horária de 40 horas") is no
 * part of its name; "Employee:" names the holder of a staff training record. Each test failed
 * before the change, except the guard; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('watermarks', () => {
  it('"CERTIFIED" in 90 pt behind "for completing" is not the title under it', () => {
    const r = read(
      cells(
        ['Blue Ridge Fitness Academy', 13, 300, 60],
        ['Certificate of Completion', 26, 240, 100],
        ['awarded to', 12, 390, 130],
        ['Owen Gallagher', 24, 330, 170],
        ['for completing', 12, 380, 205],
        ['CERTIFIED', 90, 85, 215],
        ['Olympic Lifting for Coaches', 17, 300, 240],
        ['2026-04-25 · 1.0 NSCA CEU (Category C)', 11, 300, 265],
      ),
    );
    expect(r.title?.value).toBe('Olympic Lifting for Coaches');
  });

  it('guard: a big heading with nothing inside its height is kept (passed before)', () => {
    const r = read(
      cells(
        ['Blue Ridge Fitness Academy', 13, 300, 60],
        ['Olympic Lifting for Coaches', 40, 150, 140],
        ['awarded to Owen Gallagher', 12, 330, 175],
      ),
    );
    expect(r.title?.value).toBe('Olympic Lifting for Coaches');
  });
});

describe('titles', () => {
  it('"participou do curso X, com carga horária de 40 horas": the length is no part of the name', () => {
    expect(
      text('Certificamos que', 'Rafaela Moura', 'participou do curso Pilates Clínico, com carga horária de 40 horas.')
        .title?.value,
    ).toBe('Pilates Clínico');
  });
});

describe('holders', () => {
  it('"Employee: X" on a staff training record', () => {
    expect(
      text('PulseGym Group', 'Staff Training Record', 'Employee: Aoife Gallagher', 'Module: Gym Floor Safety').holder
        ?.value,
    ).toBe('Aoife Gallagher');
  });
});
