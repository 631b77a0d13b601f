import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorInfo } from '../../shared/errors';
import { api } from './api';
import { ErrorText } from './components/ErrorText';
import { NoticeBanner } from './components/NoticeBanner';
import { loadAll, type AppData, type Loaded } from './data';
import { CredentialPage } from './features/credential-page/CredentialPage';
import { ActivitiesPage } from './features/activities/ActivitiesPage';
import { CredentialsPanel } from './features/credentials/CredentialsPanel';
import { markTimelineStart, TimelinePage } from './features/timeline/TimelinePage';
import { SettingsPage } from './features/settings/SettingsPage';
import { NextSteps } from './features/home/NextSteps';
import { intentOf, type PageIntent } from './step-intent';
import type { NextStep } from '../../shared/domain/next-steps';
import { CoverageCards } from './features/home/CoverageCards';
import { useRoute, type View } from './routing';
import { deliverCommand } from './command-bus';
import { deliverDroppedFiles, holdFilesForReading } from './drop-target';
import { useCommands } from './use-commands';
import { applyTheme } from './theme';
import { ShortcutsDialog } from './components/ShortcutsDialog';

// The review screen (and its preview and forms) loads when first opened, not with the first screen.
const ReadingPage = lazy(() => import('./features/reading/ReadingPage').then((m) => ({ default: m.ReadingPage })));

