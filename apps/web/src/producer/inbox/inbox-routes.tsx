import { lazy, type ReactElement } from 'react';
import { Route } from 'wouter';
import { addAreaCatalogue } from '@web/i18n/i18n';
import { producerInbox } from '@web/i18n/vi/producer-inbox';

// This area's strings travel in its chunk (see addAreaCatalogue).
declare module '@web/i18n/i18n' {
  interface AreaCatalogues {
    producerInbox: typeof producerInbox;
  }
}
addAreaCatalogue({ producerInbox }, async () => ({
  producerInbox: (await import('@web/i18n/en/producer-inbox')).producerInbox,
}));

const InquiriesPage = lazy(() => import('./InquiriesPage'));
const InquiryPage = lazy(() => import('./InquiryPage'));
const SamplesPage = lazy(() => import('./SamplesPage'));

/** Routes of the producer's inquiries from buyers, showcase samples, relative to /producer (see ProducerArea). */
export const inboxRoutes: ReactElement[] = [
  <Route key="inquiries" path="/inquiries" component={InquiriesPage} />,
  <Route key="inquiry" path="/inquiries/:inquiryId">
    {({ inquiryId }) => <InquiryPage inquiryId={inquiryId} />}
  </Route>,
  <Route key="samples" path="/samples" component={SamplesPage} />,
];
