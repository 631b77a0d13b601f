/**
 * Classes of misreading found on designs 1141–1155 (read on first sight, tuned on their
 * development part only): a card's dates in columns under their captions, above a labelled line
 * ("Training Center: …") that is a field, not a further row; where a course was held after its
 * name ("X tenutosi a Torino il …"); Spanish "por haber aprobado el curso X"; "Viewer:"; a sparse
 * page whose heading holds most of its letters is no measure of its body text, so the title
 * still stands out. Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('cards', () => {
  it('"Issue Date" | "Recommended Renewal Date" over "06/2026" | "06/2028", a labelled line under them', () => {
    const r = read(
      cells(
        ['American Heart Association', 7.5, 23, 29],
        ['BLS Provider', 7.5, 23, 40],
        ['Kiara Jonas', 9, 23, 52],
        ['Issue Date', 7.5, 23, 199],
        ['Recommended Renewal Date', 7.5, 86, 199],
        ['06/2026', 7.5, 23, 210],
        ['06/2028', 7.5, 86, 210],
        ['Training Center: Piedmont Heart Training', 7.5, 23, 223],
      ),
    );
    expect(r.completedOn?.value).toBe('2026-06-01');
    expect(r.expiresOn?.value).toBe('2028-06-30');
  });
});

describe('titles', () => {
  it('Italian: "ha partecipato al seminario X tenutosi a Torino il 14 febbraio 2026"', () => {
    expect(
      text(
        'Si certifica che il Sig. Davide Russo ha partecipato al seminario Forza nei giovani tenutosi a Torino il 14 febbraio 2026.',
      ).title?.value,
    ).toBe('Forza nei giovani');
  });

  it('Spanish: "por haber aprobado el curso X"', () => {
    expect(
      text('otorgado a', 'Catalina Rojas', 'por haber aprobado el curso Entrenamiento en Altura').title?.value,
    ).toBe('Entrenamiento en Altura');
  });

  it('a title under the name on a sparse page whose heading is its biggest text', () => {
    const r = read(
      cells(
        ['Sunrise Barre Academy', 13, 300, 60],
        ['Certificate of Completion', 28, 220, 100],
        ['Chiara Bellucci', 24, 320, 140],
        ['Barre Instructor Level 2', 17, 300, 175],
        ['26 September 2026', 12, 340, 200],
      ),
    );
    expect(r.title?.value).toBe('Barre Instructor Level 2');
  });
});

describe('holders', () => {
  it('"Viewer: X" on an on-demand webinar', () => {
    expect(text('CoachStream', 'Viewer: Harold Kimura', 'Webinar: Sleep and Recovery').holder?.value).toBe(
      'Harold Kimura',
    );
  });
});
