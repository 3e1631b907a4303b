import { lazy, type ReactElement } from 'react';
import { Route } from 'wouter';

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
