import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Shared styles first (tokens, base, controls, the shell); each feature imports its own.
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './shell.css';
import { api } from './api';
import { App } from './App';
import { AppState, AppStateContext } from './app-state';
import { createLoader } from './data';
import { restoreTheme } from './theme';

restoreTheme();

// The page's one state owner; its first load checks the certificate files too.
const app = new AppState({ load: createLoader(), dismissNotice: api.app.dismissNotice });
void app.load(true);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <AppStateContext.Provider value={app}>
      <App />
    </AppStateContext.Provider>
  </StrictMode>,
);
