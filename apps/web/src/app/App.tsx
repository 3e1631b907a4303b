import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { AppLayout } from '@web/layout/AppLayout';
import { queryClient } from './query-client';
import { AppRoutes } from './AppRoutes';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cssVariablesResolver, themeIn } from './theme';

const Overlays = lazy(() => import('./Overlays'));

export function App() {
  const { t } = useTranslation();
  const theme = useMemo(() => themeIn(t('common.close')), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <AppLayout>
          <AppRoutes />
        </AppLayout>
        <Suspense fallback={null}>
          <Overlays />
        </Suspense>
      </QueryClientProvider>
    </MantineProvider>
  );
}
