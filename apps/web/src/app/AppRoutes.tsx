import { lazy } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { SignInPage } from '@web/auth/SignInPage';
import { HomePage } from '@web/home/HomePage';
import { RequireRole } from '@web/session/RequireRole';
import { ErrorState } from '@web/ui/ErrorState';

// Account pages other than sign-in are loaded when opened: the first screen stays light.
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
const ProducerArea = lazy(() => import('@web/producer/ProducerArea'));
const OrganiserArea = lazy(() => import('@web/organiser/OrganiserArea'));
const GateArea = lazy(() => import('@web/gate/GateArea'));

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
