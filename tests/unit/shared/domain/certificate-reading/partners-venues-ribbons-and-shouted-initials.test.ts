/**
 * Classes of misreading found on designs 1306–1320 (read on first sight, tuned on their
 * development part only): a partner after the letterhead's name ("… in partnership with Harbor
 * Health"); where a course was hosted after its title ("…, hosted at Eastside Community
 * Center"); a name in a ribbon between stars; a record's name in capitals with a middle initial
 * ("HERNANDEZ, MARIA J."); the line under the name with a course code before it ("PT-310
 * Advanced Program Design") or a subtitle after a colon. Each test failed before the change,
 * except the guard; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { givenNameFirst } from '../../../../../shared/domain/certificate-reading/names';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

it('a partner after the letterhead is not who gave the course', () => {
  expect(
    text(
      'Pinnacle Coaching Academy in partnership with Harbor Health',
      'Certificate of Completion',
      'Awarded to Ana Lima',
    ).provider?.value,
  ).toBe('Pinnacle Coaching Academy');
});

it('"…, hosted at Eastside Community Center" is no part of the title', () => {
  expect(
    text('Carmen Delgado attended Functional Aging Workshop, hosted at Eastside Community Center').title?.value,
  ).toBe('Functional Aging Workshop');
});

const ribbon = (under: string) =>
  read(
    cells(
      ['Sunrise Yoga Collective', 13, 300, 60],
      ['Certificate of Completion', 26, 240, 100],
      ['★ Nomvula Zondo ★', 20, 300, 150],
      [under, 12, 290, 185],
      ['2026-07-18 · 3 hours', 11, 320, 210],
    ),
  );

it('stars either side of a name in a ribbon', () => {
  expect(ribbon('Yin Yoga Basics').holder?.value).toBe('Nomvula Zondo');
});

describe('the line under the name', () => {
  it('a course code before it: the code and the title apart', () => {
    const r = text(
      'Valley Training College',
      'Certificate of Completion',
      'Student: Wiremu Tane',
      'PT-310 Advanced Program Design',
    );
    expect(r.title?.value).toBe('Advanced Program Design');
    expect(r.code?.value).toBe('PT-310');
  });

  it('a subtitle after a colon', () => {
    expect(ribbon('Yoga for Athletes: Hips and Hamstrings').title?.value).toBe(
      'Yoga for Athletes: Hips and Hamstrings',
    );
  });

  it('guard: a label and its value is no title ("Training Center: Capital CPR"; passed before)', () => {
    expect(
      text('Certificate of Completion', 'Nomvula Zondo', 'Training Center: Capital CPR').title?.value,
    ).toBeUndefined();
  });
});

it('"HERNANDEZ, MARIA J.": the given name and its initial first', () => {
  expect(givenNameFirst('HERNANDEZ, MARIA J.')).toBe('MARIA J. HERNANDEZ');
});
