/**
 * Classes of misreading found on designs 316–330 (read on first sight, tuned on their
 * development part only): a list of modules' hours read as the course's contact time, sure; a
 * card's "Iss. 04/26 Exp. 04/28"; Hungarian, Czech and Finnish certificates. Each test failed
 * before the change, except where it says it guards a limit; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { findContactMinutes } from '../../../../../shared/domain/certificate-reading/contact-time';
import { findDates } from '../../../../../shared/domain/certificate-reading/dates';
import { UNSURE_BELOW } from '../../../../../shared/domain/certificate-reading/calibration';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

describe('contact time when the page prints several amounts', () => {
  const modules = ['Module 1: Growth', '4 hours', 'Module 2: Speed', '4 hours', 'Module 3: Strength', '3 hours'];

  it('the total wins, in its own cell before the amount', () => {
    expect(findContactMinutes([...modules, 'Total', '11 hours'])).toMatchObject({
      minutes: 660,
      source: 'Total 11 hours',
    });
  });

  it('the total wins on its own line ("Total hours: 11")', () => {
    expect(findContactMinutes([...modules, 'Total hours: 11'])?.minutes).toBe(660);
  });

  it('no total and amounts that disagree: the first, as a guess', () => {
    const read = findContactMinutes(modules);
    expect(read?.minutes).toBe(240);
    expect(read!.confidence).toBeLessThan(UNSURE_BELOW);
  });

  it('the same amount printed twice stays sure (guards the limit)', () => {
    expect(findContactMinutes(['Duration: 4 hours', '0.4 CEUs (4 contact hours)'])!.confidence).toBeGreaterThanOrEqual(
      UNSURE_BELOW,
    );
  });

  it('a whole certificate: the modules’ list does not make the course 4 hours, sure', () => {
    const r = readCertificateText(
      [
        'Keystone Coaching Institute',
        'Certificate of Achievement',
        'Ravi Menon has completed the program',
        'Youth Athletic Development',
        ...modules,
        'Completed 2026-06-30 · 1.1 NSCA CEUs',
      ].join('\n'),
    );
    expect(r.contactMinutes!.confidence).toBeLessThan(UNSURE_BELOW);
  });
});

describe('a card’s short dates', () => {
  it('"Iss. 04/26 Exp. 04/28": issued in April 2026 (a guess: no day), valid to the end of April 2028', () => {
    const r = readCertificateText(
      ['ProRescue Training', 'CPR · AED · First Aid', 'Holder: Lucía Ortega', 'Iss. 04/26 Exp. 04/28'].join('\n'),
    );
    expect(r.kind).toBe('card');
    expect(r.expiresOn).toMatchObject({ value: '2028-04-30' });
    expect(r.expiresOn!.confidence).toBeGreaterThanOrEqual(UNSURE_BELOW);
    expect(r.completedOn?.value).toBe('2026-04-01');
    expect(r.completedOn!.confidence).toBeLessThan(UNSURE_BELOW);
  });

  it('"04/28" with no cue before it is no date (guards the limit)', () => {
    expect(findDates('Room 04/28', false, true)).toEqual([]);
  });
});

describe('certificates in Hungarian, Czech and Finnish', () => {
  it('Hungarian: "Igazoljuk, hogy / Name / sikeresen elvégezte a / Title", "2026. május 14.", "8 óra"', () => {
    const r = readCertificateText(
      [
        'Budapesti Mozgásakadémia',
        'Tanúsítvány',
        'Igazoljuk, hogy',
        'Szabó Réka',
        'sikeresen elvégezte a',
        'Funkcionális edzés időseknek',
        'című képzést.',
        'Budapest, 2026. május 14. · Időtartam: 8 óra',
      ].join('\n'),
    );
    expect(r).toMatchObject({
      kind: 'course',
      holder: { value: 'Szabó Réka' },
      title: { value: 'Funkcionális edzés időseknek' },
      completedOn: { value: '2026-05-14' },
      contactMinutes: { value: 480 },
    });
  });

  it('a Hungarian numeric date, year first with stops ("2026. 05. 14.")', () => {
    expect(findDates('Kelt: 2026. 05. 14.')[0]?.date).toBe('2026-05-14');
  });

  it('Czech: the heading "Osvědčení o absolvování kurzu" is no name; "absolvovala kurz", "16 hodin"', () => {
    const r = readCertificateText(
      [
        'Pražská škola pohybu',
        'Osvědčení o absolvování kurzu',
        'Petra Svobodová',
        'absolvovala kurz',
        'Funkční trénink seniorů',
        'v rozsahu 16 hodin, dne 12. 3. 2026.',
      ].join('\n'),
    );
    expect(r.holder?.value).toBe('Petra Svobodová');
    expect(r.title?.value).toBe('Funkční trénink seniorů');
    expect(r.contactMinutes?.value).toBe(960);
  });

  it('Finnish: "Name on osallistunut koulutukseen / Title", "6 tuntia"', () => {
    const r = readCertificateText(
      [
        'Suomen Liikuntaopisto',
        'Todistus',
        'Aino Korhonen on osallistunut koulutukseen',
        'Liikkuvuusvalmennus',
        'Laajuus: 6 tuntia',
        'Helsingissä 5.10.2026',
      ].join('\n'),
    );
    expect(r).toMatchObject({
      kind: 'course',
      holder: { value: 'Aino Korhonen' },
      title: { value: 'Liikkuvuusvalmennus' },
      contactMinutes: { value: 360 },
      completedOn: { value: '2026-10-05' },
    });
  });

  it('Norwegian months ("14. desember 2026") and a Dutch one ("3 maart 2026")', () => {
    expect(findDates('Oslo, 14. desember 2026')[0]?.date).toBe('2026-12-14');
    expect(findDates('Utrecht, 3 maart 2026')[0]?.date).toBe('2026-03-03');
  });
});
