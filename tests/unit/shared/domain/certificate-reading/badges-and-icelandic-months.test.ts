/**
 * Classes of misreading found on designs 1216–1230 (read on first sight, tuned on their
 * development part only): a digital badge named by what it makes its holder ("Sprint Technique
 * Coach") taken for the holder's name, and Icelandic months ("18. apríl 2026"). Each test failed
 * before the change, except the guard; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../../shared/domain/certificate-reading/dates';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { looksLikeName } from '../../../../../shared/domain/certificate-reading/values';
import { cells, read } from './layout-cells';

describe('a badge named by what it makes its holder', () => {
  it('"Sprint Technique Coach" over "Mateo Sousa" is the title, the name the holder', () => {
    const r = read(
      cells(
        ['VELOCITY', 14, 260, 120],
        ['BADGE EARNED', 10, 262, 200],
        ['Sprint Technique Coach', 20, 230, 230],
        ['Mateo Sousa', 16, 262, 260],
        ['Earned on Mar 4, 2026', 11, 258, 285],
        ['Issued by Velocity Coaching Lab', 11, 240, 305],
      ),
    );
    expect(r.holder?.value).toBe('Mateo Sousa');
    expect(r.title?.value).toBe('Sprint Technique Coach');
  });

  it.each(['Barre Teacher', 'Mobility Specialist', 'Kettlebell Sport Trainer'])('"%s" is no name', (badge) => {
    expect(looksLikeName(badge)).toBe(false);
  });

  it('guard: a family name that starts like a role ("Ana Coachman") is still a name (passed before)', () => {
    expect(
      readCertificateText('This certifies that Ana Coachman completed Barre Basics on 3 May 2026').holder?.value,
    ).toBe('Ana Coachman');
  });
});

describe('Icelandic months', () => {
  it.each([
    ['18. apríl 2026', '2026-04-18'],
    ['2. ágúst 2026', '2026-08-02'],
    ['30. nóvember 2026', '2026-11-30'],
    ['1. júní 2026', '2026-06-01'],
  ])('"%s"', (printed, iso) => {
    expect(findDates(printed).map((d) => d.date)).toEqual([iso]);
  });
});
