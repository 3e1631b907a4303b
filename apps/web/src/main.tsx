import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { languageReady } from './i18n/i18n';
import { App } from './app/App';
import { queryClient } from './app/query-client';
import { preloadProducerScreen } from './producer/preload';
import { meQuery } from './session/session';

/** A deep link starts fetching its screen at once, beside the app's own start. */
function preloadScreen(path: string): void {
  // Every screen's frame asks who is signed in: asked before the first render's long task.
  void queryClient.prefetchQuery(meQuery);
  const area = /^\/(producer|organiser|gate)\b/.exec(path)?.[1];
  if (area === 'producer') preloadProducerScreen(path);
  else if (area === 'organiser') void import('./organiser/OrganiserArea');
  else if (area === 'gate') void import('./gate/GateArea');
  else if (path === '/signin') void import('./auth/SignInPage');
}

// Once the language is known: the API answers in it.
void languageReady.then(() => {
  preloadScreen(location.pathname);
  const root = createRoot(document.getElementById('root')!);
  // A transition lets React yield to the browser while it builds the first screen, instead of
  // one long task a phone's main thread is blocked for (Total Blocking Time, `npm run bench:web`).
  startTransition(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
});
