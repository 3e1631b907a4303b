import { Route, Switch } from 'wouter';
import { RequireRole } from '@web/session/RequireRole';
import { ErrorState } from '@web/ui/ErrorState';

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
