import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Shared styles first (tokens, base, controls, the shell); each feature imports its own.
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './shell.css';
import { App } from './App';
import { restoreTheme } from './theme';

restoreTheme();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
