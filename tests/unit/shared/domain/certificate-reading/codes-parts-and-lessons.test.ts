/**
 * Classes of misreading found on designs 391–405 (read on first sight, tuned on their
 * development part only): a course's code before its title read as part of the title (shown as
 * sure), a name asked for in parts, German teaching units of 45 minutes, a letter's subject line
 * naming the course, an Australian statement of attainment, a table head with a "Status" column.
 * Each test failed before the change, except where it says it guards a limit; the values are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { findContactMinutes } from '../../../../../shared/domain/certificate-reading/contact-time';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

describe('a code before the title', () => {
  it('"Course: PT-204 Program Design for Older Adults": the title, and the code as a guess', () => {
    const r = readCertificateText(
      ['Course: PT-204 Program Design for Older Adults', 'Date completed: 09/03/2026'].join('\n'),
    );
    expect(r.title?.value).toBe('Program Design for Older Adults');
    expect(r.code).toMatchObject({ value: 'PT-204', confidence: 0.6 });
  });

  it('"Unit of competency: SISFFIT032 Complete pre-exercise screening"', () => {
    const r = readCertificateText(
      [
        'Coastal Fitness College',
        'Statement of Attainment',
        'This is a statement that',
        'Jack Turner',
        'has attained',
        'Unit of competency: SISFFIT032 Complete pre-exercise screening',
        'Date issued: 14/05/2026',
      ].join('\n'),
    );
    expect(r).toMatchObject({
      kind: 'course',
      holder: { value: 'Jack Turner' },
      title: { value: 'Complete pre-exercise screening' },
      code: { value: 'SISFFIT032' },
    });
  });

  it('"P90X Instructor Update" and "HIIT Basics" keep their first word (guards the limit)', () => {
    expect(readCertificateText('Course: P90X Instructor Update').title?.value).toBe('P90X Instructor Update');
    expect(readCertificateText('Course: HIIT Basics').title?.value).toBe('HIIT Basics');
  });
});

describe('a name in parts, teaching units, a letter’s subject', () => {
  it('"First name: Ana" and "Last name: Kovač" are Ana Kovač', () => {
    expect(
      readCertificateText(['First name: Ana', 'Last name: Horvat', 'Course: Plyometrics'].join('\n')).holder?.value,
    ).toBe('Ana Horvat');
  });

  it('"8 Unterrichtsstunden" are 8 × 45 minutes', () => {
    expect(findContactMinutes(['teilgenommen (8 Unterrichtsstunden).'])?.minutes).toBe(360);
    expect(findContactMinutes(['Umfang: 16 UE'])?.minutes).toBe(720);
  });

  it('"RE: Certificate of Completion – Aqua Fitness Leader" names the course', () => {
    const r = readCertificateText(
      [
        'AquaMotion Training',
        'July 15, 2026',
        'RE: Certificate of Completion – Aqua Fitness Leader',
        'Dear Marisa Lopes,',
        'Congratulations! You completed the course on July 12, 2026.',
      ].join('\n'),
    );
    expect(r.title?.value).toBe('Aqua Fitness Leader');
    expect(r.provider?.value).toBe('AquaMotion Training');
  });
});

describe('a table’s head', () => {
  it('"Course | Status | Completed | CEUs" over a row: the course under its head, not the next head', () => {
    const r = read(
      cells(
        ['Course', 10, 60, 100],
        ['Status', 10, 250, 100],
        ['Completed', 10, 330, 100],
        ['CEUs', 10, 430, 100],
        ['Youth Fitness Coaching', 10, 60, 116],
        ['Passed', 10, 250, 116],
        ['2026-04-30', 10, 330, 116],
        ['2.0', 10, 430, 116],
      ),
    );
    expect(r.title?.value).toBe('Youth Fitness Coaching');
  });
});
