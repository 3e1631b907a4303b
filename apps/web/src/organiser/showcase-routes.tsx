import { lazy, type ReactElement } from 'react';
import { Route } from 'wouter';
import { addAreaCatalogue } from '@web/i18n/i18n';
import { showcases } from '@web/i18n/vi/showcases';

// This area's strings travel in its chunk (see addAreaCatalogue).
declare module '@web/i18n/i18n' {
  interface AreaCatalogues {
    showcases: typeof showcases;
  }
}
addAreaCatalogue({ showcases }, async () => ({
  showcases: (await import('@web/i18n/en/showcases')).showcases,
}));

const ShowcasesPage = lazy(() => import('./showcases/ShowcasesPage'));
const LabelsPrintPage = lazy(() => import('./showcases/LabelsPrintPage'));
const ExportsPage = lazy(() => import('./exports/ExportsPage'));

/** Routes of this part of the office, relative to /organiser (see OrganiserArea). */
export const showcaseRoutes: ReactElement[] = [
  <Route key="showcases" path="/fairs/:fairId/showcases">
    {({ fairId }) => <ShowcasesPage fairId={fairId} />}
  </Route>,
  <Route key="showcase-labels" path="/fairs/:fairId/showcases/:showcaseId/labels">
    {({ fairId, showcaseId }) => <LabelsPrintPage fairId={fairId} showcaseId={showcaseId} />}
  </Route>,
  <Route key="exports" path="/fairs/:fairId/exports">
    {({ fairId }) => <ExportsPage fairId={fairId} />}
  </Route>,
];
