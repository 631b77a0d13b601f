/**
 * The page's frame: the top bar, the messages every screen shows, the screen the route names,
 * and what the menu and the keyboard ask for. The state is the state owner's (app-state.ts);
 * what a command does is model/commands.ts.
 */
import { useCallback } from 'react';
import { useApp } from './app-state';
import { deliverCommand } from './command-bus';
import { ErrorText } from './components/ErrorText';
import { FileProblems } from './components/FileProblems';
import { NoticeBanner } from './components/NoticeBanner';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { TopBar } from './components/TopBar';
import { useDropAnywhere } from './drop-target';
import { markTimelineStart } from './features/timeline/TimelinePage';
import { useFocusReturn } from './focus-return';
import { commandEffect } from './model/commands';
import type { View } from './model/routes';
import { useRoute } from './routing';
import { Screens } from './Screens';
import { applyTheme } from './theme';
import { useCommands } from './use-commands';

export function App() {
  const { state, app } = useApp();
  const [route, go] = useRoute();
  const { view, credentialId } = route;
  const toView = useCallback(
    (v: View) => {
      if (v === 'timeline') markTimelineStart();
      // A screen opens at its top, wherever the last one was scrolled to.
      window.scrollTo(0, 0);
      go({ view: v, credentialId: null });
    },
    [go],
  );
  useFocusReturn(credentialId);
  useDropAnywhere(useCallback(() => toView('read'), [toView]));

  // A shortcut that cannot act here says why, on screen, until the user moves on (to another screen).
  const here = `${view}:${credentialId ?? ''}`;
  const hint = state.hint?.at === here ? state.hint.text : '';
  useCommands((command) => {
    const effect = commandEffect(command, { view, credentialOpen: credentialId !== null });
    if ('go' in effect) toView(effect.go);
    if ('deliver' in effect && effect.deliver) deliverCommand(effect.deliver);
    if ('hint' in effect) app.hint(effect.hint, here);
    if ('theme' in effect) applyTheme(effect.theme);
    if ('shortcuts' in effect) app.showShortcuts(true);
  });

  const { data, error } = state;
  return (
    <div className="app">
      <TopBar view={view} onGo={toView} />
      <main className="content" aria-busy={data === null}>
        <ErrorText error={error} />
        {hint && (
          <p className="hint-banner" role="status">
            {hint}
          </p>
        )}
        {data ? (
          <>
            <NoticeBanner notices={data.notices} onDismiss={(id) => void app.dismissNotice(id)} />
            <FileProblems problems={data.fileProblems} />
            <Screens data={data} route={route} go={go} />
          </>
        ) : (
          !error && <div className="card skeleton" aria-label="Loading your data" />
        )}
      </main>
      <p className="visually-hidden" role="status" aria-live="polite">
        {state.announcement}
      </p>
      <ShortcutsDialog open={state.showingShortcuts} onClose={() => app.showShortcuts(false)} />
    </div>
  );
}
