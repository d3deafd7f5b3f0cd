import { registerSW } from 'virtual:pwa-register';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// Offline support: the service worker caches the whole app so a check works without a
// connection. It is registered once the page has loaded and gone quiet, so caching the rest of
// the app never competes with the first screen for a slow phone connection.
window.addEventListener('load', () => {
  setTimeout(() => registerSW({ immediate: true }), 3000);
});
