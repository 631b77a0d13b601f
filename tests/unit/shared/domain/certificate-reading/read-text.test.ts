import { describe, expect, it } from 'vitest';
import { findContactMinutes } from '../../../../../shared/domain/certificate-reading/contact-time';
import { findCredits } from '../../../../../shared/domain/certificate-reading/credits';
import { findDates } from '../../../../../shared/domain/certificate-reading/dates';
import { textLines } from '../../../../../shared/domain/certificate-reading/lines';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const credits = (line: string) =>
  findCredits([line]).map((c) => `${c.bodyId ?? '?'} ${c.amount} ${c.unit}${c.category ? ` ${c.category}` : ''}`);

describe('dates as certificates print them', () => {
  it.each([
    ['Completed on March 14, 2026', '2026-03-14'],
    ['Completed on Mar. 14 2026', '2026-03-14'],
    ['14 March 2026', '2026-03-14'],
    ['the 3rd of May, 2025', '2025-05-03'],
    ['Sept 9th, 2025', '2025-09-09'],
    ['03/14/2026', '2026-03-14'],
    ['3/4/26', '2026-03-04'],
    ['25/03/2026', '2026-03-25'],
    ['25.03.2026', '2026-03-25'],
    ['4. 3. 2026', '2026-03-04'],
    ['2026-03-14', '2026-03-14'],
    ['12. März 2026', '2026-03-12'],
    ['5 janvier 2026', '2026-01-05'],
  ])('%s → %s', (text, date) => {
    expect(findDates(text)[0]?.date).toBe(date);
  });

  it('reads slashes day first when the certificate writes its other dates that way', () => {
    expect(findDates('04/05/2026', true)[0]?.date).toBe('2026-05-04');
    expect(findDates('04/05/2026', false)[0]?.date).toBe('2026-04-05');
  });

  it('ignores what is not a date', () => {
    expect(findDates('Course 13/45/2026, call 555-12-2026, February 30, 2026')).toEqual([]);
  });
});

describe('credit statements', () => {
  it.each([
    ['0.2 CEUs', ['? 20 CEU']],
    ['Approved for 0.2 NASM CEUs', ['nasm 20 CEU']],
    ['1.9 NASM CEUs', ['nasm 190 CEU']],
    ['Approved for 0.8 ACE CECs and 8 AFAA CEUs', ['ace 80 CEC', 'afaa 800 CEU']],
    ['Approved for 0.7 NASM CEUs, 0.7 ACE CECs and 7 AFAA CEUs', ['nasm 70 CEU', 'ace 70 CEC', 'afaa 700 CEU']],
    ['NSCA CEUs: 0.6 (Category A)', ['nsca 60 CEU A']],
    ['AFAA CEUs: 6 - Category A', ['afaa 600 CEU A']],
    ['NSCA: 1.5 CEUs', ['nsca 150 CEU']],
    ['ACE Approved Provider - 0.6 CECs', ['ace 60 CEC']],
    ['20 CEUs awarded toward ISSA recertification', ['issa 2000 CEU']],
    ['Worth 1,5 NCSF continuing education units', ['ncsf 150 CEU']],
    ['ACSM CECs: 4', ['acsm 400 CEC']],
    ['NETA: 3 CECs', ['neta 300 CEC']],
    ['15 contact hours', []],
    ['Space for 2 credits in cat. B', ['? 200 CE B']],
    ['CEU Value: 0.5', ['? 50 CEU']],
    ['Credits Earned: 1.0 CEU', ['? 100 CEU']],
    ['Continuing Education Units (CEUs): 0.6', ['? 60 CEU']],
    ['NASM has approved this course for 0.2 CEUs', ['nasm 20 CEU']],
    ['This course is worth 2.0 CECs from ACE', ['ace 200 CEC']],
    ['Awarded 15 Continuing Education Credits (CECs) by ACSM', ['acsm 1500 CEC']],
    ['AFAA: 4 CEUs; NASM: 0.4 CEUs', ['afaa 400 CEU', 'nasm 40 CEU']],
  ])('%s', (line, expected) => {
    expect(credits(line)).toEqual(expected);
  });

  it('takes the certificate’s only body for a statement that names none, less sure', () => {
    const found = findCredits(['National Academy of Sports Medicine', 'Continuing education: 0.4 CEUs']);
    expect(found).toMatchObject([{ bodyId: 'nasm', amount: 40, confidence: 0.75 }]);
  });

  it('counts a statement printed twice once', () => {
    expect(findCredits(['0.2 NASM CEUs', 'Footer: 0.2 NASM CEUs'])).toHaveLength(1);
  });
});

