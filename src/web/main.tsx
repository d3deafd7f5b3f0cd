import { registerSW } from 'virtual:pwa-register';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadPage } from './App.tsx';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// A direct visit (a bookmark, a reload, the home-screen icon's /check) paints its page at once.
// (Not a top-level await: that would make the bundler split the app shell into many chunks.)
void preloadPage(location.pathname).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
// Offline support: the service worker caches the whole app so a check works without a
// connection. It is registered once the page has loaded and gone quiet, so caching the rest of
// the app never competes with the first screen for a slow phone connection.
window.addEventListener('load', () => {
  setTimeout(() => registerSW({ immediate: true }), 3000);
});