export function App() {
  const [data, setData] = useState<AppData | null>(null);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [route, go] = useRoute();
  const { view, credentialId: openId } = route;
  const setOpenId = useCallback((id: string | null) => go({ view: 'credentials', credentialId: id }), [go]);
  // What a next step asked the credential page to do once it opens (log, export, renew, edit the card).
  const [intent, setIntent] = useState<{ credentialId: string; intent: PageIntent } | null>(null);
  const takeStep = (step: NextStep) => {
    if (step.action === 'add-card') return deliverCommand('add-credential');
    const wanted = intentOf(step.action);
    setIntent(wanted ? { credentialId: step.credentialId, intent: wanted } : null);
    setOpenId(step.credentialId);
  };
  // Back from a credential: focus returns to its row, not to the page.
  const lastOpened = useRef<string | null>(null);
  useEffect(() => {
    if (openId) lastOpened.current = openId;
    else if (lastOpened.current) {
      const id = lastOpened.current;
      lastOpened.current = null;
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-credential-id="${CSS.escape(id)}"]`)?.focus(),
      );
    }
  }, [openId]);

  const apply = useCallback((outcome: Loaded) => {
    if ('error' in outcome) setError(outcome.error);
    else {
      setError(null);
      setData(outcome);
    }
  }, []);

  const reload = useCallback(async () => apply(await loadAll()), [apply]);

  useEffect(() => {
    let cancelled = false;
    void loadAll(true).then((outcome) => {
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

  const open = data && openId ? data.credentials.find((c) => c.id === openId) : undefined;

  // Files dropped anywhere: to the certificates panel shown last, else to the review screen to be read.
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (event.defaultPrevented) return;
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length === 0) return;
      event.preventDefault();
      if (deliverDroppedFiles(files)) return;
      holdFilesForReading(files);
      go({ view: 'read', credentialId: null });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [go]);

  // The menu's and the keyboard's commands: each does what its button does.
  const [showingShortcuts, setShowingShortcuts] = useState(false);
  // A shortcut that cannot act here says why, on screen, until the user moves on (to another screen).
  const here = `${view}:${openId ?? ''}`;
  const [hintAt, setHintAt] = useState<{ text: string; at: string } | null>(null);
  const hint = hintAt?.at === here ? hintAt.text : '';
  const setHint = (text: string) => setHintAt({ text, at: here });
  useCommands((command) => {
    const to = (v: View) => {
      if (v === 'timeline') markTimelineStart();
      go({ view: v, credentialId: null });
    };
    switch (command) {
      case 'go-home':
        return to('credentials');
      case 'go-timeline':
        return to('timeline');
      case 'go-activities':
        return to('activities');
      case 'go-settings':
        return to('settings');
      case 'read-certificates':
        to('read');
        return deliverCommand(command);
      case 'log-activity':
      case 'import-spreadsheet':
        to('activities');
        return deliverCommand(command);
      case 'find':
        if (view !== 'activities') to('activities');
        return deliverCommand(command);
      case 'add-credential':
        to('credentials');
        return deliverCommand(command);
      case 'back-up':
      case 'restore':
        to('settings');
        return deliverCommand(command);
      case 'export-summary':
        if (open && view === 'credentials') return deliverCommand(command);
        return setHint('Open a credential first: its page exports its renewal summary (Ctrl/Cmd+E there).');
      case 'theme-system':
        return applyTheme('system');
      case 'theme-light':
        return applyTheme('light');
      case 'theme-dark':
        return applyTheme('dark');
      case 'shortcuts':
        return setShowingShortcuts(true);
    }
  });

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            R
          </span>
          <div>
            <h1>
              <button type="button" className="brand-link" onClick={() => setOpenId(null)}>
                Recert
              </button>
            </h1>
            <p className="tagline">Your credentials and continuing education, in one place.</p>
          </div>
        </div>
        <nav className="tabs" aria-label="Sections">
          {(['credentials', 'timeline', 'activities', 'settings'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className="tab"
              aria-current={view === v ? 'page' : undefined}
              onClick={() => {
                if (v === 'timeline') markTimelineStart();
                go({ view: v, credentialId: null });
              }}
            >
              {
                {
                  credentials: 'Home',
                  timeline: 'Timeline',
                  activities: 'Activities',
                  settings: 'Settings',
                }[v]
              }
            </button>
          ))}
        </nav>
      </header>
      <main className="content" aria-busy={data === null}>
        <ErrorText error={error} />
        {hint && (
          <p className="hint-banner" role="status">
            {hint}
          </p>
        )}
        {data ? (
          <>
            <NoticeBanner notices={data.notices} onDismiss={dismiss} />
            {data.fileProblems.length > 0 && (
              <p className="warning-line" role="alert">
                {data.fileProblems.length === 1
                  ? 'One certificate file is'
                  : `${data.fileProblems.length} certificate files are`}{' '}
                missing or changed in the certificates folder: {data.fileProblems.map((p) => p.name).join(', ')}. Attach
                them again from your own copies.
              </p>
            )}
            {view === 'read' ? (
              <Suspense fallback={<div className="card skeleton" aria-label="Opening Read certificates" />}>
                <ReadingPage data={data} onChanged={reload} announce={setAnnouncement} />
              </Suspense>
            ) : view === 'settings' ? (
              <SettingsPage
                data={data}
                onChanged={reload}
                onProfileSaved={(profile) => setData({ ...data, profile })}
              />
            ) : view === 'timeline' ? (
              <TimelinePage data={data} onOpenCredential={(id) => go({ view: 'credentials', credentialId: id })} />
            ) : view === 'activities' ? (
              <ActivitiesPage data={data} onChanged={reload} announce={setAnnouncement} />
            ) : open ? (
              <CredentialPage
                key={open.id}
                data={data}
                credential={open}
                onBack={() => setOpenId(null)}
                intent={intent?.credentialId === open.id ? intent.intent : undefined}
                onIntentDone={() => setIntent(null)}
                onChanged={reload}
                announce={setAnnouncement}
              />
            ) : (
              <>
                <NextSteps data={data} onStep={takeStep} />
                <CoverageCards data={data} onOpen={setOpenId} />
                <CredentialsPanel data={data} onOpen={setOpenId} onChanged={reload} announce={setAnnouncement} />
              </>
            )}
          </>
        ) : (
          !error && <div className="card skeleton" aria-label="Loading your data" />
        )}
      </main>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <ShortcutsDialog open={showingShortcuts} onClose={() => setShowingShortcuts(false)} />
    </div>
  );
}
