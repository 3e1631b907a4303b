import { lazy, type ReactElement } from 'react';
import { Route } from 'wouter';
import { addAreaCatalogue } from '@web/i18n/i18n';
import { producerApplications } from '@web/i18n/vi/producer-applications';

// This area's strings travel in its chunk (see addAreaCatalogue).
declare module '@web/i18n/i18n' {
  interface AreaCatalogues {
    producerApplications: typeof producerApplications;
  }
}
addAreaCatalogue({ producerApplications }, async () => ({
  producerApplications: (await import('@web/i18n/en/producer-applications')).producerApplications,
}));

const MyApplicationsPage = lazy(() => import('./MyApplicationsPage'));
const ApplyPage = lazy(() => import('./ApplyPage'));
const ApplicationPage = lazy(() => import('./ApplicationPage'));
const WaitlistOfferPage = lazy(() => import('./WaitlistOfferPage'));

/** Routes of the producer's apply, the application's page, waitlist offers, relative to /producer (see ProducerArea). */
export const applicationsRoutes: ReactElement[] = [
  <Route key="applications" path="/applications" component={MyApplicationsPage} />,
  <Route key="apply" path="/fairs/:fairId/apply">
    {({ fairId }) => <ApplyPage fairId={fairId} />}
  </Route>,
  <Route key="application" path="/applications/:id">
    {({ id }) => <ApplicationPage applicationId={id} />}
  </Route>,
  <Route key="offer" path="/waitlist-offers/:id">
    {({ id }) => <WaitlistOfferPage offerId={id} />}
  </Route>,
];
