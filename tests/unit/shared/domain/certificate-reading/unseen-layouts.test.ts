/**
 * The classes of misreading seen on certificates from layouts the reader was not written
 * against (issue: "certificates from anywhere read right"), one test per class. Each failed
 * before the change it names; the values are invented, the shapes are the world's.
 */
import { describe, expect, it } from 'vitest';
import { UNSURE_BELOW } from '../../../../../shared/domain/certificate-reading/calibration';
import { findContactMinutes } from '../../../../../shared/domain/certificate-reading/contact-time';
import { findCredits } from '../../../../../shared/domain/certificate-reading/credits';
import { findDates } from '../../../../../shared/domain/certificate-reading/dates';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

/** A page of cells: [text, size, x, y]. */

describe('boilerplate is never a value', () => {
  it('takes the title from the line under "has completed the continuing education course"', () => {
    const r = readCertificateText(
      'This certifies that\nAnna Berg\nhas successfully completed the continuing education course\nRowing Technique Basics\non May 2, 2026',
    );
    expect(r.title?.value).toBe('Rowing Technique Basics');
  });

  it('never takes "an approved continuing education activity" or the holder for the title', () => {
    const r = read(
      cells(
        ['The learner below has completed an approved continuing education activity', 13, 150, 120],
        ['Anna Berg', 26, 300, 160],
        ['Rowing Technique Basics', 16, 280, 200],
      ),
    );
    expect([r.holder?.value, r.title?.value]).toEqual(['Anna Berg', 'Rowing Technique Basics']);
  });

  it('does not take a CPR/AED course line for the card holder', () => {
    const r = readCertificateText(
      'American Red Cross\nBasic Life Support\nIssue Date: 15/01/2026\nExpiration Date: 15/01/2028',
    );
    expect(r.holder?.value).toBeUndefined();
  });
});

describe('a label alone in its cell', () => {
  it('gives the cell beside it (a form with a label column and no colons)', () => {
    const r = read(
      cells(
        ['Statement of Credit', 22, 57, 90],
        ['Learner', 12, 57, 136],
        ['Kristján Þórsson', 12, 213, 136],
        ['Activity', 12, 57, 162],
        ['Applied Sports Nutrition', 12, 213, 162],
        ['Offered by', 12, 57, 187],
        ['Harbor Seminars', 12, 213, 187],
      ),
    );
    expect([r.holder?.value, r.title?.value, r.provider?.value]).toEqual([
      'Kristján Þórsson',
      'Applied Sports Nutrition',
      'Harbor Seminars',
    ]);
  });

  it('gives the cell above it when labels are captions under lines, skipping the next label', () => {
    const r = read(
      cells(
        ['Certificate of Completion', 26, 300, 90],
        ['Oksana Kovalenko', 16, 100, 250],
        ['Youth Speed Development', 16, 350, 250],
        ['October 30, 2026', 16, 650, 250],
        ['Participant', 9, 120, 268],
        ['Course', 9, 400, 268],
        ['Date', 9, 690, 268],
      ),
    );
    expect([r.holder?.value, r.title?.value, r.completedOn?.value]).toEqual([
      'Oksana Kovalenko',
      'Youth Speed Development',
      '2026-10-30',
    ]);
  });
});

describe('the biggest lines, as guesses', () => {
  it('reads the big name and the big title with no phrase around them, and marks both "check this"', () => {
    const r = read(
      cells(
        ['Siobhán Ní Bhriain', 30, 250, 150],
        ['Kettlebell Instructor Level 1', 16, 260, 200],
        ['Iron Circle Education · 12 April 2026 · 1.2 ACE CECs', 10, 200, 300],
      ),
    );
    expect(r.holder).toMatchObject({ value: 'Siobhán Ní Bhriain' });
    expect(r.title).toMatchObject({ value: 'Kettlebell Instructor Level 1' });
    expect(r.holder!.confidence).toBeLessThan(UNSURE_BELOW);
    expect(r.title!.confidence).toBeLessThan(UNSURE_BELOW);
    expect(r.provider?.value).toBe('Iron Circle Education');
  });
});

describe('providers printed without a label', () => {
  it('a body named in the heading', () => {
    const r = readCertificateText(
      'NETA Workshop Certificate\nThis certifies that Chloé Martin\nattended the workshop Group Cycling Essentials',
    );
    expect(r.provider?.value).toBe('National Exercise Trainers Association');
    expect(r.title?.value).toBe('Group Cycling Essentials');
  });

  it("the first part of a footer, and a letter's sign-off", () => {
    expect(
      readCertificateText('Certificate of Achievement\nBaltic Movement Institute · 1.0 ISSA CEUs').provider?.value,
    ).toBe('Baltic Movement Institute');
    expect(
      readCertificateText('Hi Mirela Ionescu,\nThanks for attending "Sleep Basics".\n- The CoachCast Team').provider
        ?.value,
    ).toBe('CoachCast');
  });

  it('the letterhead above the heading, as a guess', () => {
    const r = readCertificateText(
      'Midwest Exercise Physiology Forum\nCertificate of Attendance\nThis is to certify that Nguyễn Thị Lan attended\nthe workshop: Lactate Testing in Practice',
    );
    expect(r.provider?.value).toBe('Midwest Exercise Physiology Forum');
    expect(r.provider!.confidence).toBeLessThan(UNSURE_BELOW);
    expect(r.holder?.value).toBe('Nguyễn Thị Lan');
  });
});

