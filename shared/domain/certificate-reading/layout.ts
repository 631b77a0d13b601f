/**
 * Where a certificate's text sits, when its file says so (a PDF's text layer; OCR gives words
 * only): each cell is a run of text on one line, with its size and place. The reader uses it
 * the way a person glances at a certificate: the name is the big line, the title the next big
 * one, a label's value is beside it or under it (or, on some designs, above it).
 */

/** A run of text on one line, in points; `y` grows down the page. */
export interface TextCell {
  text: string;
  size: number;
  x: number;
  y: number;
  width: number;
  /** From OCR: how sure the engine is of the cell's least sure word (0–1). A text layer is sure. */
  confidence?: number;
}

/** The body text's size: the most common size, weighted by characters. */
export function bodySize(cells: readonly TextCell[]): number {
  const weight = new Map<number, number>();
  for (const c of cells) {
    const size = Math.round(c.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + c.text.length);
  }
  let best = 0;
  let most = -1;
  for (const [size, w] of weight) if (w > most) [best, most] = [size, w];
  return best;
}

const overlaps = (a: TextCell, b: TextCell) => a.x < b.x + b.width && b.x < a.x + a.width;

/**
 * Two cells set in the same size. OCR's size is a box's height, which a "y" or a "k" changes:
 * there, about the same size.
 */
export const sameSize = (a: TextCell, b: TextCell) =>
  Math.abs(a.size - b.size) < (b.confidence === undefined ? 0.5 : 0.35 * Math.max(a.size, b.size));

/**
 * The line a cell's text goes on to, wrapped in the same size and column just under it ("Ironwood
 * Coaching / Academy" in a sidebar, a long title over two lines), when `goesOn` accepts it.
 * `ocrPitch`: how far under, in sizes, when OCR read the page (its size is a word's box, about the
 * height of its capitals, so a line's pitch is more of it); the same as a text layer's unless a
 * caller's own checks are narrow enough to look further.
 */
export function wrappedUnder(
  cells: readonly TextCell[],
  cell: TextCell,
  goesOn: (next: TextCell) => boolean,
  ocrPitch = 1.6,
): TextCell | undefined {
  return cells.find(
    (b) =>
      b !== cell &&
      sameSize(cell, b) &&
      overlaps(cell, b) &&
      b.y > cell.y &&
      b.y - cell.y < (b.confidence === undefined ? 1.6 : ocrPitch) * Math.max(cell.size, b.size) &&
      goesOn(b),
  );
}

/**
 * Whether the line after a cue's line is under it on the page (true when the page does not say):
 * "COMPLETED" in a sidebar is followed in reading order by the letterhead beside it, not by its value.
 */
export const followsOn =
  (cells: readonly TextCell[]) =>
  (line: string, next: string): boolean => {
    const a = cells.find((c) => c.text === line);
    const b = cells.find((c) => c.text === next);
    return !a || !b || (b.y > a.y && overlaps(a, b));
  };

/**
 * The cell a label names: to its right on the same row, else just below it, else just above it
 * (a caption under a line, also when a value follows below it but further off), skipping cells
 * that are labels themselves.
 */
export function valueCellOf(
  cells: readonly TextCell[],
  label: TextCell,
  isLabel: (text: string) => boolean,
): TextCell | undefined {
  const labels = cells.filter((c) => c !== label && isLabel(c.text));
  cells = cells.filter((c) => !isLabel(c.text));
  const right = cells
    .filter((c) => c !== label && Math.abs(c.y - label.y) < label.size * 0.5 && c.x > label.x)
    .sort((a, b) => a.x - b.x)[0];
  if (right) return right;
  const below = closest(
    cells.filter((c) => near(c, label, true)),
    label,
  );
  // A table's column head over several rows names a list, not one value; a next label between
  // them ("Course" / value / "Completed" / value) makes a stack of fields instead.
  const between = (a: TextCell, b: TextCell) => labels.some((l) => overlaps(l, a) && l.y > a.y && l.y < b.y);
  // A line under it that opens with its own label ("Training Center: …") is a field, not a row.
  const listed =
    below &&
    cells.some(
      (c) =>
        c !== below &&
        overlaps(c, below) &&
        c.y > below.y &&
        c.y - below.y < 3 * c.size &&
        !between(below, c) &&
        !/^[^:]{1,40}:\s/.test(c.text),
    );
  const above = cellAbove(cells, label, isLabel);
  // A small caption printed under its line ("PARTICIPANT NAME" under the name), closer to the
  // line above than to the next value below: the value is above.
  const caption = (c: TextCell) => label.size < 0.75 * c.size;
  if (below && above && caption(above) && caption(below)) {
    const gapAbove = label.y - label.size - above.y;
    const gapBelow = below.y - below.size - label.y;
    if (gapAbove < gapBelow) return above;
  }
  if (below && !listed) return below;
  return below ? undefined : above;
}

