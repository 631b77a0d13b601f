import type { Verdict } from '../../../shared/domain/rules/evaluation-types';
import { badgeLook } from '../model/badge';

/**
 * A cycle's status as a coloured label: the verdict's own word, with its condition when it has
 * one ("Covered if you submit by 1 Feb 2027"), in the tone of the status scale, with its icon
 * (the colour is never the only signal).
 */
export function StatusBadge({ verdict }: { verdict: { state: Verdict['state'] | string; word: string } }) {
  const { className, icon } = badgeLook(verdict.state);
  return (
    <span className={className} data-state={verdict.state}>
      {icon && (
        <span className="badge-icon" aria-hidden="true">
          {icon}
        </span>
      )}
      {verdict.word}
    </span>
  );
}
