/**
 * Classes of misreading found on designs 1471–1485 (read on first sight, tuned on their
 * development part only): a grid of captions over values whose "Course Length" caption was read
 * as the title (shown as sure); German "Wir bestätigen, dass X am … den Workshop Y (4 Stunden)
 * besucht hat"; Turkish "Sayın X, 14 Mart 2026 tarihinde düzenlenen Y'ne katılmıştır"; a training
 * centre in Italian ("Centro di formazione: …"); a name wrapped in a narrow seal ("SEAL · Westbrook
 * Kinesiology" / "Institute · 2026"); a body's name printed in full with "&" is the catalog's
 * name ("… Strength and Fitness"). Each test failed before the change, except the guard; the
 * values are invented.
 */
import { expect, it } from 'vitest';
import { readCertificateText } from '../../../../../shared/domain/certificate-reading/read-text';
import { cells, read } from './layout-cells';

const text = (...lines: string[]) => readCertificateText(lines.join('\n'));

it('a grid of captions over values: "Course Length" is a caption, not the title', () => {
  const r = read(
    cells(
      ['Aegean Movement School', 16, 60, 60],
      ['Certificate of Completion', 24, 60, 100],
      ['Eleni Papadaki', 22, 60, 140],
      ['Course Title', 8, 60, 180],
      ['Course Date', 8, 330, 180],
      ['Course Length', 8, 600, 180],
      ['Balance Training for Older Adults', 12, 60, 195],
      ['July 11, 2026', 12, 330, 195],
      ['3 hrs', 12, 600, 195],
    ),
  );
  expect(r.title?.value).toBe('Balance Training for Older Adults');
});

it('German "Wir bestätigen, dass X am … den Workshop Y (4 Stunden) besucht hat"', () => {
  const r = text(
    'Sportunion Akademie Graz',
    'Bestätigung',
    'Wir bestätigen, dass Mag. Lukas Grubinger am 17.03.2026 den Workshop Beweglichkeitstraining (4 Stunden) besucht hat.',
  );
  expect(r.holder?.value).toBe('Lukas Grubinger');
  expect(r.title?.value).toBe('Beweglichkeitstraining');
});

it('Turkish "Sayın X, 14 Mart 2026 tarihinde düzenlenen Y\'ne katılmıştır"', () => {
  const r = text(
    'Ankara Fitness Akademisi',
    'Katılım Belgesi',
    "Sayın Elif Yıldız, 14 Mart 2026 tarihinde düzenlenen Fonksiyonel Antrenman Semineri'ne katılmıştır (6 saat).",
  );
  expect(r.holder?.value).toBe('Elif Yıldız');
  expect(r.title?.value).toBe('Fonksiyonel Antrenman Semineri');
});

it('an Italian card\'s training centre ("Centro di formazione: …")', () => {
  const r = text(
    'Attestato BLSD',
    'Esecutore BLSD adulto',
    'Nome: Chiara Espositi',
    'Data corso: 12/04/2026',
    'Scadenza: 12/04/2028',
    'Centro di formazione: Croce Verde Asti',
  );
  expect(r.provider?.value).toBe('Croce Verde Asti');
});

it('a name wrapped in a narrow seal', () => {
  const r = text(
    'Certificate of Completion',
    'Learner: Amélie Fontana',
    'Posture Coaching for Desk Workers',
    'SEAL · Westbrook Kinesiology',
    'Institute · 2026',
  );
  expect(r.provider?.value).toBe('Westbrook Kinesiology Institute');
});

it('guard: a footer whose organisation is whole on its line (passed before)', () => {
  const r = text(
    'Certificate of Completion',
    'Awarded to',
    'Ana Lima',
    'for completing',
    'Core Stability',
    'March 3, 2026',
    '2026 · Baltic Movement Institute · Riga',
  );
  expect(r.provider?.value).toBe('Baltic Movement Institute');
});

it('a body\'s name printed in full with "&" is the catalog\'s name', () => {
  expect(
    text(
      'National Council on Strength & Fitness',
      'Participant: Hana Kobe',
      'Activity: Bone Health',
      'NCSF CEUs awarded: 0.8',
    ).provider?.value,
  ).toBe('National Council on Strength and Fitness');
});

it('a footer that opens with its year, among the first lines of a short page, is no letterhead', () => {
  expect(
    text('Certificate', 'Awarded to Ana Lima', 'Core Stability', '2026 · Baltic Movement Institute · Riga').provider
      ?.value,
  ).toBe('Baltic Movement Institute');
});
