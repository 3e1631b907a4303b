import { lazy } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { HomePage } from '@web/home/HomePage';
import { areaReady } from '@web/i18n/i18n';
import { RequireRole } from '@web/session/RequireRole';
import { ErrorState } from '@web/ui/ErrorState';

// Account pages are loaded when opened (main.tsx starts a deep link's at once): the first
// screen stays light.
const SignInPage = lazy(() =>
  import('@web/auth/SignInPage').then((m) => ({ default: m.SignInPage })),
);
const SignUpPage = lazy(() =>
  import('@web/auth/SignUpPage').then((m) => ({ default: m.SignUpPage })),
);
const ForgotPasswordPage = lazy(() =>
  import('@web/auth/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('@web/auth/ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage })),
);
const VerifyEmailPage = lazy(() =>
  import('@web/auth/VerifyEmailPage').then((m) => ({ default: m.VerifyEmailPage })),
);
const SessionsPage = lazy(() =>
  import('@web/auth/SessionsPage').then((m) => ({ default: m.SessionsPage })),
);
// Each role's area is its own lazily loaded route tree (WEB.md).
// An area registers its own strings when its chunk loads (addAreaCatalogue).
const ProducerArea = lazy(() => import('@web/producer/ProducerArea').then(areaReady));
const OrganiserArea = lazy(() => import('@web/organiser/OrganiserArea').then(areaReady));
const GateArea = lazy(() => import('@web/gate/GateArea').then(areaReady));

const ANY_ROLE = ['admin', 'organiser', 'gate_staff', 'producer'] as const;

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={HomePage} />
      <Route path="/signin" component={SignInPage} />
      <Route path="/signup" component={SignUpPage} />
      <Route path="/forgot-password" component={ForgotPasswordPage} />
      <Route path="/account/verify-email" component={VerifyEmailPage} />
      <Route path="/account/reset-password" component={ResetPasswordPage} />
      <Route path="/account/sessions">
        <RequireRole roles={[...ANY_ROLE]}>
          <SessionsPage />
        </RequireRole>
      </Route>
      <Route path="/producer" nest component={ProducerArea} />
      <Route path="/organiser" nest component={OrganiserArea} />
      <Route path="/gate" nest component={GateArea} />
      {/* Links in mails sent before the web app existed. */}
      <Route path="/applications/:id">
        {({ id }) => <Redirect to={`/producer/applications/${id}`} replace />}
      </Route>
      <Route path="/waitlist-offers/:id">
        {({ id }) => <Redirect to={`/producer/waitlist-offers/${id}`} replace />}
      </Route>
      <Route>
        <ErrorState kind="notFound" />
      </Route>
    </Switch>
  );
}
