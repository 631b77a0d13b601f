import { useEffect, useMemo, useRef, useState } from 'react';
import { renderPdfThumbnail } from '../attachments/pdf-thumbnail';

/** A picture of a chosen or dropped file before it is stored: the image itself, or a PDF's first page. */
export function FilePreview({ file, width = 240 }: { file: File; width?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'drawing' | 'drawn' | 'failed'>('drawing');
  const isPdf = file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
  const url = useMemo(() => (isPdf ? null : URL.createObjectURL(file)), [file, isPdf]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);

  useEffect(() => {
    if (!isPdf) return;
    let cancelled = false;
    void file
      .arrayBuffer()
      .then((buffer) =>
        canvas.current ? renderPdfThumbnail(new Uint8Array(buffer), canvas.current, width * 2) : undefined,
      )
      .then(
        () => !cancelled && setState('drawn'),
        () => !cancelled && setState('failed'),
      );
    return () => {
      cancelled = true;
    };
  }, [file, isPdf, width]);

  if (state === 'failed') return <span className="thumb thumb-missing">No preview</span>;
  if (isPdf)
    return (
      <canvas
        ref={canvas}
        className="review-preview"
        style={{ width }}
        role="img"
        aria-busy={state === 'drawing'}
        aria-label={`First page of ${file.name}`}
      />
    );
  return url ? <img className="review-preview" style={{ width }} src={url} alt={`Picture of ${file.name}`} /> : null;
}
