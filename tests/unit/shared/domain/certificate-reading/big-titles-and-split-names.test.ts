/**
 * Classes of misreading found on designs 211–225 (read on first sight, tuned on their
 * development part only): a name followed in its sentence by a date with a two-digit day, a
 * name set large over two lines, and a course's name as the page's one big line at the top.
 * Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { cleanValue } from '../../../../../shared/domain/certificate-reading/values';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

describe('a name in a sentence with its date', () => {
  it.each([
    ['Rafael Souza on 12 September 2026', 'Rafael Souza'],
    ['Ana Lima on March 14, 2026', 'Ana Lima'],
    ['Ana Lima on March 3, 2026', 'Ana Lima'],
  ])('"%s" ends at its date', (value, name) => {
    expect(cleanValue(value)).toBe(name);
  });

  it('"awarded to Rafael Souza on 12 September 2026"', () => {
    const r = readCertificateText(
      ['Certificate of Completion', 'awarded to Halvard Lie on 12 September 2026', 'for Hill Sprint Coaching'].join(
        '\n',
      ),
    );
    expect(r.holder?.value).toBe('Halvard Lie');
  });
});

describe('a name set large over two lines', () => {
  it('"Anna-Maria / Kowalska-Nowak" is one name', () => {
    const r = readCertificateText(
      [
        'Certificate of Completion',
        'This certifies that',
        'Anna-Maria',
        'Kowalska-Nowak',
        'has completed the course',
        'Mobility for Hypermobile Clients',
        'March 30, 2026',
      ].join('\n'),
    );
    expect(r.holder?.value).toBe('Anna-Maria Kowalska-Nowak');
  });
});

describe('a course’s name as the page’s one big line', () => {
  it('is the title, not the letterhead; the provider is in the footer', () => {
    const r = read(
      cells(
        ['Suspension Training Level 2', 32, 169, 121],
        ['Certificate of Completion', 12, 336, 172],
        ['awarded to Halvard Lie on 12 September 2026', 12, 270, 214],
        ['Anchor Point Training Systems · 0.7 NASM CEUs · Course ID APT-ST2', 11, 234, 256],
      ),
    );
    expect(r.title?.value).toBe('Suspension Training Level 2');
    expect(r.provider?.value).toBe('Anchor Point Training Systems');
  });

  it('a letterhead smaller than the heading is still the provider', () => {
    const r = read(
      cells(
        ['Anchor Point Training Systems', 13, 330, 80],
        ['Certificate of Completion', 28, 250, 125],
        ['awarded to Halvard Lie on 12 September 2026', 12, 270, 170],
        ['for Hill Sprint Coaching', 12, 300, 200],
      ),
    );
    expect(r.provider?.value).toBe('Anchor Point Training Systems');
  });
});
