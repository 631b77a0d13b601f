import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { CredentialEvaluation } from '../../../../shared/domain/rules/evaluation-types';
import type { Activity } from '../../../../shared/schemas/entities';
import { formatCredit, formatDate, formatMinutes } from '../../format';

interface ActivityListProps {
  activities: readonly Activity[];
  evaluations: ReadonlyMap<string, CredentialEvaluation>;
  withCertificate: ReadonlySet<string>;
  onOpen: (activity: Activity) => void;
}

const ROW_HEIGHT = 64;
const MAX_HEIGHT = 520;

/** The activities, drawn only where they are on screen, so 10,000 scroll as smoothly as 10. */
export function ActivityList({ activities, evaluations, withCertificate, onOpen }: ActivityListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer keeps its own state between renders; this app does not use the React compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: activities.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  if (activities.length === 0) return <p className="empty">No activities match.</p>;
  return (
    <>
      <div className="activity-row activity-head" aria-hidden="true">
        <span>Completed</span>
        <span>Activity</span>
        <span>Counts toward</span>
        <span>Proof</span>
      </div>
      <div
        ref={scroller}
        className="activity-scroller"
        role="region"
        aria-label="Activity list"
        tabIndex={0}
        // As tall as its rows (up to a screenful): no empty framed space under a short list.
        style={{ height: Math.min(MAX_HEIGHT, activities.length * ROW_HEIGHT + 2) }}
      >
        <ul className="activity-list" style={{ height: virtual.getTotalSize() }}>
          {virtual.getVirtualItems().map((item) => {
            const a = activities[item.index] as Activity;
            const credits = a.allocations
              .map((x) => {
                const e = evaluations.get(x.credentialId);
                return e
                  ? `${e.code} ${formatCredit(x.amountHundredths, e)}${x.approval === 'petition_pending' ? ' (petition pending)' : x.approval === 'rejected' ? ' (rejected)' : ''}`
                  : null;
              })
              .filter(Boolean)
              .join(' · ');
            return (
              <li
                key={a.id}
                className="activity-row"
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                aria-posinset={item.index + 1}
                aria-setsize={activities.length}
              >
                <span className="activity-date">{formatDate(a.completedOn)}</span>
                <span className="activity-main">
                  <button type="button" className="link-button row-title" onClick={() => onOpen(a)}>
                    {a.title}
                  </button>
                  <span className="muted">
                    {[a.provider, formatMinutes(a.contactMinutes), a.status === 'planned' ? 'planned' : '']
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
                <span className="activity-credits">{credits || <span className="muted">Not allocated</span>}</span>
                <span className={withCertificate.has(a.id) ? 'cert-yes' : 'cert-no'}>
                  {withCertificate.has(a.id) ? 'Certificate' : 'No certificate'}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
    </>
  );
}
