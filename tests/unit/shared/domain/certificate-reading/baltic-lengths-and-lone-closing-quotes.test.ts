/**
 * Classes found on the development photos of designs 1441–1455 (their text PDFs read right): a
 * Latvian or Lithuanian course length after the title ("16 stundu apjomā", "16 valandų apimties");
 * a title in „…” whose low opening mark OCR dropped, so the closing one was left with the length
 * after it. Each test failed before the change, except the guard; the values are invented.
 */
import { expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const title = (line: string) =>
  readCertificateText(['Rīgas Fitnesa skola', 'Apliecība', 'Anna Kalniņa', line].join('\n')).title?.value;

it.each([
  ['ir apguvusi kursu Vingrošana grūtniecēm 16 stundu apjomā.', 'Vingrošana grūtniecēm'],
  ['išklausė mokymus Jėgos treniruotės 16 valandų apimties.', 'Jėgos treniruotės'],
])('a Baltic course length after the title: %s', (line, want) => {
  expect(title(line)).toBe(want);
});

it('a closing quotation mark with no opening one ends the title', () => {
  expect(title('ir apguvusi kursu VingroSana grutniecem” 16 stundu apjoma.')).toBe('VingroSana grutniecem');
});

it('guard: quotation marks inside a title keep it whole (passed before)', () => {
  expect(title('ir apguvusi kursu The "Hip" Workshop for Runners.')).toBe('The "Hip" Workshop for Runners');
});
