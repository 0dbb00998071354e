import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadRoute } from './app/route-tree';
import { i18nReady } from './i18n/i18n';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The first render waits for the page's code (when it is not the home page) and, on a first
// visit in French, Spanish or German, for that catalogue, both fetched at once: the page then
// renders complete instead of showing a fallback, or English, and then re-rendering.
void Promise.all([preloadRoute(window.location.pathname), i18nReady()]).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
