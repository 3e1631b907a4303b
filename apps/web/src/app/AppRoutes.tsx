import { lazy } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { ForgotPasswordPage } from '@web/auth/ForgotPasswordPage';
import { ResetPasswordPage } from '@web/auth/ResetPasswordPage';
import { SessionsPage } from '@web/auth/SessionsPage';
import { SignInPage } from '@web/auth/SignInPage';
import { SignUpPage } from '@web/auth/SignUpPage';
import { VerifyEmailPage } from '@web/auth/VerifyEmailPage';
import { HomePage } from '@web/home/HomePage';
import { RequireRole } from '@web/session/RequireRole';
import { ErrorState } from '@web/ui/ErrorState';

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
