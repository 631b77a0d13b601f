/**
 * Classes of misreading found on designs 346–360 (read on first sight, tuned on their
 * development part only): a title in the heading after its colon and wrapped, amounts with their
 * body in brackets after them, a name followed by credentials, "Hours: 8", Dutch, Icelandic and
 * Lithuanian certificates, cue words whose accents OCR changed, a caption read with a speck.
 * Each test failed before the change, except where it says it guards a limit; the values are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { findContactMinutes } from '../../../../../shared/domain/certificate-reading/contact-time';
import { findCredits } from '../../../../../shared/domain/certificate-reading/credits';
import { matchCue } from '../../../../../shared/domain/certificate-reading/cues';
import { TITLE_CUES } from '../../../../../shared/domain/certificate-reading/phrases';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { looksLikeName } from '../../../../../shared/domain/certificate-reading/values';
import { cells, read } from './layout-cells';

describe('a title in the heading', () => {
  it('"Certificate of Completion: Sports Nutrition / Fundamentals", wrapped in the heading’s size', () => {
    const r = read(
      cells(
        ['Granite State Coaching', 13, 60, 50],
        ['Certificate of Completion: Sports Nutrition', 24, 60, 80],
        ['Fundamentals', 24, 60, 108],
        ['Awarded to', 12, 60, 150],
        ['Callum Reyes', 22, 60, 175],
        ['on 12 January 2026 · 0.8 NASM CEUs', 12, 60, 205],
      ),
    );
    expect(r.title?.value).toBe('Sports Nutrition Fundamentals');
  });

  it('a form’s next row with a label of its own is not the title’s second line (guards the limit)', () => {
    const r = read(
      cells(
        ['Course: Kettlebell Basics', 12, 60, 80],
        ['Location: Denver', 12, 60, 96],
        ['Date: 2026-05-01', 12, 60, 112],
      ),
    );
    expect(r.title?.value).toBe('Kettlebell Basics');
  });
});

describe('credits with their body in brackets', () => {
  it('"CEUs: 1.5 (AFAA) / 0.15 (NASM)": each amount its body’s', () => {
    expect(findCredits(['CEUs: 1.5 (AFAA) / 0.15 (NASM)']).map((c) => `${c.bodyId} ${c.amount}`)).toEqual([
      'afaa 150',
      'nasm 15',
    ]);
  });

  it('"1.0 CEU (ISSA)" as before (guards the limit)', () => {
    expect(findCredits(['and has earned: 1.0 CEU (ISSA)'])).toMatchObject([{ bodyId: 'issa', amount: 100 }]);
  });
});

describe('names and hours', () => {
  it('"Brianna Scott, NASM-CPT, CES" under "This certifies that" is Brianna Scott', () => {
    const r = readCertificateText(
      ['This certifies that', 'Brianna Holt, NASM-CPT, CES', 'has completed', 'Shoulder Health'].join('\n'),
    );
    expect(r.holder?.value).toBe('Brianna Holt');
  });

  it('"Name >" (a caption and a speck) is no name', () => {
    expect(looksLikeName('Name >')).toBe(false);
  });

  it.each([
    ['Hours: 8', 480],
    ['Laajuus: 12 klukkustundir', 720],
    ['Trukmė: 16 val.', 960],
  ])('%s', (line, minutes) => {
    expect(findContactMinutes([line])?.minutes).toBe(minutes);
  });
});

describe('Dutch, Icelandic and Lithuanian certificates, and accents OCR changed', () => {
  it('Dutch: "Bewijs van deelname" is no name; "X heeft deelgenomen aan de cursus / Title"', () => {
    const r = readCertificateText(
      [
        'Fitness Academie Utrecht',
        'Bewijs van deelname',
        'Sanne Bakker heeft deelgenomen aan de cursus',
        'Kettlebell Training Basis',
        'op 12 februari 2026 (6 uur).',
      ].join('\n'),
    );
    expect(r.holder?.value).toBe('Sanne Bakker');
    expect(r.title?.value).toBe('Kettlebell Training Basis');
    expect(r.completedOn?.value).toBe('2026-02-12');
  });

  it('Lithuanian, as OCR read it ("baigé kursa" for "baigė kursą"): the name above and the title under', () => {
    const r = readCertificateText(
      [
        'Vilniaus sporto akademija',
        'Pazyméjimas',
        'Rüta Petraitiene',
        'baigé kursa',
        'Funkciné treniruoté',
        '2026-05-20',
      ].join('\n'),
    );
    expect(r.holder?.value).toBe('Rüta Petraitiene');
    expect(r.title?.value).toBe('Funkciné treniruoté');
  });

  it('a cue matched without accents keeps the line’s own index', () => {
    const line = 'Jonas Jonaitis baigé kursa';
    const m = matchCue(
      TITLE_CUES.find((c) => c.pattern.source.includes('baig'))!,
      line,
    );
    expect(m?.index).toBe(line.indexOf('baigé'));
  });

  it('Icelandic: "hefur lokið námskeiðinu / Title"', () => {
    const r = readCertificateText(
      [
        'Viðurkenningarskjal',
        'Guðrún Jónsdóttir',
        'hefur lokið námskeiðinu',
        'Styrktarþjálfun fyrir eldri borgara',
      ].join('\n'),
    );
    expect(r.title?.value).toBe('Styrktarþjálfun fyrir eldri borgara');
    expect(r.holder?.value).toBe('Guðrún Jónsdóttir');
  });
});
