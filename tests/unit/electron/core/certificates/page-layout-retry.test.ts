/**
 * OCR reads a page as one block first; a reading that misses what every certificate prints is
 * read again with the engine's page layout analysis (read-file.ts). A ruled table of labels and
 * values (development design d1022) is dropped whole by the one-block pass: only its heading is
 * read. The test failed before the retry: nothing but the heading came back.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { stopOcr } from '../../../../../electron/core/certificates/ocr';
import { readCertificateFile } from '../../../../../electron/core/certificates/read-file';
import { fieldsFound, missesEssentials } from '../../../../../shared/domain/certificate-reading/completeness';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { designPicture } from '../../../../fixtures/certificates/designs/pictures';

afterAll(() => stopOcr());

describe('a page the one-block pass cuts wrongly', () => {
  it('a ruled table of labels and values, photographed: read whole on the second pass', async () => {
    const photo = await designPicture('d1022-label-value-table-name-of-trainee-sponsor', 'photo');
    const file = await readCertificateFile(photo, 'jpg');
    const reading = readCertificateText(file.text, file.layout);
    expect(reading.holder?.value).toBe('Felipe Andrade');
    expect(reading.title?.value).toBe('Resistance Training for Adolescents');
    expect(reading.provider?.value).toBe('Youth Strength Collaborative');
  });
});

describe('what a reading found', () => {
  const read = (...lines: string[]) => readCertificateText(lines.join('\n'));

  it('a reading with its kind, holder and title misses nothing essential', () => {
    const r = read('This certifies that', 'Ana Lima', 'has completed the course', 'Mobility for Runners');
    expect(missesEssentials(r)).toBe(false);
    expect(fieldsFound(r)).toBe(3);
  });

  it('a heading alone misses the essentials; a course without its title does too', () => {
    expect(missesEssentials(read('Record of Continuing Education'))).toBe(true);
    expect(missesEssentials(read('Name: Ana Lima', 'Completed: 2026-03-01', '0.2 NASM CEUs'))).toBe(true);
  });

  it('a card needs no title', () => {
    const r = read(
      'American Red Cross',
      'Adult CPR/AED',
      'Name: Ana Lima',
      'Issued: 2026-03-01',
      'Expires: 2028-03-01',
    );
    expect(r.kind).toBe('card');
    expect(missesEssentials(r)).toBe(false);
  });
});
