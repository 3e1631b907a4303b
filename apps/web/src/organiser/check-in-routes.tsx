import { lazy, type ReactElement } from 'react';
import { Route } from 'wouter';

const CheckInsPage = lazy(() => import('./check-ins/CheckInsPage'));

/** Routes of this part of the office, relative to /organiser (see OrganiserArea). */
export const checkInRoutes: ReactElement[] = [
  <Route key="check-ins" path="/fairs/:fairId/check-ins">
    {({ fairId }) => <CheckInsPage fairId={fairId} />}
  </Route>,
];
