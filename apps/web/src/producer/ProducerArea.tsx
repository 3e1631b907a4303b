import { Route, Switch } from 'wouter';
import { RequireRole } from '@web/session/RequireRole';
import { ErrorState } from '@web/ui/ErrorState';

/** The producer's area (mobile first), loaded on first visit; paths are relative to /producer. */
export default function ProducerArea() {
  return (
    <Switch>
      <Route>
        <RequireRole roles={['producer']}>
          <ErrorState kind="notFound" />
        </RequireRole>
      </Route>
    </Switch>
  );
}