/** The cell just above a label: its value when the label is a caption printed under a line. */
export function cellAbove(
  cells: readonly TextCell[],
  label: TextCell,
  isLabel: (text: string) => boolean,
): TextCell | undefined {
  return closest(
    cells.filter((c) => !isLabel(c.text) && near(c, label, false)),
    label,
  );
}

const near = (c: TextCell, label: TextCell, below: boolean) => {
  const d = below ? c.y - label.y : label.y - c.y;
  return c !== label && overlaps(c, label) && d > 0 && d < 3 * Math.max(c.size, label.size);
};
const closest = (list: TextCell[], label: TextCell) =>
  list.sort((a, b) => Math.abs(a.y - label.y) - Math.abs(b.y - label.y))[0];

/** A piece of a row (a PDF's text item, an OCR word): where it starts and ends, and its letters' height. */
export interface RowPiece {
  x: number;
  right: number;
  size: number;
}

/**
 * A row's pieces (left to right) as runs of text, one per cell: split where the gap is wider
 * than two letters' height (a footer's spread-out parts, a table's columns), or, under a table's
 * head (`columns`: where the head's cells start, given when the row above has three or more),
 * where a piece starts a head's column after a gap of more than a letter's height (table cells
 * set closer than two letters). A row set apart at three places or more by a letter's height is
 * a table's row of its own (a head centred over its cells, or cells set close): split at each.
 */
export function splitRow<T>(pieces: readonly T[], box: (piece: T) => RowPiece, columns: readonly number[] = []): T[][] {
  const gapAt = (i: number) => {
    const [a, b] = [box(pieces[i - 1]!), box(pieces[i]!)];
    return { gap: b.x - a.right, size: Math.max(a.size, b.size), x: b.x };
  };
  const wide = pieces.filter((_, i) => i > 0 && gapAt(i).gap > gapAt(i).size).length;
  const runs: T[][] = [];
  let run: T[] = [];
  pieces.forEach((piece, i) => {
    if (i > 0) {
      const { gap, size, x } = gapAt(i);
      const startsColumn = gap > size && (wide >= 3 || columns.some((c) => Math.abs(x - c) < size * 0.6));
      if (gap > 2 * size || startsColumn) {
        runs.push(run);
        run = [];
      }
    }
    run.push(piece);
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/** A row of cells is a table's head (or a row under it) for the next row: where its columns start. */
export const columnStarts = (row: readonly { x: number }[]): number[] => (row.length >= 3 ? row.map((c) => c.x) : []);

/**
 * Where a row of values is to be split when the row under it is its captions: two cells or more,
 * each in letters under three quarters the values' height, set just under them ("Name" ·
 * "Course" under "Chloe Anderson  Gentle Yoga"). None when the row under is no such row.
 */
export function captionColumns(row: readonly TextCell[], under: readonly TextCell[]): number[] {
  const size = Math.max(...row.map((c) => c.size), 0);
  const close = under.every((c) => row.some((r) => c.y - r.y > 0 && c.y - r.y < 2 * size));
  return under.length >= 2 && row.length < under.length && close && under.every((c) => c.size < 0.75 * size)
    ? under.map((c) => c.x)
    : [];
}

/**
 * Text printed large behind the certificate's own lines (a watermark: "CERTIFIED" across the
 * page): a much smaller line's baseline lies inside its letters' height, under its width.
 */
export function behindText(cells: readonly TextCell[]): TextCell[] {
  return cells.filter((c) =>
    cells.some(
      (o) =>
        o !== c &&
        o.size < c.size * 0.6 &&
        o.y < c.y - o.size * 0.5 &&
        o.y > c.y - c.size * 0.7 &&
        o.x < c.x + c.width &&
        o.x + o.width > c.x,
    ),
  );
}
