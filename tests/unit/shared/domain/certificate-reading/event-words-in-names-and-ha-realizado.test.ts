/**
 * Classes of misreading found on designs 1291–1305 (read on first sight, tuned on their
 * development part only): a letterhead that starts with an event's word ("Summit Sports
 * Performance") taken for an event and so for the title; Spanish "ha realizado el curso X" under
 * the holder's line ("D.ª Lucía Romero Vidal"). Each test failed before the change, except the
 * guard; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

describe('an event word that starts a name', () => {
  it('"Summit Sports Performance" is who gave the course, not the course', () => {
    const r = read(
      cells(
        ['Summit Sports Lab', 13, 317, 114],
        ['Certificate of Completion', 26, 237, 158],
        ['Lorenzo Bianco', 24, 322, 211],
        ['Velocity-Based Training Essentials', 12, 320, 252],
        ['April 18, 2026', 11, 382, 277],
      ),
    );
    expect(r.title?.value).toBe('Velocity-Based Training Essentials');
  });

  it('guard: an event named by its word at the end is still the title (passed before)', () => {
    const r = read(
      cells(
        ['Southwest Fitness Summit', 13, 317, 114],
        ['Certificate of Attendance', 26, 237, 158],
        ['Lorenzo Bianco', 24, 322, 211],
        ['April 18, 2026', 11, 382, 277],
      ),
    );
    expect(r.title?.value).toBe('Southwest Fitness Summit');
  });
});

describe('Spanish "ha realizado el curso"', () => {
  it('the title after it, the name on the line above it', () => {
    const r = readCertificateText(
      [
        'Escuela de Entrenamiento',
        'Diploma',
        'D.ª Lucía Romero Vidal',
        'ha realizado el curso Core y Suelo Pélvico, con una duración de 20 horas.',
      ].join('\n'),
    );
    expect(r.title?.value).toBe('Core y Suelo Pélvico');
    expect(r.holder?.value).toBe('Lucía Romero Vidal');
  });
});
