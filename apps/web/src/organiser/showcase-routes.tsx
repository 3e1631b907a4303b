import { lazy, type ReactElement } from 'react';
import { Route } from 'wouter';

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
