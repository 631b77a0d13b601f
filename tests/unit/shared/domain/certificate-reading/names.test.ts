/**
 * Holders' names as OCR reads them: a capital I read as a small l ("Mirela lonescu" was
 * proposed for Mirela Ionescu, on photos and scans of the development designs). The values are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { capitalI } from '../../../../../shared/domain/certificate-reading/names';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

describe('a capital I read as a small l', () => {
  it('is put back at the start of a name’s word of four letters or more', () => {
    expect(capitalI('Mirela lonescu')).toBe('Mirela Ionescu');
    expect(capitalI('loana Popescu')).toBe('Ioana Popescu');
    expect(capitalI('lgor Petrov')).toBe('Igor Petrov');
  });

  it('leaves particles, names written all in small letters, and real l-words as they are', () => {
    expect(capitalI('Marie le Roux')).toBe('Marie le Roux');
    expect(capitalI('Ana de los Santos')).toBe('Ana de los Santos');
    expect(capitalI('lorenzo bianchi')).toBe('lorenzo bianchi');
    expect(capitalI('Laura Lindqvist')).toBe('Laura Lindqvist');
  });

  it('applies to the holder the reader proposes', () => {
    const r = readCertificateText(
      ['Certificate of Completion', 'This certifies that', 'Mirela lonescu', 'has completed Kettlebell Basics'].join(
        '\n',
      ),
    );
    expect(r.holder?.value).toBe('Mirela Ionescu');
  });
});
