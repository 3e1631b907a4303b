import { Route, Switch } from 'wouter';
import { RequireRole } from '@web/session/RequireRole';
import { ErrorState } from '@web/ui/ErrorState';
import { BodyScope } from './body/body-context';
import { checkInRoutes } from './check-in-routes';
import { deskRoutes } from './desk-routes';
import { planningRoutes } from './planning-routes';
import { showcaseRoutes } from './showcase-routes';

/**
 * The organiser's back office (desktop first, usable on a tablet), loaded on first visit;
 * paths are relative to /organiser. Each route list belongs to one part of the office.
 */
export default function OrganiserArea() {
  return (
    <RequireRole roles={['organiser', 'admin']}>
      <BodyScope>
        <Switch>
          {planningRoutes}
          {deskRoutes}
          {checkInRoutes}
          {showcaseRoutes}
          <Route>
            <ErrorState kind="notFound" />
          </Route>
        </Switch>
      </BodyScope>
    </RequireRole>
  );
}
