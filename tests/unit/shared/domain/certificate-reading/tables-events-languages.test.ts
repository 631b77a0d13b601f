/**
 * Classes of misreading found on designs 91–105 (read on first sight, tuned on their development
 * part only): a transcript's table of one course, a date no label names, a certificate in
 * Spanish, an organisation that is not a footer's first part, a letterhead wrapped in a narrow
 * sidebar, a certificate of attendance at an event, and a body's credit column beside its figure.
 * Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { UNSURE_BELOW } from '../../../../../shared/domain/certificate-reading/calibration';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { findDates } from '../../../../../shared/domain/certificate-reading/dates';
import { cells, read } from './layout-cells';

const credit = (r: ReturnType<typeof read>) => r.credits.map((c) => `${c.bodyId} ${c.amount / 100}`);

describe('a transcript: one course in a table', () => {
  const layout = cells(
    ['Northgate Movement College', 18, 60, 60],
    ['Learner Transcript', 16, 60, 120],
    ['Learner: Odile Marchetti', 11, 60, 150],
    ['Printed 2026-08-02', 11, 60, 170],
    ['Course', 10, 60, 220],
    ['Completed', 10, 260, 220],
    ['Hours', 10, 360, 220],
    ['NASM CEUs', 10, 420, 220],
    ['Loaded Carries for Athletes', 10, 60, 240],
    ['07/21/2026', 10, 260, 240],
    ['3', 10, 360, 240],
    ['0.3', 10, 420, 240],
  );
  it('reads the course, its completion date (not the printing date), its hours and its column’s credit', () => {
    const r = read(layout);
    expect(r.title?.value).toBe('Loaded Carries for Athletes');
    expect(r.completedOn?.value).toBe('2026-07-21');
    expect(r.contactMinutes?.value).toBe(180);
    expect(credit(r)).toEqual(['nasm 0.3']);
    expect(r.holder?.value).toBe('Odile Marchetti');
  });
});

describe('a date no label names', () => {
  const lines = ['Certificate', 'This certifies that Hal Brandt', 'attended Rope Flow Basics', '2026-02-11'];
  it('is sure when it is the only date printed', () => {
    const r = readCertificateText(lines.join('\n'));
    expect(r.completedOn?.value).toBe('2026-02-11');
    expect(r.completedOn!.confidence).toBeGreaterThanOrEqual(UNSURE_BELOW);
  });

  it('is a guess among other dates (one may be when the page was printed)', () => {
    const r = readCertificateText([...lines, 'Printed 2026-03-01'].join('\n'));
    expect(r.completedOn?.value).toBe('2026-02-11');
    expect(r.completedOn!.confidence).toBeLessThan(UNSURE_BELOW);
  });
});

describe('a certificate in Spanish', () => {
  it('reads "se certifica que", "ha completado el curso" and "el 9 de octubre de 2026"', () => {
    const r = readCertificateText(
      [
        'Instituto Andaluz del Movimiento',
        'Certificado de finalización',
        'Se certifica que',
        'Lucía Ortega Ruiz',
        'ha completado el curso',
        'Movilidad de Cadera para Corredores',
        'el 9 de octubre de 2026',
      ].join('\n'),
    );
    expect(r.holder?.value).toBe('Lucía Ortega Ruiz');
    expect(r.title?.value).toBe('Movilidad de Cadera para Corredores');
    expect(r.completedOn?.value).toBe('2026-10-09');
  });

  it('knows Spanish, Portuguese and Italian months, "septiembre" included', () => {
    expect(findDates('12 de septiembre de 2026').map((d) => d.date)).toEqual(['2026-09-12']);
    expect(findDates('3 de março de 2026').map((d) => d.date)).toEqual(['2026-03-03']);
    expect(findDates('21 giugno 2026').map((d) => d.date)).toEqual(['2026-06-21']);
  });
});

describe('the provider', () => {
  // " · ", and a middle dot as OCR reads it: " - ".
  it.each([' · ', ' - '])('is the organisation among a footer’s parts, wherever it stands (%j)', (separator) => {
    const r = readCertificateText(
      [
        'Certificate of Achievement',
        'This certifies that',
        'Pieter Jansen',
        'has completed “Breathing for Recovery”',
        'on 2 April 2026',
        `Approved for 0.2 CEUs (NASM)${separator}Lowland Coaching Institute`,
      ].join('\n'),
    );
    expect(r.provider?.value).toBe('Lowland Coaching Institute');
  });

  it('is a letterhead wrapped over two lines in a narrow sidebar, read whole', () => {
    const r = read(
      cells(
        ['Blue Ridge Strength', 15, 80, 100],
        ['Presented to', 12, 320, 100],
        ['Academy', 15, 80, 118],
        ['Noor Haddad', 26, 320, 150],
        ['in recognition of completing', 12, 320, 195],
        ['Sandbag Training Essentials', 18, 320, 230],
        ['Date: 3 Mar 2026', 12, 320, 265],
      ),
    );
    expect(r.provider?.value).toBe('Blue Ridge Strength Academy');
    expect(r.holder?.value).toBe('Noor Haddad');
  });
});

describe('a certificate of attendance at an event', () => {
  it('takes the event for the title, as a guess, and never the document’s own heading', () => {
    const r = read(
      cells(
        ['Harbour City Fitness Summit 2026', 24, 60, 60],
        ['Verification of Attendance', 14, 60, 100],
        ['Name: Ines Vidal', 11, 60, 140],
        ['Dates attended: May 8-9, 2026', 11, 60, 160],
        ['Contact hours: 7', 11, 60, 180],
      ),
    );
    expect(r.title?.value).toBe('Harbour City Fitness Summit 2026');
    expect(r.title!.confidence).toBeLessThan(0.7);
    expect(r.contactMinutes?.value).toBe(420);
  });
});

describe('a body’s credit column beside its figure', () => {
  it('reads "NETA CECs | 4" as 4 NETA CECs', () => {
    const r = read(
      cells(
        ['Certificate of Attendance', 22, 60, 60],
        ['Attendee', 11, 60, 120],
        ['Rosa Lindgren', 11, 200, 120],
        ['Session', 11, 60, 140],
        ['Step Choreography Lab', 11, 200, 140],
        ['NETA CECs', 11, 60, 160],
        ['4', 11, 200, 160],
      ),
    );
    expect(credit(r)).toEqual(['neta 4']);
  });
});

describe('as OCR reads a photo of them', () => {
  it('a card’s caption is never the holder, even printed bigger than the name', () => {
    const r = read(
      cells(
        ['American Heart Association', 25, 140, 160],
        ['Heartsaver CPR AED', 24, 140, 200],
        ['Mina Torres', 24, 140, 240],
        ['Issue Date: 05/2026', 24, 140, 290],
        ['Recommended Renewal Date: 05/2028', 26, 140, 330],
      ),
    );
    expect(r.holder?.value).toBe('Mina Torres');
  });

  it('the rest of a sentence, wrapped onto a bigger line, is never the title', () => {
    const r = read(
      cells(
        ['Lakeshore Coaches Conference 2026', 50, 230, 320],
        ['Name: Ravi Shah', 25, 226, 500],
        ['Contact hours: 5', 25, 226, 560],
        ['This event was not submitted for credit to any certifying body. Attendees may', 20, 222, 760],
        ['petition their certifying organisation.', 23, 223, 790],
      ),
    );
    expect(r.title?.value).toBe('Lakeshore Coaches Conference 2026');
  });
});
