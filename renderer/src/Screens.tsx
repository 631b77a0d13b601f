/** The screen the route names, over the data the state owner holds. */
import { lazy, Suspense } from 'react';
import { useApp } from './app-state';
import { ActivitiesPage } from './features/activities/ActivitiesPage';
import { CredentialPage } from './features/credential-page/CredentialPage';
import { CredentialsPanel } from './features/credentials/CredentialsPanel';
import { CoverageCards } from './features/home/CoverageCards';
import { NextSteps } from './features/home/NextSteps';
import { SettingsPage } from './features/settings/SettingsPage';
import { TimelinePage } from './features/timeline/TimelinePage';
import { deliverCommand } from './command-bus';
import type { AppData } from './data';
import type { Route } from './model/routes';

// The review screen (and its preview and forms) loads when first opened, not with the first screen.
const ReadingPage = lazy(() => import('./features/reading/ReadingPage').then((m) => ({ default: m.ReadingPage })));

export function Screens({ data, route, go }: { data: AppData; route: Route; go: (route: Route) => void }) {
  const { state, app } = useApp();
  const openCredential = (id: string | null) => go({ view: 'credentials', credentialId: id });
  const open = route.credentialId ? data.credentials.find((c) => c.id === route.credentialId) : undefined;
  switch (route.view) {
    case 'read':
      return (
        <Suspense fallback={<div className="card skeleton" aria-label="Opening Read certificates" />}>
          <ReadingPage data={data} onChanged={app.reload} announce={app.announce} />
        </Suspense>
      );
    case 'settings':
      return <SettingsPage data={data} onChanged={app.reload} onProfileSaved={app.profileSaved} />;
    case 'timeline':
      return <TimelinePage data={data} onOpenCredential={openCredential} />;
    case 'activities':
      return <ActivitiesPage data={data} onChanged={app.reload} announce={app.announce} />;
  }
  if (open)
    return (
      <CredentialPage
        key={open.id}
        data={data}
        credential={open}
        onBack={() => openCredential(null)}
        intent={state.intent?.credentialId === open.id ? state.intent.intent : undefined}
        onIntentDone={app.intentDone}
        onChanged={app.reload}
        announce={app.announce}
      />
    );
  return (
    <>
      <NextSteps
        data={data}
        onStep={(step) => {
          const where = app.takeStep(step);
          if ('command' in where) deliverCommand(where.command);
          else openCredential(where.open);
        }}
      />
      <CoverageCards data={data} onOpen={openCredential} />
      <CredentialsPanel data={data} onOpen={openCredential} onChanged={app.reload} announce={app.announce} />
    </>
  );
}
