import { UNSURE_BELOW, type Origin } from '../../model/review-drafts';

/**
 * Marks a field Recert filled in from the certificate: "from certificate", or "check this" when
 * the reading is unsure. Hovering shows the words it was read from; focusing it (Tab) reads them
 * out to a screen reader.
 */
export function SourceMark({ origin }: { origin: Origin | undefined }) {
  if (!origin) return null;
  const unsure = origin.confidence < UNSURE_BELOW;
  const says = `Read from the certificate: “${origin.source}”${unsure ? '. Recert is not sure of this one: check it.' : ''}`;
  return (
    <span className={`source-mark${unsure ? ' source-mark-unsure' : ''}`} tabIndex={0} title={says}>
      {unsure ? 'check this' : 'from certificate'}
      <span className="visually-hidden">. {says}</span>
    </span>
  );
}
