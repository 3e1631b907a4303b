import { lazy } from 'react';
import { Route, Switch } from 'wouter';
import { RequireRole } from '@web/session/RequireRole';
import { ErrorState } from '@web/ui/ErrorState';
import { applicationsRoutes } from './applications/applications-routes';
import { catalogueRoutes } from './catalogue/catalogue-routes';
import { FairCallPage } from './fairs/FairCallPage';
import { FairListPage } from './fairs/FairListPage';
import { inboxRoutes } from './inbox/inbox-routes';

const ProducerHome = lazy(() => import('./home/ProducerHome'));

/**
 * The producer's area (mobile first), loaded on first visit; paths are relative to /producer.
 * Finding a fair is open to anyone; everything else needs a producer's account.
 */
export default function ProducerArea() {
  return (
    <Switch>
      <Route path="/fairs" component={FairListPage} />
      <Route path="/fairs/:fairId">{({ fairId }) => <FairCallPage fairId={fairId} />}</Route>
      <Route>
        <RequireRole roles={['producer']}>
          <Switch>
            <Route path="/" component={ProducerHome} />
            {applicationsRoutes}
            {catalogueRoutes}
            {inboxRoutes}
            <Route>
              <ErrorState kind="notFound" />
            </Route>
          </Switch>
        </RequireRole>
      </Route>
    </Switch>
  );
}
