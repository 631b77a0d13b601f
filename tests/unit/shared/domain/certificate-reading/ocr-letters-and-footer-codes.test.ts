/**
 * What OCR makes of a photo's letters and footers, put right where the page settles it (found on
 * the development photos of designs 1–645): "Conceiçäo", "Capacitaciôn", "FuBball" on a German
 * page; a footer's dots read as dashes before "Certificate ID" or "Código:"; a footer's code read
 * as a cell of its own; a card's words read without their accents ("Tecaj prve pomoci", found on
 * the development photos of designs 1–780). Each test failed before the change (the guards say so where they passed);
 * the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { ocrLetters } from '../../../../../shared/domain/certificate-reading/ocr-letters';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

const fixed = (...lines: string[]) =>
  ocrLetters(cells(...lines.map((l, i) => [l, 12, 0, 20 * i] as [string, number, number, number]))).map((c) => c.text);
const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('letters the page settles', () => {
  it('"çäo" and "çöes" are Portuguese "ção" and "ções"; "-ciôn" is Spanish "-ción"', () => {
    expect(fixed('Mateus Conceiçäo', 'Açöes de formação', 'Centro de Capacitaciôn')).toEqual([
      'Mateus Conceição',
      'Ações de formação',
      'Centro de Capacitación',
    ]);
  });

  it('a B inside a word on a German page is ß', () => {
    expect(fixed('Teilnehmer: Jonas Roth', 'Kurs: Athletiktraining im FuBball', 'Umfang: 16 Stunden')[1]).toBe(
      'Kurs: Athletiktraining im Fußball',
    );
  });

  it('guard (passed before): a B inside a name on a page not in German stays ("LeBlanc", "DeBoer")', () => {
    expect(fixed('Awarded to Marie LeBlanc', 'Course: Core Basics', 'Instructor: Joost DeBoer')).toEqual([
      'Awarded to Marie LeBlanc',
      'Course: Core Basics',
      'Instructor: Joost DeBoer',
    ]);
  });
});

describe('codes in footers as OCR reads them', () => {
  it('a footer\'s dot read as a dash still leads to its "Certificate ID" and "Código:"', () => {
    expect(text('Course: Gait Basics', 'Verify at example.org - Certificate ID MW-88231').code?.value).toBe('MW-88231');
    expect(text('Curso: Fuerza', '0.8 AFAA CEUs - Código: IIE-EFA-08').code?.value).toBe('IIE-EFA-08');
  });

  it("a code read as a cell of its own on a footer's row is the code, a guess", () => {
    const r = read(
      cells(
        ['Course: Breathing Mechanics', 16, 300, 300],
        ['February 2nd, 2026', 14, 200, 500],
        ['0.5 NSCA CEUs, Category C', 14, 420, 500],
        ['KLE-BMS-02', 14, 700, 500],
      ),
    );
    expect(r.code?.value).toBe('KLE-BMS-02');
    expect(r.code?.confidence).toBeLessThan(0.7);
  });
});

describe("a card's words as OCR reads them", () => {
  it('"Tecaj prve pomoci" and "Elsósegély" (accents dropped or changed) still make a card, not a course', () => {
    const slovenian = text(
      'Tecaj prve pomoci',
      'Ime in priimek: Nina Kos',
      'Datum tecaja: 11.04.2026',
      'Veljavno do: 11.04.2029',
    );
    const hungarian = text(
      'Elsósegély-nyújtó tanfolyam',
      'Név: Tóth Anna',
      'Vizsga dátuma: 2026.03.28.',
      'Érvényes: 2029.03.28.',
    );
    expect([slovenian.kind, hungarian.kind]).toEqual(['card', 'card']);
  });
});
