import { lazy, type ReactElement } from 'react';
import { Route } from 'wouter';
import { addAreaCatalogue } from '@web/i18n/i18n';
import { desk } from '@web/i18n/vi/desk';
import '@web/producer/documents/documents-catalogue';

// This area's strings travel in its chunk (see addAreaCatalogue).
declare module '@web/i18n/i18n' {
  interface AreaCatalogues {
    desk: typeof desk;
  }
}
addAreaCatalogue({ desk }, async () => ({ desk: (await import('@web/i18n/en/desk')).desk }));

const ReviewPage = lazy(() => import('./review/ReviewPage'));

/** Routes of this part of the office, relative to /organiser (see OrganiserArea). */
export const deskRoutes: ReactElement[] = [
  <Route key="review" path="/fairs/:fairId/applications">
    {({ fairId }) => <ReviewPage fairId={fairId} />}
  </Route>,
];
