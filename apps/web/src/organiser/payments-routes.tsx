import { lazy, type ReactElement } from 'react';
import { Route } from 'wouter';
import { addAreaCatalogue } from '@web/i18n/i18n';
import { payments } from '@web/i18n/vi/payments';

// This area's strings travel in its chunk (see addAreaCatalogue).
declare module '@web/i18n/i18n' {
  interface AreaCatalogues {
    payments: typeof payments;
  }
}
addAreaCatalogue({ payments }, async () => ({
  payments: (await import('@web/i18n/en/payments')).payments,
}));

const PaymentsPage = lazy(() => import('./payments/PaymentsPage'));

/** Routes of this part of the office, relative to /organiser (see OrganiserArea). */
export const paymentsRoutes: ReactElement[] = [
  <Route key="payments" path="/fairs/:fairId/payments">
    {({ fairId }) => <PaymentsPage fairId={fairId} />}
  </Route>,
];
