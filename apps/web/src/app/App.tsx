import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { AppLayout } from '@web/layout/AppLayout';
import { queryClient } from './query-client';
import { AppRoutes } from './AppRoutes';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cssVariablesResolver, themeIn } from './theme';

export function App() {
  const { t } = useTranslation();
  const theme = useMemo(() => themeIn(t('common.close')), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="top-center" />
      <QueryClientProvider client={queryClient}>
        <ModalsProvider>
          <AppLayout>
            <AppRoutes />
          </AppLayout>
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
