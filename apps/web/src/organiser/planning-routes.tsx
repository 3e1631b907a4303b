import { lazy, type ReactElement } from 'react';
import { Route } from 'wouter';

const DashboardPage = lazy(() => import('./dashboard/DashboardPage'));
const FairsPage = lazy(() => import('./fairs/FairsPage'));
const NewFairPage = lazy(() => import('./fairs/NewFairPage'));
const FairPage = lazy(() => import('./fairs/FairPage'));

/** Routes of this part of the office, relative to /organiser (see OrganiserArea). */
export const planningRoutes: ReactElement[] = [
  <Route key="dashboard" path="/" component={DashboardPage} />,
  <Route key="fairs" path="/fairs" component={FairsPage} />,
  <Route key="fair-new" path="/fairs/new" component={NewFairPage} />,
  <Route key="fair" path="/fairs/:fairId">
    {({ fairId }) => <FairPage fairId={fairId} />}
  </Route>,
];
