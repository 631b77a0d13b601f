/**
 * Active content in a certificate PDF: JavaScript, actions that run when it opens or when a
 * page is shown, launching other programs. A certificate needs none of it. Recert keeps the
 * user's file as it is, says what it carries, never hands it to another app, and strips the
 * actions from the pages it copies into a packet (which goes to a certifying body).
 */
import { PDFArray, PDFDict, PDFName, type PDFDocument, type PDFPage } from '@cantoo/pdf-lib';

const ACTION_KEYS = ['JS', 'JavaScript', 'OpenAction', 'AA', 'Launch'] as const;
const RISKY_ACTIONS = new Set(['JavaScript', 'Launch', 'ImportData', 'SubmitForm', 'Rendition', 'GoToE']);
const WORDS: Record<string, string> = {
  JS: 'JavaScript',
  JavaScript: 'JavaScript',
  OpenAction: 'an action when it opens',
  AA: 'automatic actions',
  Launch: 'a command to launch another program',
};

/** What active content `doc` carries, in words ("JavaScript", "an action when it opens"…); empty when none. */
export function activeContent(doc: PDFDocument): string[] {
  const found = new Set<string>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    for (const key of ACTION_KEYS) if (object.has(PDFName.of(key))) found.add(WORDS[key] as string);
    const kind = object.get(PDFName.of('S'));
    if (kind instanceof PDFName && RISKY_ACTIONS.has(kind.decodeText())) found.add(WORDS.JS as string);
  }
  return [...found];
}

/** Removes a copied page's actions: its own /AA, and risky or automatic actions on its annotations. */
export function stripPageActions(page: PDFPage): void {
  page.node.delete(PDFName.of('AA'));
  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (!annots) return;
  for (let i = 0; i < annots.size(); i++) {
    const annot = annots.lookupMaybe(i, PDFDict);
    if (!annot) continue;
    annot.delete(PDFName.of('AA'));
    const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
    const kind = action?.get(PDFName.of('S'));
    if (kind instanceof PDFName && RISKY_ACTIONS.has(kind.decodeText())) annot.delete(PDFName.of('A'));
  }
}
