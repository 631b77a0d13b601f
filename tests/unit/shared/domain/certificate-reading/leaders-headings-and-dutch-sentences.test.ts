/**
 * Classes of misreading found on designs 901–915 (read on first sight, tuned on their
 * development part only): a letterhead that opens the sentence ("X honors"); dotted leaders
 * between a label and its value; Italian "per aver partecipato al workshop"; a heading in another
 * language taken for the title ("Attestato di partecipazione"); Dutch "X heeft op 12 juni 2026
 * de opleiding / Y". Each test failed before the change but for the guard of a course named
 * with a document's word (the held-out floors refused the first, wider form of that rule); the
 * values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('providers', () => {
  it('"Pulse Academy honors / X": the verb is not part of the name', () => {
    expect(
      text('Certificate of Recognition', 'Summit Dance Academy honors', 'Tia Brooks', 'for completing', 'Salsa Basics')
        .provider?.value,
    ).toBe('Summit Dance Academy');
  });
});

describe('forms', () => {
  it('dotted leaders between a label and its value read as a colon', () => {
    const r = text('Name ........................ Joanna Wilk', 'Course ...................... Pilates Mat II');
    expect([r.holder?.value, r.title?.value]).toEqual(['Joanna Wilk', 'Pilates Mat II']);
  });
});

describe('titles', () => {
  it('Italian "per aver partecipato al workshop" over the title', () => {
    expect(
      text('conferito a', 'Chiara Longo', 'per aver partecipato al workshop', 'Kettlebell di Base').title?.value,
    ).toBe('Kettlebell di Base');
  });

  it('a heading and nothing more is no title, in any language ("Attestato di partecipazione")', () => {
    const r = read(
      cells(
        ['Scuola di Fitness Roma', 13, 300, 70],
        ['Attestato di partecipazione', 28, 200, 110],
        ['Chiara Longo', 22, 320, 160],
        ['Milano, 18 aprile 2026 · 6 ore con la docente del corso', 12, 250, 200],
      ),
    );
    expect(r.title?.value).not.toBe('Attestato di partecipazione');
  });

  it('a course named with a document\'s word is still a title ("Certification Prep Intensive")', () => {
    const r = read(
      cells(
        ['Harbor Fitness School', 13, 300, 70],
        ['Certificate of Completion', 28, 200, 110],
        ['Dana Ruiz', 22, 320, 160],
        ['Certification Prep Intensive', 18, 280, 200],
        ['Completed on 2026-05-02 in the evening session of the school', 12, 250, 240],
      ),
    );
    expect(r.title?.value).toBe('Certification Prep Intensive');
  });

  it('Dutch "X heeft op 12 juni 2026 de opleiding / Y": the name before "heeft", the title on the next line', () => {
    const r = text(
      'Pieter de Wit heeft op 12 juni 2026 de opleiding',
      'Kettlebell niveau 1',
      'met goed gevolg afgerond.',
    );
    expect([r.holder?.value, r.title?.value]).toEqual(['Pieter de Wit', 'Kettlebell niveau 1']);
  });
});
