/**
 * Classes of misreading found on designs 1456–1470 (read on first sight, tuned on their
 * development part only): "Thank you for attending X on …" read X as the holder, shown as sure (it
 * names the course; the holder is the letter's addressee, "Dear Dr. Siddiqui," over an address
 * block); "Achievement: X" on a credential; Norwegian "for fullført kurs i X"; Spanish "por haber
 * cursado y aprobado el X, con una intensidad de 120 horas"; "Organisatie: X" and other
 * languages' organiser labels. Each test failed before the change, except the guards; the values
 * are invented.
 */
import { expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

it('"Thank you for attending X on …" names the course; the greeting over an address block names the holder', () => {
  const r = text(
    'Great Lakes Oncology Network',
    'October 27, 2026',
    'Dr. Farah Sidiqi',
    '214 Elm Street',
    'Dear Dr. Sidiqi,',
    'Thank you for attending Exercise Oncology Update on October 22, 2026.',
  );
  expect(r.holder?.value).toBe('Farah Sidiqi');
  expect(r.title?.value).toBe('Exercise Oncology Update');
});

it('guard: "Thank you for joining us, Priya Kapoor" still names the holder (passed before)', () => {
  expect(text('Pulse Studio', 'Thank you for joining us, Priya Kapur, at Core Week.').holder?.value).toBe(
    'Priya Kapur',
  );
});

it('"Achievement: X" on a credential', () => {
  expect(
    text(
      'Verified Credential',
      'Recipient: Lior Ben-Dov',
      'Achievement: Mobility Specialist Level 2',
      'Issued: 2026-04-18',
    ).title?.value,
  ).toBe('Mobility Specialist Level 2');
});

it('Norwegian "for fullført kurs i X"', () => {
  expect(
    text('Bergen Idrettsskole', 'Diplom', 'tildeles', 'Kari Nordvik', 'for fullført kurs i Løpeteknikk for nybegynnere')
      .title?.value,
  ).toBe('Løpeteknikk for nybegynnere');
});

it('Spanish "por haber cursado y aprobado el X, con una intensidad de 120 horas"', () => {
  const r = text(
    'Corporación del Deporte',
    'Diploma',
    'otorgado a:',
    'Valentina Restrepo',
    'por haber cursado y aprobado el Diplomado en Entrenamiento Deportivo, con una intensidad de 120 horas.',
  );
  expect(r.title?.value).toBe('Diplomado en Entrenamiento Deportivo');
});

it.each([
  ['Organisatie: Sportmassage Academie Nederland', 'Sportmassage Academie Nederland'],
  ['Veranstalter: Landessportbund Bremen', 'Landessportbund Bremen'],
  ['Organisateur : Ligue de Tennis de Liège', 'Ligue de Tennis de Liège'],
])("another language's organiser label: %s", (line, provider) => {
  expect(text('Bewijs van deelname', 'Naam: Daan Vermeer', 'Cursus: Sportmassage basis', line).provider?.value).toBe(
    provider,
  );
});
