/**
 * Classes of misreading found on designs 241–255 (read on first sight, tuned on their
 * development part only): a title wrapped over two lines, a cue in a sidebar followed in reading
 * order by the line beside it, a bilingual letterhead, a body's code before "Provider:", a
 * webinar report's topic, an amount in brackets, and "valid for 2 yrs". Each test of a class
 * failed before the change; the form's rows guard the wrap rule. The values are invented.
 */
import { describe, expect, it } from 'vitest';
import { findCredits } from '../../../../../shared/domain/certificate-reading/credits';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

describe('a title wrapped over two lines', () => {
  it('is read whole when its second line is in the same size, under it, alone on its row', () => {
    const r = read(
      cells(
        ['Athena Performance Lab', 12, 360, 80],
        ['Certificate of Completion', 26, 250, 125],
        ['This certifies that', 12, 370, 160],
        ['Signe Halvorsen', 22, 340, 195],
        ['has completed the course', 12, 350, 225],
        ['Advanced Program Design for Female', 18, 250, 255],
        ['Athletes Across the Menstrual Cycle', 18, 255, 277],
        ['on 2026-04-04 · 1.0 NSCA CEU', 12, 340, 305],
      ),
    );
    expect(r.title?.value).toBe('Advanced Program Design for Female Athletes Across the Menstrual Cycle');
  });

  it('a form’s next row is not part of the title', () => {
    const r = read(
      cells(
        ['Course', 11, 60, 200],
        ['Assessing Movement Quality', 11, 200, 200],
        ['Provider', 11, 60, 215],
        ['Northgate Fitness Education', 11, 200, 215],
        ['Participant', 11, 60, 230],
        ['Leona Brandt', 11, 200, 230],
      ),
    );
    expect(r.title?.value).toBe('Assessing Movement Quality');
  });
});

describe('a cue in a sidebar', () => {
  it('"COMPLETED" over its date in a sidebar does not take the letterhead beside it as the title', () => {
    const r = read(
      cells(
        ['COMPLETED', 10, 62, 70],
        ['Greenline Wellness Academy', 13, 228, 76],
        ['14 Jul 2026', 16, 62, 103],
        ['Certificate of Completion', 26, 228, 121],
        ['Kalani Makoa', 22, 228, 169],
        ['COURSE', 8, 237, 214],
        ['Mindful Movement for Stress', 15, 228, 256],
        ['0.5 ACE CECs', 12, 228, 286],
      ),
    );
    expect(r.title?.value).toBe('Mindful Movement for Stress');
    expect(r.provider?.value).toBe('Greenline Wellness Academy');
    expect(r.completedOn?.value).toBe('2026-07-14');
  });
});

describe('providers', () => {
  it('a letterhead in two languages: the first', () => {
    const r = readCertificateText(
      [
        'Certificate of Completion',
        'Border Fitness Education / Educación Fitness Frontera',
        'Presented to Ana Ruiz',
        'for Bootcamp Leadership',
        '2026-02-21',
      ].join('\n'),
    );
    expect(r.provider?.value).toBe('Border Fitness Education');
  });

  it('"ACE Provider: Balance Academy (#1234)"', () => {
    const r = readCertificateText(
      ['Certificate of Completion', 'Participant: Owen Bartlett', 'ACE Provider: Balance Academy (#1234)'].join('\n'),
    );
    expect(r.provider?.value).toBe('Balance Academy');
  });

  it('a webinar report: its topic is the title, and the name before " · Attendee Report" the provider', () => {
    const r = readCertificateText(
      [
        'CoachCast Live · Attendee Report',
        'Topic: Coaching Through Plateaus',
        'Attendee: Hamid Rahimi',
        'Duration: 1 hour',
      ].join('\n'),
    );
    expect(r.title?.value).toBe('Coaching Through Plateaus');
    expect(r.provider?.value).toBe('CoachCast Live');
  });
});

describe('amounts and validity', () => {
  it('"one and a half (1.5) NSCA CEUs" is 1.5 NSCA CEUs, its source the line as printed', () => {
    const line = 'and is awarded one and a half (1.5) NSCA CEUs.';
    const [credit] = findCredits([line]);
    expect(credit).toMatchObject({ bodyId: 'nsca', amount: 150, source: line });
  });

  it('"Valid for 2 yrs" gives a card its end', () => {
    const r = readCertificateText(
      [
        'American Red Cross',
        'Adult First Aid/CPR/AED Online',
        'Farida Nasser',
        'Completed: Jan 5, 2026',
        'Valid for 2 yrs',
      ].join('\n'),
    );
    expect(r.kind).toBe('card');
    expect(r.expiresOn?.value).toBe('2028-01-05');
  });
});
