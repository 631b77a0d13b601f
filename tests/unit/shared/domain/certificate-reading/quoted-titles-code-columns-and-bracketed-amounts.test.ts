/**
 * Classes of misreading found on designs 811–825 (read on first sight, tuned on their
 * development part only): "Code" alone as a table's column head; "This verifies that X passed
 * …"; a title in quotation marks after what it names ("The course “X” was completed"); a word
 * wrapped after its hyphen; "Issued to: X · Issued by: Y"; "NASM (0.4) | ACE (0.4)"; German
 * "hat den Lehrgang" over the title. Each test failed before the change; the values are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { looksLikeName } from '../../../../../shared/domain/certificate-reading/values';
import { cells, read } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('tables', () => {
  it('"Code" alone heads a column: the title is the value under "Course", the code the one under "Code"', () => {
    const r = read(
      cells(
        ['Course', 11, 57, 177],
        ['Code', 11, 211, 177],
        ['Date', 11, 301, 177],
        ['Metabolic Circuits', 11, 57, 195],
        ['SSO-MC-19', 11, 211, 195],
        ['2026-03-30', 11, 301, 195],
      ),
    );
    expect([r.title?.value, r.code?.value]).toEqual(['Metabolic Circuits', 'SSO-MC-19']);
  });
});

describe('sentences', () => {
  it('"This verifies that X passed the quiz for the article “Y”": the name ends before "passed", the title is quoted', () => {
    const r = text(
      'This verifies that Inés Carvajal passed the CEU quiz for the article “Sprint Mechanics in Rugby”, published in the journal.',
    );
    expect([r.holder?.value, r.title?.value]).toEqual(['Inés Carvajal', 'Sprint Mechanics in Rugby']);
  });

  it('a heading with a credit unit is no name ("CEU Quiz Verification")', () => {
    expect(looksLikeName('CEU Quiz Verification')).toBe(false);
  });

  it('"The course “X” was completed in full."', () => {
    expect(text('The course “Bootcamp Basics” was completed in full.', 'Name: Rosa Lind').title?.value).toBe(
      'Bootcamp Basics',
    );
  });

  it('a word wrapped after its hyphen goes on without a space ("Velocity-" / "Based")', () => {
    const r = text(
      'This verifies that Inés Carvajal passed the CEU quiz for the article “Velocity-',
      'Based Training in Team Sports”, published in the journal.',
    );
    expect(r.title?.value).toBe('Velocity-Based Training in Team Sports');
  });

  it('German "hat den Lehrgang" over the title', () => {
    expect(
      text('Herr Jonas Vogt', 'hat den Lehrgang', 'Kettlebell Grundlagen', 'erfolgreich abgeschlossen.').title?.value,
    ).toBe('Kettlebell Grundlagen');
  });
});

describe('parts of a line', () => {
  it('"Issued to: X · Issued by: Y": the provider after its label, also with OCR\'s dash for the dot', () => {
    expect(text('Issued to: Hamid Noor · Issued by: Motion Lab Academy').provider?.value).toBe('Motion Lab Academy');
    expect(text('Issued to: Hamid Noor - Issued by: Motion Lab Academy').provider?.value).toBe('Motion Lab Academy');
  });
});

describe('credits', () => {
  it('"CEUs awarded: NASM (0.4) | ACE (0.4)": each body its amount in brackets', () => {
    expect(text('CEUs awarded: NASM (0.4) | ACE (0.4)').credits.map((c) => [c.bodyId, c.amount])).toEqual([
      ['nasm', 40],
      ['ace', 40],
    ]);
  });
});
