import { Route, Switch } from 'wouter';
import { RequireRole } from '@web/session/RequireRole';
import { ErrorState } from '@web/ui/ErrorState';
import { addAreaCatalogue } from '@web/i18n/i18n';
import { gate } from '@web/i18n/vi/gate';

// This area's strings travel in its chunk (see addAreaCatalogue).
declare module '@web/i18n/i18n' {
  interface AreaCatalogues {
    gate: typeof gate;
  }
}
addAreaCatalogue({ gate }, async () => ({ gate: (await import('@web/i18n/en/gate')).gate }));

/** The gate scanner (an installable offline PWA at 390×844); paths are relative to /gate. */
export default function GateArea() {
  return (
    <RequireRole roles={['gate_staff', 'organiser', 'admin']}>
      <Switch>
        <Route>
          <ErrorState kind="notFound" />
        </Route>
      </Switch>
    </RequireRole>
  );
}
