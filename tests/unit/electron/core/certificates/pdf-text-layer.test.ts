/**
 * A PDF's text layer and OCR's words as the reader receives them (cells): letter-spaced capitals
 * keep their word breaks, and a table's row under its head is split at the head's columns even
 * when its cells are set closer than two letters. Designs from the development split; each
 * assertion failed before the change.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellsOfLines } from '../../../../../electron/core/certificates/ocr';
import { readPdfPages } from '../../../../../electron/core/certificates/pdf-pages';

const designs = path.resolve(import.meta.dirname, '../../../../fixtures/certificates/designs');
const textOf = async (file: string) => {
  const { pages } = await readPdfPages(new Uint8Array(readFileSync(path.join(designs, file))), () => false);
  return pages[0]!.cells.map((c) => c.text);
};

describe('letter-spaced capitals', () => {
  it.each([
    ['d158-all-caps-name-gold.pdf', 'MERIDIAN COACHING COLLEGE'],
    ['d26-afaa-cat.pdf', 'RHYTHM GROUP FITNESS CO.'],
    ['d62-ribbon-right-block.pdf', 'KINETIC CHAIN SEMINARS'],
    // A font that kerns a pair ("AT", "PA") gives it as one piece: "P I L AT E S PA R I S".
    ['d628-decorative-border-script-name.pdf', 'MAISON PILATES PARIS'],
    // A two-letter word given as its own item, too short to look letter-spaced alone ("O N").
    ['d1201-ncsf-home-study-script-name-ordinal.pdf', 'NATIONAL COUNCIL ON STRENGTH & FITNESS'],
  ])('%s: the words of "%s" stay apart', async (file, words) => {
    expect(await textOf(file)).toContain(words);
  });

  it('text that is not letter-spaced is left as it is', async () => {
    const text = await textOf('d158-all-caps-name-gold.pdf');
    expect(text).toContain('Certificate of Excellence');
    expect(text).toContain('PRIYA RAMANATHAN');
  });
});

describe('a row of values over its captions', () => {
  it('"Name" and "Course" under "Chloe Anderson  Gentle Yoga for Arthritis": one cell each', async () => {
    expect(await textOf('d782-name-label-below-value-table.pdf')).toEqual(
      expect.arrayContaining(['Chloe Anderson', 'Gentle Yoga for Arthritis', 'Name', 'Course']),
    );
  });
});

describe('a table row under its head', () => {
  it('a text layer: one cell per column, though the columns are closer than two letters', async () => {
    const text = await textOf('d164-issa-dotted-date-table.pdf');
    expect(text).toEqual(
      expect.arrayContaining(['Matthias Gruber', 'Altitude Training Essentials', '17.09.2026', '2.0']),
    );
  });

  const word = (text: string, x0: number, x1: number, y: number) => ({
    text,
    confidence: 90,
    bbox: { x0, x1, y0: y - 20, y1: y },
  });
  const line = (y: number, ...words: ReturnType<typeof word>[]) =>
    ({ words, bbox: { x0: words[0]!.bbox.x0, x1: words.at(-1)!.bbox.x1, y0: y - 20, y1: y } }) as never;

  it('OCR: the same, by the head’s columns; a sentence under a head keeps its words together', () => {
    const head = line(
      100,
      word('Participant', 100, 260, 100),
      word('Course', 330, 430, 100),
      word('Date', 700, 760, 100),
    );
    const row = line(
      140,
      word('Matthias', 100, 220, 140),
      word('Gruber', 232, 310, 140),
      word('Altitude', 335, 440, 140),
      word('Training', 452, 570, 140),
      word('17.09.2026', 702, 860, 140),
    );
    expect(cellsOfLines([head, row]).map((c) => c.text)).toEqual([
      'Participant',
      'Course',
      'Date',
      'Matthias Gruber',
      'Altitude Training',
      '17.09.2026',
    ]);
    // Words a space apart stay one cell, even where one starts under a head's column.
    const sentence = line(
      140,
      word('Thank', 100, 180, 140),
      word('you', 192, 240, 140),
      word('for', 252, 318, 140),
      word('Coursework', 330, 480, 140),
    );
    expect(
      cellsOfLines([head, sentence])
        .map((c) => c.text)
        .slice(3),
    ).toEqual(['Thank you for Coursework']);
  });

  it('OCR: a ruled table’s lines, read as bars, end cells and are dropped', () => {
    const row = line(
      140,
      word('Matthias', 100, 220, 140),
      word('Gruber', 232, 310, 140),
      word('|', 318, 322, 140),
      word('Altitude', 335, 440, 140),
      word('Training', 452, 570, 140),
      word(']', 580, 584, 140),
      word('17.09.2026', 600, 760, 140),
    );
    expect(cellsOfLines([row]).map((c) => c.text)).toEqual(['Matthias Gruber', 'Altitude Training', '17.09.2026']);
    expect(cellsOfLines([line(100, word('|', 90, 94, 100))])).toEqual([]);
  });
});