describe('dates and cards', () => {
  it.each([
    ['5-Mar-2026', '2026-03-05'],
    ['given this twelfth day of January, 2026', '2026-01-12'],
    ['March 27-28, 2026', '2026-03-28'],
    ['held 14-15 November 2026', '2026-11-15'],
    ['2026/05/19', '2026-05-19'],
  ])('%s → %s', (text, date) => {
    expect(findDates(text)[0]?.date).toBe(date);
  });

  it('a month without its day ends on its last day, on a card', () => {
    const r = readCertificateText(
      'BLS Provider\nAmerican Heart Association\nIoana Popescu\nIssue Date: 03/14/2026 Recommended Renewal Date:\n03/2028',
    );
    expect([r.kind, r.completedOn?.value, r.expiresOn?.value]).toEqual(['card', '2026-03-14', '2028-03-31']);
  });

  it('"Valid For: 2 Years" with no end printed ends two years after the issue date', () => {
    const r = readCertificateText(
      'American Red Cross\nAdult First Aid/CPR/AED\nJiří Dvořák\nDate Completed: 09/22/2025\nValid For: 2 Years',
    );
    expect([r.kind, r.holder?.value, r.expiresOn?.value]).toEqual(['card', 'Jiří Dvořák', '2027-09-22']);
  });
});

describe('small forms', () => {
  it('a bilingual label reads as its last language', () => {
    const r = readCertificateText('Name / Name: Jürgen Weiß\nKurs / Course: Functional Training for Seniors');
    expect([r.holder?.value, r.title?.value]).toEqual(['Jürgen Weiß', 'Functional Training for Seniors']);
  });

  it('a title in quotes inside a sentence', () => {
    const r = readCertificateText(
      'Dear Mirela Ionescu,\nThank you for attending our live webinar "Coaching Habit Change"',
    );
    expect(r.title?.value).toBe('Coaching Habit Change');
    expect(r.holder?.value).toBe('Mirela Ionescu');
  });

  it('hours and minutes together, and an hours label with its number in the next cell', () => {
    expect(findContactMinutes(['Time spent: 2 hours 30 minutes'])?.minutes).toBe(150);
    expect(findContactMinutes(['Hours:', '3'])?.minutes).toBe(180);
  });

  it('a category belongs to its own statement; a label-pair line is two statements', () => {
    const line = (l: string) =>
      findCredits([l]).map((c) => `${c.bodyId} ${c.amount}${c.category ? ` ${c.category}` : ''}`);
    expect(line('Approved for 1.4 NSCA CEUs (Category C) · 1.4 NASM CEUs')).toEqual(['nsca 140 C', 'nasm 140']);
    expect(line('ACE CECs: 0.3   NASM CEUs: 0.3').sort()).toEqual(['ace 30', 'nasm 30']);
  });

  it('a footer part that looks like a code, as a guess', () => {
    const r = readCertificateText('February 2nd, 2026 | 0.5 NSCA CEUs, Category C | KLE-BMS-02');
    expect(r.code).toMatchObject({ value: 'KLE-BMS-02' });
    expect(r.code!.confidence).toBeLessThan(UNSURE_BELOW);
  });
});

describe('designs 46-60, first seen after tuning on 1-45', () => {
  it('a table column head over several rows names a list, not the title', () => {
    const r = read(
      cells(
        ['Great Lakes Fitness Conference 2026', 22, 57, 80],
        ['Session', 10, 60, 150],
        ['Hours', 10, 400, 150],
        ['Programming for Masters Athletes', 10, 60, 170],
        ['1.5', 10, 400, 170],
        ['Hip Hinge Coaching Lab', 10, 60, 190],
        ['2', 10, 400, 190],
      ),
    );
    expect(['Hours', 'Programming for Masters Athletes']).not.toContain(r.title?.value);
  });

  it("a line that starts with another field's label is not the title", () => {
    const r = readCertificateText(
      'ISSA\nCertified Nutritionist\nThe International Sports Sciences Association certifies that\nMariana Castillo\nhas met all requirements for certification\nDate of issue: 2026-01-09\nCounts for 20 ISSA CEUs',
    );
    expect(r.title?.value).not.toBe('Date of issue');
    expect(r.provider?.value).toBe('International Sports Sciences Association');
  });

  it('a body alone at the top is the provider, as a guess (it may be only an approval mark)', () => {
    const r = readCertificateText('NSCA\nCEU Certificate\nAttendee: Kwame Mensah\nEvent: NSCA Coaching Conference');
    expect(r.provider).toMatchObject({ value: 'National Strength and Conditioning Association' });
    expect(r.provider!.confidence).toBeLessThan(UNSURE_BELOW);
  });

  it('"The X" stays a provider\'s name unless X is a body', () => {
    expect(
      readCertificateText(
        'The Pilates Guild\nCertificate of Continuing Education\nis hereby granted to\nRosa Diaz\nfor completing Reformer Flow',
      ).provider?.value,
    ).toBe('The Pilates Guild');
  });

  it('"Valid: 2 Years", a delegate, and a certificate ID', () => {
    const card = readCertificateText(
      'American Red Cross\nCPR/AED for Professional Rescuers\nParticipant: Astrid Moe\nCompleted: Feb 3, 2026\nValid: 2 Years',
    );
    expect([card.kind, card.expiresOn?.value]).toEqual(['card', '2028-02-03']);
    expect(readCertificateText('Delegate: Rhiannon Llewellyn\nWorkshop: Rugby Conditioning').holder?.value).toBe(
      'Rhiannon Llewellyn',
    );
    expect(readCertificateText('Course: Gait Retraining\nVerify online · Certificate ID MW-88231').code?.value).toBe(
      'MW-88231',
    );
  });
});
