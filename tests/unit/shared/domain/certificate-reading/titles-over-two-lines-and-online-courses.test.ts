/**
 * Classes of misreading found on designs 1336–1350 (read on first sight, tuned on their
 * development part only): a title over two lines whose second starts in small letters ("for
 * Fitness Professionals") taken for a letterhead; Portuguese "concluiu o curso online X". Each
 * test failed before the change; the values are invented.
 */
import { expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

it('a title\'s second line in small letters is no letterhead ("for Fitness Professionals")', () => {
  const r = read(
    cells(
      ['Meridian Wellness Coaching', 12, 330, 70],
      ['Motivational Interviewing', 28, 250, 110],
      ['for Fitness Professionals', 28, 255, 145],
      ['certificate of completion awarded to', 11, 320, 180],
      ['Anouk Jansen', 16, 350, 205],
      ['26 September 2026 · 0.8 ACE CECs', 11, 310, 230],
    ),
  );
  expect(r.provider?.value).not.toMatch(/Fitness Professionals/);
  expect(r.title?.value).toBe('Motivational Interviewing for Fitness Professionals');
});

it('Portuguese "concluiu o curso online X"', () => {
  expect(
    readCertificateText(
      'Declaramos que Larissa Dias concluiu o curso online Treinamento para Gestantes, com carga horária de 8 horas.',
    ).title?.value,
  ).toBe('Treinamento para Gestantes');
});
