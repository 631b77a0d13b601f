/**
 * The OCR reads with the models shipped in resources/ocr: one per language listed, nothing
 * fetched. Read with English alone, photos lost holders' letters ("Malgorzata Wisniewska" for
 * Małgorzata Wiśniewska, "Lucia Fernandez", "Jirgen Wei" for Jürgen Weiß); these photos of
 * development designs now keep them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { modelDir, OCR_LANGUAGES, stopOcr } from '../../../../../electron/core/certificates/ocr';
import { readCertificateFile } from '../../../../../electron/core/certificates/read-file';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { DESIGNS } from '../../../../fixtures/certificates/designs/designs';
import { designPicture } from '../../../../fixtures/certificates/designs/pictures';

afterAll(() => stopOcr());

describe('the OCR models', () => {
  it('resources/ocr holds one model per language read, and its README names each', () => {
    const files = readdirSync(modelDir()).filter((f) => f.endsWith('.traineddata.gz'));
    expect(files.map((f) => f.replace('.traineddata.gz', '')).sort()).toEqual([...OCR_LANGUAGES].sort());
    const readme = readFileSync(path.join(modelDir(), 'README.md'), 'utf8');
    for (const code of OCR_LANGUAGES) expect(readme, code).toMatch(new RegExp(`\\| ${code} +\\|`));
    expect(OCR_LANGUAGES.at(-1)).toBe('eng');
  });

  const named = ['d01', 'd10', 'd20', 'd23', 'd25', 'd29', 'd32', 'd38', 'd40', 'd85'].map((n) =>
    DESIGNS.find((d) => d.id.startsWith(`${n}-`))!,
  );
  it('photos keep the letters of holders’ names (ł, ś, í, á, ễ, ị, è, ó, ö, ç, ü, ß, ä, ã)', async () => {
    expect(named.every((d) => d.split === 'dev')).toBe(true);
    const read: string[] = [];
    for (const d of named) {
      const file = await readCertificateFile(await designPicture(d.id, 'photo'), 'jpg');
      read.push(readCertificateText(file.text, file.layout).holder?.value ?? '');
    }
    expect(read).toEqual(named.map((d) => d.expected.holder));
  }, 120_000);
});
