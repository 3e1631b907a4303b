import { lazy, type ReactElement } from 'react';
import { Route } from 'wouter';

const ReviewPage = lazy(() => import('./review/ReviewPage'));

/** Routes of this part of the office, relative to /organiser (see OrganiserArea). */
export const deskRoutes: ReactElement[] = [
  <Route key="review" path="/fairs/:fairId/applications">
    {({ fairId }) => <ReviewPage fairId={fairId} />}
  </Route>,
];
