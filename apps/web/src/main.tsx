import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageReady } from './i18n/i18n';
import { App } from './app/App';

// A deep link into an area starts fetching that area at once, beside the app's own start.
const area = /^\/(producer|organiser|gate)\b/.exec(location.pathname)?.[1];
if (area === 'producer') void import('./producer/ProducerArea');
else if (area === 'organiser') void import('./organiser/OrganiserArea');
else if (area === 'gate') void import('./gate/GateArea');

void languageReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
