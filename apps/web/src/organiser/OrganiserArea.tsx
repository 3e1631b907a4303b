import { Route, Switch } from 'wouter';
import { RequireRole } from '@web/session/RequireRole';
import { ErrorState } from '@web/ui/ErrorState';
import { BodyScope } from './body/body-context';
import { checkInRoutes } from './check-in-routes';
import { deskRoutes } from './desk-routes';
import { floorRoutes } from './floor-routes';
import { outreachRoutes } from './outreach-routes';
import { paymentsRoutes } from './payments-routes';
import { planningRoutes } from './planning-routes';
import { addAreaCatalogue } from '@web/i18n/i18n';
import { organiser } from '@web/i18n/vi/organiser';

// This area's strings travel in its chunk (see addAreaCatalogue).
declare module '@web/i18n/i18n' {
  interface AreaCatalogues {
    organiser: typeof organiser;
  }
}
addAreaCatalogue({ organiser }, async () => ({
  organiser: (await import('@web/i18n/en/organiser')).organiser,
}));
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
          {paymentsRoutes}
          {floorRoutes}
          {checkInRoutes}
          {outreachRoutes}
          {showcaseRoutes}
          <Route>
            <ErrorState kind="notFound" />
          </Route>
        </Switch>
      </BodyScope>
    </RequireRole>
  );
}
