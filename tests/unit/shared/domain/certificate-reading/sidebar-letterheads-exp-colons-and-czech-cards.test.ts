/**
 * Classes of misreading found on designs 1156–1170 (read on first sight, tuned on their
 * development part only): a letterhead wrapped over three lines in a narrow sidebar ("Crestline"
 * / "Fitness" / "College"); a card's "Exp:" with a colon; Czech "Kurz první pomoci" (the words
 * declined). Each test failed before the change; the values are invented.
 */
import { describe, expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

describe('providers', () => {
  it('"Crestwood" / "Fitness" / "College" in a sidebar is one name', () => {
    const r = read(
      cells(
        ['Crestwood', 14, 40, 60],
        ['Fitness', 14, 40, 76],
        ['College', 14, 40, 92],
        ['Certificate of Completion', 28, 160, 60],
        ['The following participant', 12, 160, 90],
        ['Francesca Morello', 24, 160, 125],
        ['has completed the course', 12, 160, 160],
        ['Postnatal Return to Running', 18, 160, 185],
      ),
    );
    expect(r.provider?.value).toBe('Crestwood Fitness College');
  });
});

describe('cards', () => {
  it('"Date: 2026-04-04 Exp: 2028-04-04"', () => {
    const r = text(
      'Guardian CPR Services',
      'Adult CPR & AED',
      'Name: Elena Petrenko',
      'Date: 2026-04-04 Exp: 2028-04-04',
    );
    expect(r.kind).toBe('card');
    expect(r.expiresOn?.value).toBe('2028-04-04');
  });

  it('Czech: "Kurz první pomoci" with "Platnost do:"', () => {
    const r = text(
      'Záchranářská škola Ostrava',
      'Kurz první pomoci',
      'Jméno: Tereza Novotná',
      'Datum vydání: 02.06.2026',
      'Platnost do: 02.06.2028',
    );
    expect(r.kind).toBe('card');
    expect(r.expiresOn?.value).toBe('2028-06-02');
  });
});
