/**
 * Classes of misreading found on designs 751–765 (read on first sight, tuned on their
 * development part only): "Se otorga la presente constancia a X por su participación en el
 * seminario Y, realizado el …"; Romanian "pentru participarea la seminarul"; a Lithuanian date
 * "2026 m. birželio 6 d.". Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../../shared/domain/certificate-reading/dates';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('sentences', () => {
  it('"… constancia a X por su participación en el seminario Y, realizado el …"', () => {
    const r = text(
      'Se otorga la presente constancia a Rosa Quispe por su participación en el seminario Nutrición Aplicada, realizado el 11 de abril de 2026.',
    );
    expect([r.holder?.value, r.title?.value]).toEqual(['Rosa Quispe', 'Nutrición Aplicada']);
  });

  it('Romanian "pentru participarea la seminarul / X"', () => {
    expect(
      text('Se acordă doamnei', 'Ioana Pop', 'pentru participarea la seminarul', 'Antrenament pentru alergători').title
        ?.value,
    ).toBe('Antrenament pentru alergători');
  });
});

describe('dates', () => {
  it('Lithuanian "2026 m. birželio 6 d."', () => {
    expect(findDates('2026 m. birželio 6 d. · 12 val.').map((d) => d.date)).toEqual(['2026-06-06']);
  });
});
