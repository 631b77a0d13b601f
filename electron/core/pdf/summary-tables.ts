/**
 * The summary's tables: the activity table (rows never split; the header repeats on each
 * page; long titles wrap) and the small tables of the requirement box.
 */
import { formatLongDate } from '../../../shared/domain/calendar-date';
import type { RenewalReport, ReportRow } from '../../../shared/domain/report/renewal-report';
import { contentWidth, ensureSpace, INK, MUTED, PAGE, RULE, type Doc } from './summary-layout';

type Column = { key: keyof ReportRow | 'what'; label: string; width: number; align?: 'right' };
const ALL_COLUMNS: Column[] = [
  { key: 'date', label: 'Date', width: 62 },
  { key: 'what', label: 'Activity, provider, code', width: 190 },
  { key: 'hours', label: 'Hours', width: 44, align: 'right' },
  { key: 'credit', label: 'Credit', width: 66, align: 'right' },
  { key: 'category', label: 'Cat.', width: 30 },
  { key: 'approval', label: 'Approval', width: 62 },
  { key: 'certificates', label: 'Cert.', width: 50 },
];

export function simpleTable(doc: Doc, heads: string[], widths: number[], rows: string[][]): void {
  let y = doc.y;
  let x = PAGE.margin;
  heads.forEach((h, i) => {
    doc.font('bold').fontSize(8.5).fillColor(MUTED).text(h.toUpperCase(), x, y, { width: widths[i] });
    x += widths[i] ?? 0;
  });
  y = doc.y + 3;
  doc
    .moveTo(PAGE.margin, y)
    .lineTo(PAGE.margin + contentWidth, y)
    .strokeColor(RULE)
    .stroke();
  for (const row of rows) {
    y += 4;
    x = PAGE.margin;
    row.forEach((cell, i) => {
      doc
        .font('regular')
        .fontSize(9.5)
        .fillColor(INK)
        .text(cell, x, y, { width: (widths[i] ?? 0) - 6 });
      x += widths[i] ?? 0;
    });
    y = doc.y + 2;
  }
  doc.y = y;
  doc.x = PAGE.margin;
}

/** The activity table's columns: no category column for a body without categories (its width goes to the title). */
function columnsFor(r: RenewalReport): Column[] {
  const base = ALL_COLUMNS.find((c) => c.key === 'category')?.width ?? 0;
  const longest = Math.max(0, ...r.rows.map((row) => (row.category === '—' ? 0 : row.category.length)));
  // As wide as the longest category id needs (never broken inside a word), taken from the title.
  const width = longest === 0 ? 0 : Math.min(72, Math.max(base, Math.ceil(8 + longest * 5.2)));
  return ALL_COLUMNS.flatMap((c) =>
    c.key === 'category'
      ? width > 0
        ? [{ ...c, width }]
        : []
      : c.key === 'what'
        ? [{ ...c, width: c.width + base - width }]
        : [c],
  );
}

function cellText(row: ReportRow, key: Column['key']): string {
  if (key === 'what') return '';
  if (key === 'certificates') return row.certificates.join(', ') || '—';
  if (key === 'date') return formatLongDate(row.date);
  return String(row[key] ?? '');
}

/**
 * A table cell. Text that fits on one line is placed directly: pdfkit's line wrapper is by
 * far the slowest part of drawing a long table, and most cells are short.
 */
function cell(doc: Doc, text: string, x: number, y: number, width: number, align: 'left' | 'right' = 'left'): void {
  const w = doc.widthOfString(text);
  if (w <= width) {
    doc.text(text, align === 'right' ? x + width - w : x, y, { lineBreak: false });
  } else {
    doc.text(text, x, y, { width, align });
  }
}

function cellHeight(doc: Doc, text: string, width: number): number {
  return doc.widthOfString(text) <= width ? doc.currentLineHeight(true) : doc.heightOfString(text, { width });
}

/** The height one row needs: the wrapped title block or the tallest other cell. */
function rowHeight(doc: Doc, row: ReportRow, columns: Column[]): number {
  doc.font('bold').fontSize(9);
  let h = doc.heightOfString(row.title, { width: (columns[1]?.width ?? 0) - 6 });
  doc.font('regular').fontSize(8.5);
  const sub = [row.provider, row.code].filter(Boolean).join(' · ');
  if (sub) h += doc.heightOfString(sub, { width: (columns[1]?.width ?? 0) - 6 });
  for (const c of columns) {
    if (c.key === 'what') continue;
    h = Math.max(h, cellHeight(doc, cellText(row, c.key), c.width - 6));
  }
  return h + 10;
}

function tableHeader(doc: Doc, columns: Column[]): void {
  const y = doc.y;
  let x = PAGE.margin;
  for (const c of columns) {
    doc
      .font('bold')
      .fontSize(8)
      .fillColor(MUTED)
      .text(c.label.toUpperCase(), x, y, { width: c.width - 6, align: c.align ?? 'left' });
    x += c.width;
  }
  doc.y = y + 14;
  doc
    .moveTo(PAGE.margin, doc.y)
    .lineTo(PAGE.margin + contentWidth, doc.y)
    .lineWidth(0.8)
    .strokeColor(INK)
    .stroke();
  doc.y += 4;
}

export function activityTable(doc: Doc, r: RenewalReport): void {
  ensureSpace(doc, 60);
  doc.font('bold').fontSize(13).fillColor(INK).text('What counts in this cycle', PAGE.margin, doc.y);
  doc.moveDown(0.4);
  if (r.rows.length === 0) {
    doc.font('regular').fontSize(10).fillColor(MUTED).text('Nothing has been recorded for this cycle yet.');
    doc.moveDown(1);
    return;
  }
  const columns = columnsFor(r);
  tableHeader(doc, columns);
  for (const row of r.rows) {
    const h = rowHeight(doc, row, columns);
    // A row is never split: if it does not fit, it starts the next page, under a repeated header.
    if (ensureSpace(doc, h)) tableHeader(doc, columns);
    const y = doc.y;
    let x = PAGE.margin;
    for (const c of columns) {
      if (c.key === 'what') {
        doc
          .font('bold')
          .fontSize(9)
          .fillColor(INK)
          .text(row.title, x, y, { width: c.width - 6 });
        const sub = [row.provider, row.code].filter(Boolean).join(' · ');
        if (sub)
          doc
            .font('regular')
            .fontSize(8.5)
            .fillColor(MUTED)
            .text(sub, x, doc.y, { width: c.width - 6 });
      } else {
        doc.font('regular').fontSize(8.5).fillColor(INK);
        cell(doc, cellText(row, c.key), x, y, c.width - 6, c.align ?? 'left');
      }
      x += c.width;
    }
    doc.y = y + h - 4;
    doc
      .moveTo(PAGE.margin, doc.y)
      .lineTo(PAGE.margin + contentWidth, doc.y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.y += 4;
  }
  ensureSpace(doc, 20);
  const y = doc.y + 2;
  doc
    .font('bold')
    .fontSize(9)
    .fillColor(INK)
    .text('Total', PAGE.margin + (columns[0]?.width ?? 0), y, { width: 190 });
  // Each total under its own column, wherever the columns are.
  const at = (key: Column['key']) => {
    let x = PAGE.margin;
    for (const c of columns) {
      if (c.key === key) return { x, width: c.width - 6 };
      x += c.width;
    }
    return { x, width: 0 };
  };
  doc.text(r.totals.hours, at('hours').x, y, { width: at('hours').width, align: 'right' });
  doc.text(r.totals.credit, at('credit').x, y, { width: at('credit').width, align: 'right' });
  doc.y = y + 18;
  doc.x = PAGE.margin;
}
