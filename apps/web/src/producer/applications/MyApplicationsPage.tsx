import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api, unwrap } from '@web/api/client';
import { formatDateTime } from '@web/format/format';
import { EmptyNote } from '@web/ui/EmptyNote';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { nameIn } from './name-in';
import { useMyApplications } from './applications-api';
import { StatusBadge } from './StatusBadge';

/** The producer's applications: which fair, where each stands, what to do next. */
export default function MyApplicationsPage() {
  const { t, i18n } = useTranslation();
  const applications = useMyApplications();
  const fairIds = [...new Set((applications.data ?? []).map((a) => a.fairId))];
  const forms = useQueries({
    queries: fairIds.map((fairId) => ({
      queryKey: ['application-form', fairId],
      queryFn: () =>
        unwrap(
          api.GET('/api/v1/fairs/{fairId}/application-form', { params: { path: { fairId } } }),
        ),
    })),
  });
  const fairName = (fairId: string) => {
    const form = forms[fairIds.indexOf(fairId)]?.data;
    return form ? nameIn(form, i18n.language) : '…';
  };
  return (
    <Stack maw={720}>
      <PageTitle>{t('producerApplications.list.title')}</PageTitle>
      {applications.isPending ? (
        <Loading />
      ) : applications.isError ? (
        <ErrorState error={applications.error} />
      ) : applications.data.length === 0 ? (
        <EmptyNote
          action={
            <Button component={Link} to="/fairs">
              {t('producerApplications.list.findFair')}
            </Button>
          }
        >
          {t('producerApplications.list.empty')}
        </EmptyNote>
      ) : (
        applications.data.map((app) => (
          <Card key={app.id} withBorder component={Link} to={`/applications/${app.id}`}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text fw={650} c="tre.8">
                {fairName(app.fairId)}
              </Text>
              <StatusBadge status={app.status} />
            </Group>
            <Text size="sm">
              {t('producerApplications.list.reference', { reference: app.reference })}
            </Text>
            <Text size="sm" fw={600} mt={4}>
              {t(`producerApplications.next.${app.status}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('producerApplications.list.updated', { when: formatDateTime(app.updatedAt) })}
            </Text>
          </Card>
        ))
      )}
    </Stack>
  );
}
