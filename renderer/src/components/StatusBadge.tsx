import { statusText } from '../../../shared/domain/labels';
import type { CycleStatus } from '../../../shared/domain/rules/evaluation-types';

/**
 * A cycle's status as a coloured label (the colour is never the only signal: the text says
 * it), with its condition when it has one ("Covered if you submit by 1 Feb 2027").
 */
export function StatusBadge({ status, submitBy }: { status: CycleStatus; submitBy?: string | undefined }) {
  return <span className={`badge badge-${status}`}>{statusText({ status, submitBy })}</span>;
}
