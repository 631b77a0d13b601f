/**
 * Classes of misreading found on designs 826–840 (read on first sight, tuned on their
 * development part only): Spanish "D.ª" before a name; a title found by its size and set over two
 * lines, the second starting with its joining word ("Program Design" / "for Endurance
 * Athletes"). Each test failed before the change but for the one that guards the rule's limit (a
 * sentence's next line); the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

describe('names', () => {
  it('"D.ª Carmen Ruiz Navarro": the courtesy title is not part of the name', () => {
    expect(
      readCertificateText(
        ['D.ª Elena Soto Marín', 'ha superado el curso', 'Pilates Suelo', 'celebrado el 3 de mayo de 2026.'].join('\n'),
      ).holder?.value,
    ).toBe('Elena Soto Marín');
  });
});

describe('titles', () => {
  it('the biggest line goes on in the next line of its size, also when that starts with "for"', () => {
    const r = read(
      cells(
        ['Endurance Coaching Academy', 12, 62, 74],
        ['Certificate awarded to Felix Braun for', 11, 62, 116],
        ['Program Design', 22, 62, 149],
        ['for Trail Runners', 22, 62, 175],
        ['Completed 2026-01-25', 12, 62, 225],
      ),
    );
    expect(r.title?.value).toBe('Program Design for Trail Runners');
  });

  it('a line in small letters that is no joining word does not go on the title', () => {
    const r = read(
      cells(
        ['Harbor Fitness School', 12, 62, 74],
        ['Program Design', 22, 62, 149],
        ['completed online', 22, 62, 175],
        ['Completed 2026-01-25', 12, 62, 225],
      ),
    );
    expect(r.title?.value).toBe('Program Design');
  });
});
