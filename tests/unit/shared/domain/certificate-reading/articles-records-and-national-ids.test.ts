/**
 * Classes of misreading found on designs 511–525 (read on first sight, tuned on their
 * development part only): "Article:" as the title's label; a record's parts in small letters
 * ("awarded to maria garcia | for mobility basics | …"); "Stunden: 7,5"; a national ID after the
 * holder's name. Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { UNSURE_BELOW } from '../../../../../shared/domain/certificate-reading/calibration';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('labels, parts and names', () => {
  it('"Article: X" names the title of a quiz on an article', () => {
    expect(text('Member: Pat Quinn', 'Article: Velocity-Based Training', 'Quiz passed: 2026-05-30').title?.value).toBe(
      'Velocity-Based Training',
    );
  });

  it('"awarded to maria garcia | for mobility basics | 2026-05-05": the title, a guess', () => {
    const r = text(
      'movewell studio',
      'certificate of completion',
      'awarded to ana ruiz | for mobility basics | 2026-05-05',
    );
    expect(r.title?.value).toBe('mobility basics');
    expect(r.title!.confidence).toBeLessThan(UNSURE_BELOW);
  });

  it('"Stunden: 7,5" is seven and a half hours', () => {
    expect(text('Rückentraining', 'Stunden: 7,5').contactMinutes?.value).toBe(450);
  });

  it.each(['Rafael Lima, CPF 123.456.789-00', 'Martina Díaz, DNI 30.123.456'])(
    '"%s": the name without the ID',
    (line) => {
      const r = text('Certificamos que', line, 'concluiu o curso', 'Treinamento Funcional');
      expect(r.holder?.value).toBe(line.split(',')[0]);
      expect(r.title?.value).toBe('Treinamento Funcional');
    },
  );
});
