import { Container } from '@mantine/core';
import type { ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { RequireRole } from '@web/session/RequireRole';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { useGateSetup } from './gate-setup';
import { useGatePwa } from './pwa';
import { ScannerPage } from './ScannerPage';
import { SetupPage } from './SetupPage';
import { addAreaCatalogue } from '@web/i18n/i18n';
import { gate } from '@web/i18n/vi/gate';

// This area's strings travel in its chunk (see addAreaCatalogue).
declare module '@web/i18n/i18n' {
  interface AreaCatalogues {
    gate: typeof gate;
  }
}
addAreaCatalogue({ gate }, async () => ({ gate: (await import('@web/i18n/en/gate')).gate }));

/**
 * Signed in once: a device already set up for a fair opens its scanner without the network
 * (the session is checked again when the network is back, by every call the scanner makes).
 */
function GateAccess({ offlineReady, children }: { offlineReady: boolean; children: ReactNode }) {
  if (offlineReady && !navigator.onLine) return <>{children}</>;
  return <RequireRole roles={['gate_staff', 'organiser', 'admin']}>{children}</RequireRole>;
}

function GateHome() {
  const setup = useGateSetup();
  if (setup.isPending) return <Loading />;
  if (setup.isError) return <ErrorState error={setup.error} />;
  return (
    <GateAccess offlineReady={Boolean(setup.data)}>
      {setup.data ? (
        <ScannerPage key={setup.data.fairId + setup.data.gate} setup={setup.data} />
      ) : (
        <SetupPage />
      )}
    </GateAccess>
  );
}

/** The gate scanner (an installable offline PWA at 390×844); paths are relative to /gate. */
export default function GateArea() {
  useGatePwa();
  return (
    <Container size={480} px={0}>
      <Switch>
        <Route path="/" component={GateHome} />
        <Route>
          <ErrorState kind="notFound" />
        </Route>
      </Switch>
    </Container>
  );
}
