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
 * The cell a label names: to its right on the same row, else just below it, else just above it
 * (a caption under a line), skipping cells that are labels themselves.
 */
export function valueCellOf(
  cells: readonly TextCell[],
  label: TextCell,
  isLabel: (text: string) => boolean,
): TextCell | undefined {
  cells = cells.filter((c) => !isLabel(c.text));
  const right = cells
    .filter((c) => c !== label && Math.abs(c.y - label.y) < label.size * 0.5 && c.x > label.x)
    .sort((a, b) => a.x - b.x)[0];
  if (right) return right;
  const below = closest(
    cells.filter((c) => near(c, label, true)),
    label,
  );
  // A table's column head over several rows names a list, not one value.
  const listed =
    below && cells.some((c) => c !== below && overlaps(c, below) && c.y > below.y && c.y - below.y < 3 * c.size);
  if (below && !listed) return below;
  return below ? undefined : cellAbove(cells, label, isLabel);
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
