import { useEffect, useRef, useState } from 'react';
import type { Attachment } from '../../../../shared/schemas/entities';
import { api } from '../../api';
import { base64ToBlob } from '../../files';
import { renderPdfThumbnail } from './pdf-thumbnail';

/** A small picture of a certificate: the image itself, or the first page of a PDF. */
export function Thumbnail({ attachment, width = 96 }: { attachment: Attachment; width?: number }) {
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [drawn, setDrawn] = useState(false);
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let cancelled = false;
    let created: string | null = null;
    void api.attachments.read({ id: attachment.id }).then(async (result) => {
      if (cancelled) return;
      if (!result.ok) return setFailed(true);
      const blob = base64ToBlob(result.value.dataBase64, result.value.mime);
      if (attachment.mime === 'application/pdf') {
        try {
          if (canvas.current) {
            await renderPdfThumbnail(new Uint8Array(await blob.arrayBuffer()), canvas.current, width * 2);
          }
          if (!cancelled) setDrawn(true);
        } catch {
          if (!cancelled) setFailed(true);
        }
      } else {
        created = URL.createObjectURL(blob);
        setUrl(created);
      }
    });
    return () => {
      cancelled = true;
      if (created) URL.revokeObjectURL(created);
    };
  }, [attachment.id, attachment.mime, width]);

  if (failed) return <span className="thumb thumb-missing">No preview</span>;
  if (attachment.mime === 'application/pdf') {
    return (
      <canvas
        ref={canvas}
        aria-busy={drawn ? 'false' : 'true'}
        className="thumb"
        style={{ width }}
        aria-label={`First page of ${attachment.name}`}
        role="img"
      />
    );
  }
  return url ? (
    <img className="thumb" src={url} alt={attachment.name} style={{ width }} />
  ) : (
    <span className="thumb thumb-loading" style={{ width }} />
  );
}
