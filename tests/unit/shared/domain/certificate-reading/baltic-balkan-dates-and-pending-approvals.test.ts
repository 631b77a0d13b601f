/**
 * Classes of misreading found on designs 436–450 (read on first sight, tuned on their
 * development part only): a numeric date whose order the page does not settle shown as sure;
 * Estonian, Latvian, Slovenian and Croatian certificates (headings, cues, months, hours); a month
 * in Roman numerals; a raised ordinal read by OCR as marks; minutes in a table with a total; a
 * table's "Duration" head read as the title; a signatory's organisation; an approval still
 * pending read as credit. Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { UNSURE_BELOW } from '../../../../../shared/domain/certificate-reading/calibration';
import { findDates } from '../../../../../shared/domain/certificate-reading/dates';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('numeric dates whose order the page does not settle', () => {
  it('"12/03/2026" on a card that names no American body and no other date form is a guess, and so is its end', () => {
    const r = text(
      'Harbourside Lifesaving',
      'Emergency First Aid & CPR/AED',
      'Name: Ada Quinn',
      'Date of issue: 04/05/2026',
      'Certificate valid for 3 years from date of issue',
    );
    expect(r.kind).toBe('card');
    expect(r.completedOn!.confidence).toBeLessThan(UNSURE_BELOW);
    expect(r.expiresOn!.confidence).toBeLessThan(UNSURE_BELOW);
  });

  it('St John Ambulance writes the day first: 12/03/2026 is 12 March', () => {
    const r = text(
      'St John Ambulance',
      'Emergency First Aid & CPR/AED',
      'Name: Ada Quinn',
      'Date of issue: 12/03/2026',
      'Certificate valid for 3 years from date of issue',
    );
    expect(r.completedOn?.value).toBe('2026-03-12');
    expect(r.expiresOn?.value).toBe('2029-03-12');
  });

  it('a page that names NASM writes the month first: "09/12/2026" stays sure (guard)', () => {
    const r = text('Granite Peak Coaching Inc.', 'Date of Award: 09/12/2026', 'NASM CEUs: 0.3');
    expect(r.completedOn?.value).toBe('2026-09-12');
    expect(r.completedOn!.confidence).toBeGreaterThanOrEqual(UNSURE_BELOW);
  });
});

describe('dates in more forms and languages', () => {
  it.each([
    ['Datums: 2026. gada 18. septembris', '2026-09-18'],
    ['Toimumise aeg: 12. märts 2026', '2026-03-12'],
    ['Zagreb, 3. listopada 2026.', '2026-10-03'],
    ['Kraków, 3 listopada 2026 r.', '2026-11-03'],
    ['Kraków, 3.XI.2026 r.', '2026-11-03'],
    ['Praha 14. října 2026', '2026-10-14'],
    ['on the 14!" of October, 2026', '2026-10-14'],
  ])('%s', (line, date) => {
    expect(findDates(line)[0]?.date).toBe(date);
  });
});

describe('Estonian, Latvian, Slovenian and Croatian certificates', () => {
  it('Croatian: the heading is no name; "sudjelovala je na radionici" leads to the title; "4 sata"', () => {
    const r = text(
      'Zagrebačka škola fitnesa',
      'POTVRDA O SUDJELOVANJU',
      'Ana Horvat',
      'sudjelovala je na radionici',
      'Joga za trkače',
      'Zagreb, 3. listopada 2026.',
      'Trajanje: 4 sata',
    );
    expect(r.holder?.value).toBe('Ana Horvat');
    expect(r.title?.value).toBe('Joga za trkače');
    expect(r.completedOn?.value).toBe('2026-10-03');
    expect(r.contactMinutes?.value).toBe(240);
  });

  it('Slovenian "je uspešno zaključil seminar" and "Obseg: 6 ur"', () => {
    const r = text(
      'Športna zveza Maribor',
      'POTRDILO',
      'Jan Novak',
      'je uspešno zaključil seminar',
      'Vadba za starejše',
      'Maribor, 5. 6. 2026',
      'Obseg: 6 ur',
    );
    expect(r.title?.value).toBe('Vadba za starejše');
    expect(r.contactMinutes?.value).toBe(360);
  });

  it('Latvian "ir sekmīgi pabeigusi kursu" and "12 stundas"; Estonian academic hours of 45 minutes', () => {
    const lv = text(
      'Liepājas sporta skola',
      'APLIECĪBA',
      'Ieva Ozola',
      'ir sekmīgi pabeigusi kursu',
      'Spēka treniņš',
      'Apjoms: 12 stundas',
    );
    expect(lv.title?.value).toBe('Spēka treniņš');
    expect(lv.contactMinutes?.value).toBe(720);
    const et = text(
      'Tartu Spordikool',
      'TUNNISTUS',
      'Mari Kask',
      'on läbinud koolituse',
      'Jõusaali alused',
      'Maht: 8 akadeemilist tundi',
    );
    expect(et.holder?.value).toBe('Mari Kask');
    expect(et.title?.value).toBe('Jõusaali alused');
    expect(et.contactMinutes?.value).toBe(360);
  });
});

describe('tables, signatories and approvals', () => {
  it('a sessions table in minutes with a total: the total; "Series:" is the title; "Duration" is a head', () => {
    const r = read(
      cells(
        ['Pulse Webinars', 14, 60, 60],
        ['Attendee: Ben Ortiz', 11, 60, 120],
        ['Series: Strength After Sixty', 11, 60, 140],
        ['Session', 10, 60, 170],
        ['Date', 10, 200, 170],
        ['Duration', 10, 300, 170],
        ['Warm-ups 2026-09-01 40 min', 10, 60, 190],
        ['Loading 2026-09-08 40 min', 10, 60, 210],
        ['Total', 10, 60, 230],
        ['80 minutes', 10, 300, 230],
      ),
    );
    expect(r.title?.value).toBe('Strength After Sixty');
    expect(r.contactMinutes?.value).toBe(80);
  });

  it('minutes that disagree, with no total, are a guess', () => {
    const r = text('Webinar: Sleep and Recovery', 'Part 1: 45 min', 'Part 2: 30 min');
    expect(r.contactMinutes!.confidence).toBeLessThan(UNSURE_BELOW);
  });

  it('"for the online course X" leads to the title', () => {
    expect(text('awarded to', 'Ana Lima', 'for the online course', 'Mobility for Desk Workers').title?.value).toBe(
      'Mobility for Desk Workers',
    );
  });

  it('a signatory\'s "Director of Education, Coastal Fitness Academy" names the provider, a guess', () => {
    const r = text(
      'Certificate of Recognition',
      'This certificate is presented to',
      'Olivia Grant',
      'in recognition of completing',
      'Prenatal Exercise Design',
      'Helen Marsh',
      'Director of Education, Coastal Fitness Academy',
    );
    expect(r.provider?.value).toBe('Coastal Fitness Academy');
    expect(r.provider!.confidence).toBeLessThan(UNSURE_BELOW);
  });

  it('an approval still pending is no credit; the approved one is', () => {
    const r = text(
      'Course: Marathon Basics',
      'Organization Credits Status',
      'NASM 0.7 CEUs Approved',
      'ACE 0.7 CECs Pending',
    );
    expect(r.credits.map((c) => `${c.bodyId} ${c.amount / 100}`)).toEqual(['nasm 0.7']);
  });
});
