/**
 * Classes of misreading found on designs 1366–1380 (read on first sight, tuned on their
 * development part only): where and when a course took place after its title in Portuguese and
 * Spanish ("…, que decorreu em Lisboa a 7 de março", "…, realizado del 2 al 4 de octubre"), and
 * Lithuanian "išklausė mokymus X". Each test failed before the change, except the guard; the
 * values are invented.
 */
import { expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

it.each([
  [
    'participou no workshop Treino Intervalado, que decorreu em Lisboa a 7 de março de 2026, com a duração de 6 horas.',
    'Treino Intervalado',
  ],
  [
    'ha superado con aprovechamiento el curso Monitor de Ciclo, realizado del 2 al 4 de octubre de 2026.',
    'Monitor de Ciclo',
  ],
  ['asistió al taller Movilidad Básica, que tuvo lugar en Sevilla el 3 de mayo de 2026.', 'Movilidad Básica'],
])('"%s"', (sentence, title) => {
  expect(text('Ana Lima', sentence).title?.value).toBe(title);
});

it('guard: "realizado el" with its date still goes (passed before)', () => {
  expect(text('Ana Lima', 'ha completado el curso Core Básico, realizado el 3 de mayo de 2026.').title?.value).toBe(
    'Core Básico',
  );
});

it('Lithuanian "išklausė mokymus X"', () => {
  expect(text('Pažymėjimas', 'Gintarė Jankutė', 'išklausė mokymus Funkcinė treniruotė vyresniems').title?.value).toBe(
    'Funkcinė treniruotė vyresniems',
  );
});
