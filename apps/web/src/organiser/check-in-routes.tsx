import { lazy, type ReactElement } from 'react';
import { Route } from 'wouter';
import { addAreaCatalogue } from '@web/i18n/i18n';
import { gate } from '@web/i18n/vi/gate';

// The gate's strings (their keys are declared in GateArea) also name the office's admissions tab.
addAreaCatalogue({ gate }, async () => ({ gate: (await import('@web/i18n/en/gate')).gate }));

const CheckInsPage = lazy(() => import('./check-ins/CheckInsPage'));

/** Routes of this part of the office, relative to /organiser (see OrganiserArea). */
export const checkInRoutes: ReactElement[] = [
  <Route key="check-ins" path="/fairs/:fairId/check-ins">
    {({ fairId }) => <CheckInsPage fairId={fairId} />}
  </Route>,
];
