/**
 * Classes of misreading found on designs 871–885 (read on first sight, tuned on their
 * development part only): a label the PDF ran into the title ("For Periodization …"); a
 * registration number in brackets after a provider ("(RTO 45123)"); a German licence ("erhält
 * die", "Lizenznummer:", a compound "…akademie" as an organisation); OCR's "Awardedto". Each test
 * failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('the page', () => {
  it('"For" run into the biggest line is a label, not the title\'s first word', () => {
    const r = read(
      cells(
        ['Oder Coaching School', 13, 62, 76],
        ['Certificate of Completion', 28, 62, 124],
        ['Awarded to Marta Nowak', 22, 62, 169],
        ['For Tempo Runs for Beginners', 16, 62, 190],
        ['Date: 2026-03-26 · 0.5 NSCA CEUs (Category C)', 12, 62, 217],
      ),
    );
    expect(r.title?.value).toBe('Tempo Runs for Beginners');
  });
});

describe('providers', () => {
  it.each(['Bayside First Aid Pty Ltd (RTO 45123)', 'Bayside First Aid Pty Ltd (Reg. No. 0042)'])(
    'a registration number in brackets is not part of the name: "%s"',
    (letterhead) => {
      expect(
        text(
          letterhead,
          'Statement of Attainment',
          'This is a statement that',
          'Chloe Ward',
          'has attained Provide CPR',
        ).provider?.value,
      ).toBe('Bayside First Aid Pty Ltd');
    },
  );

  it('a German compound ending in "-akademie" names an organisation', () => {
    expect(
      text(
        'Landessportbund Fitnessakademie',
        'Lizenzurkunde',
        'Frau Karin Vogt',
        'erhält die',
        'Trainer-C-Lizenz Fitness',
      ).provider?.value,
    ).toBe('Landessportbund Fitnessakademie');
  });
});

describe('a German licence', () => {
  it('"erhält die" over the licence\'s name; "Lizenznummer:" its code', () => {
    const r = text(
      'Landessportbund Fitnessakademie',
      'Lizenzurkunde',
      'Frau Karin Vogt',
      'erhält die',
      'Trainer-C-Lizenz Fitness',
      'Lizenznummer: C-FIT-2026-0042',
    );
    expect([r.title?.value, r.code?.value]).toEqual(['Trainer-C-Lizenz Fitness', 'C-FIT-2026-0042']);
  });
});

describe('OCR', () => {
  it('"Awardedto X": the cue with its small words run together', () => {
    expect(text('Certificate of Completion', 'Awardedto Sebastian Wolny', 'For Tempo Runs').holder?.value).toBe(
      'Sebastian Wolny',
    );
  });
});
