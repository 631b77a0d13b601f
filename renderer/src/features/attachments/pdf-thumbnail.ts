/**
 * The first page of a PDF as a small image, drawn by pdf.js in a worker (no eval). The only files
 * it fetches are the standard fonts, served with the page (for PDFs that do not embed theirs).
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export async function renderPdfThumbnail(data: Uint8Array, canvas: HTMLCanvasElement, width: number): Promise<void> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const doc = await pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    standardFontDataUrl: new URL('pdfjs/standard_fonts/', document.baseURI).href,
  }).promise;
  try {
    const page = await doc.getPage(1);
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: width / base.width });
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    await page.render({ canvas, viewport }).promise;
  } finally {
    await doc.destroy();
  }
}
