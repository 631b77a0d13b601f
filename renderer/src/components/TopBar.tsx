/** The window's top bar: the brand (back to Home) and the sections. */
import type { View } from '../model/routes';

const SECTIONS = { credentials: 'Home', timeline: 'Timeline', activities: 'Activities', settings: 'Settings' } as const;

export function TopBar({ view, onGo }: { view: View; onGo: (view: View) => void }) {
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          R
        </span>
        <div>
          <h1>
            <button type="button" className="brand-link" onClick={() => onGo('credentials')}>
              Recert
            </button>
          </h1>
          <p className="tagline">Your credentials and continuing education, in one place.</p>
        </div>
      </div>
      <nav className="tabs" aria-label="Sections">
        {(Object.keys(SECTIONS) as (keyof typeof SECTIONS)[]).map((v) => (
          <button
            key={v}
            type="button"
            className="tab"
            aria-current={view === v ? 'page' : undefined}
            onClick={() => onGo(v)}
          >
            {SECTIONS[v]}
          </button>
        ))}
      </nav>
    </header>
  );
}
