import type { Notice } from '../../../shared/schemas/entities';

interface NoticeBannerProps {
  notices: Notice[];
  onDismiss: (id: string) => void;
}

/** Messages the app keeps showing until the user dismisses them (e.g. data recovered from a backup). */
export function NoticeBanner({ notices, onDismiss }: NoticeBannerProps) {
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.kind}`} role="alert">
          <div>
            <strong>{notice.kind === 'recovered' ? 'Your data was recovered' : 'Note'}</strong>
            <p>{notice.message}</p>
          </div>
          <button type="button" className="button button-small" onClick={() => onDismiss(notice.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
