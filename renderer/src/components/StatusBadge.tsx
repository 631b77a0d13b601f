import type { Verdict } from '../../../shared/domain/rules/evaluation-types';

/**
 * A cycle's status as a coloured label (the colour is never the only signal: the text says
 * it): the verdict's own word, with its condition when it has one ("Covered if you submit by
 * 1 Feb 2027").
 */
export function StatusBadge({ verdict }: { verdict: { state: Verdict['state'] | string; word: string } }) {
  return <span className={`badge badge-${verdict.state}`}>{verdict.word}</span>;
}