describe('contact time', () => {
  it.each([
    ['8 contact hours', 480],
    ['Contact hours: 6', 360],
    ['Total: 1.5 CE hours', 90],
    ['Length: 3 hrs', 180],
    ['Duration: 90 minutes', 90],
    ['12 clock hours of instruction', 720],
  ])('%s → %i min', (line, minutes) => {
    expect(findContactMinutes([line])?.minutes).toBe(minutes);
  });
});

describe('a whole certificate', () => {
  it('finds every field with the line it came from', () => {
    const r = readCertificateText(
      [
        'National Academy of Sports Medicine',
        'Certificate of Completion',
        'This certifies that',
        'Jordan Alvarez',
        'has successfully completed the online course',
        '"Corrective Exercise for the Shoulder"',
        'Completed on March 14, 2026',
        'Approved for 0.2 NASM CEUs - Course code NASM-CE-2231',
      ].join('\n'),
    );
    expect(r.kind).toBe('course');
    expect(r.holder).toMatchObject({ value: 'Jordan Alvarez', source: 'This certifies that Jordan Alvarez' });
    expect(r.title?.value).toBe('Corrective Exercise for the Shoulder');
    expect(r.provider?.value).toBe('National Academy of Sports Medicine');
    expect(r.completedOn).toMatchObject({ value: '2026-03-14', source: 'Completed on March 14, 2026' });
    expect(r.code?.value).toBe('NASM-CE-2231');
    expect(r.credits).toMatchObject([{ bodyId: 'nasm', amount: 20 }]);
    expect(r.contactMinutes).toBeUndefined();
  });

  it('holder and title on one line with their cues', () => {
    const r = readCertificateText(
      'This certifies that Ana Lima has successfully completed Barbell Basics on 2 May 2026\nProvider: Lift Lab Inc.',
    );
    expect(r.holder?.value).toBe('Ana Lima');
    expect(r.title?.value).toBe('Barbell Basics');
    expect(r.provider?.value).toBe('Lift Lab Inc.');
    expect(r.completedOn?.value).toBe('2026-05-02');
  });

  it('a name after a "to" on its own line, and one with no cue before "has completed"', () => {
    const to = readCertificateText(
      'Certificate\nPresented on January 5th, 2026\nto\nMaria Lopez\nfor completing\nMobility Masterclass\nProvided by: Move Well Academy',
    );
    expect([to.holder?.value, to.title?.value, to.provider?.value, to.completedOn?.value]).toEqual([
      'Maria Lopez',
      'Mobility Masterclass',
      'Move Well Academy',
      '2026-01-05',
    ]);
    const caps = readCertificateText(
      'CERTIFICATE OF COMPLETION\nKEN ADAMS\nhas completed\nYOUTH STRENGTH TRAINING\nDate: March 14, 2026',
    );
    expect(caps.holder).toMatchObject({ value: 'KEN ADAMS', confidence: 0.6 });
    expect(caps.title?.value).toBe('YOUTH STRENGTH TRAINING');
    // The title's line is not taken for the letterhead, though it says "Training".
    expect(caps.provider).toBeUndefined();
  });

  it('a CPR/AED card: issue date, the end of validity, the card provider', () => {
    const r = readCertificateText(
      'American Red Cross\nAdult First Aid/CPR/AED\nPresented to: Elena Marsh\nDate completed: June 3, 2025\nValid for 2 years. Expires: June 3, 2027',
    );
    expect(r).toMatchObject({
      kind: 'card',
      cardBodyId: 'arc',
      holder: { value: 'Elena Marsh' },
      completedOn: { value: '2025-06-03' },
      expiresOn: { value: '2027-06-03' },
      provider: { value: 'American Red Cross' },
      credits: [],
    });
  });

  it('a card that says "valid through" and "recommended renewal date"', () => {
    const r = readCertificateText('AHA BLS Provider\nIssued 02/03/2026\nRecommended renewal date 02/28/2028');
    expect(r.kind).toBe('card');
    expect(r.expiresOn?.value).toBe('2028-02-28');
    expect(r.completedOn?.value).toBe('2026-02-03');
  });

  it('a picture with no certificate in it: nothing filled, kind unknown', () => {
    const r = readCertificateText('Sunset over the lake\nIMG_2041');
    expect(r).toEqual({ kind: 'unknown', credits: [] });
  });

  it('OCR noise at the ends of lines is not part of the values', () => {
    expect(textLines('| Name: Sam Whitfield |\n[ Issue Date: 01/15/2025 ]')).toEqual([
      'Name: Sam Whitfield',
      'Issue Date: 01/15/2025',
    ]);
  });
});
