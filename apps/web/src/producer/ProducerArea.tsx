import { lazy } from 'react';
import { Route, Switch } from 'wouter';
import { RequireRole } from '@web/session/RequireRole';
import { ErrorState } from '@web/ui/ErrorState';
import { applicationsRoutes } from './applications/applications-routes';
import { catalogueRoutes } from './catalogue/catalogue-routes';
import { documentsRoutes } from './documents/documents-routes';
import { FairCallPage } from './fairs/FairCallPage';
import { FairListPage } from './fairs/FairListPage';
import { inboxRoutes } from './inbox/inbox-routes';
import { addAreaCatalogue } from '@web/i18n/i18n';
import { producer } from '@web/i18n/vi/producer';

// This area's strings travel in its chunk (see addAreaCatalogue).
declare module '@web/i18n/i18n' {
  interface AreaCatalogues {
    producer: typeof producer;
  }
}
addAreaCatalogue({ producer }, async () => ({
  producer: (await import('@web/i18n/en/producer')).producer,
}));

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
            {documentsRoutes}
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
