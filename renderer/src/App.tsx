import { useCallback, useEffect, useState } from 'react';
import type { AppErrorInfo } from '../../shared/errors';
import type { Credential, Notice, Profile } from '../../shared/schemas/entities';
import { api } from './api';
import { ErrorText } from './components/ErrorText';
import { NoticeBanner } from './components/NoticeBanner';
import { CredentialsPanel } from './features/credentials/CredentialsPanel';
import { ProfileForm } from './features/profile/ProfileForm';

interface Loaded {
  profile: Profile;
  credentials: Credential[];
  notices: Notice[];
}

type Outcome = Loaded | { error: AppErrorInfo };

/** Everything the home screen shows, in one round of calls. */
async function fetchAll(): Promise<Outcome> {
  const [status, profile, credentials] = await Promise.all([
    api.app.status({}),
    api.profile.get({}),
    api.credentials.list({}),
  ]);
  if (!status.ok) return { error: status.error };
  if (!profile.ok) return { error: profile.error };
  if (!credentials.ok) return { error: credentials.error };
  return { profile: profile.value, credentials: credentials.value, notices: status.value.notices };
}

export function App() {
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const apply = useCallback((outcome: Outcome) => {
    if ('error' in outcome) setError(outcome.error);
    else {
      setError(null);
      setData(outcome);
    }
  }, []);

  const load = useCallback(async () => apply(await fetchAll()), [apply]);

  useEffect(() => {
    let cancelled = false;
    void fetchAll().then((outcome) => {
      if (!cancelled) apply(outcome);
    });
    return () => {
      cancelled = true;
    };
  }, [apply]);

  async function dismiss(id: string) {
    const result = await api.app.dismissNotice({ id });
    if (result.ok) setData((d) => (d ? { ...d, notices: result.value.notices } : d));
    else setError(result.error);
  }

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            R
          </span>
          <div>
            <h1>Recert</h1>
            <p className="tagline">Your credentials and continuing education, in one place.</p>
          </div>
        </div>
      </header>
      <main className="content" aria-busy={data === null}>
        <ErrorText error={error} />
        {data ? (
          <>
            <NoticeBanner notices={data.notices} onDismiss={dismiss} />
            <ProfileForm profile={data.profile} onSaved={(profile) => setData({ ...data, profile })} />
            <CredentialsPanel credentials={data.credentials} onChanged={load} announce={setAnnouncement} />
          </>
        ) : (
          !error && <div className="card skeleton" aria-label="Loading your data" />
        )}
      </main>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
