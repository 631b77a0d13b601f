import type { CycleStatus } from '../../../shared/domain/rules/evaluation-types';
import { STATUS_LABELS } from '../format';

/** A cycle's status as a coloured label (the colour is never the only signal: the text says it). */
export function StatusBadge({ status }: { status: CycleStatus }) {
  return <span className={`badge badge-${status}`}>{STATUS_LABELS[status]}</span>;
}
