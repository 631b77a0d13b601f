/**
 * Bookmarks for a PDF assembled with pdf-lib (which has no outline API): a flat list of
 * entries, each opening a page. Written with pdf-lib's low-level objects.
 */
import { PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';

export function addOutline(doc: PDFDocument, entries: readonly { title: string; pageIndex: number }[]): void {
  if (entries.length === 0) return;
  const context = doc.context;
  const pages = doc.getPages();
  const root = context.nextRef();
  const refs: PDFRef[] = entries.map(() => context.nextRef());
  entries.forEach((entry, i) => {
    const page = pages[Math.min(entry.pageIndex, pages.length - 1)];
    if (!page) return;
    const item = context.obj({}) as PDFDict;
    item.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
    item.set(PDFName.of('Parent'), root);
    item.set(PDFName.of('Dest'), context.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]));
    const prev = refs[i - 1];
    const next = refs[i + 1];
    if (prev) item.set(PDFName.of('Prev'), prev);
    if (next) item.set(PDFName.of('Next'), next);
    context.assign(refs[i] as PDFRef, item);
  });
  const outlines = context.obj({}) as PDFDict;
  outlines.set(PDFName.of('Type'), PDFName.of('Outlines'));
  outlines.set(PDFName.of('First'), refs[0] as PDFRef);
  outlines.set(PDFName.of('Last'), refs[refs.length - 1] as PDFRef);
  outlines.set(PDFName.of('Count'), PDFNumber.of(entries.length));
  context.assign(root, outlines);
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
