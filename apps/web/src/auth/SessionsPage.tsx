import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { modals } from '@web/ui/modals';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@web/api/client';
import { formatDateTime } from '@web/format/format';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';

/** "My sessions": every device signed in to this account, and a way to sign a lost one out. */
export function SessionsPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const sessions = useQuery({
    queryKey: ['sessions'],
    queryFn: () => unwrap(api.GET('/api/v1/auth/sessions')),
  });
  const revoke = useMutation({
    mutationFn: (sessionId: string) =>
      unwrap(api.DELETE('/api/v1/auth/sessions/{sessionId}', { params: { path: { sessionId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sessions'] }),
  });
  const confirm = (sessionId: string) =>
    modals.openConfirmModal({
      title: t('sessions.confirmTitle'),
      children: <Text size="sm">{t('sessions.confirm')}</Text>,
      labels: { confirm: t('sessions.revoke'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => revoke.mutate(sessionId),
    });
  if (sessions.isPending) return <Loading />;
  if (sessions.isError) return <ErrorState error={sessions.error} />;
  return (
    <Stack maw={640}>
      <PageTitle>{t('sessions.title')}</PageTitle>
      {sessions.data.map((session) => (
        <Card key={session.id} withBorder>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={4}>
              <Text fw={600} lineClamp={2}>
                {session.userAgent ?? t('sessions.unknownDevice')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('sessions.since', { when: formatDateTime(session.createdAt) })} ·{' '}
                {t('sessions.until', { when: formatDateTime(session.expiresAt) })}
              </Text>
            </Stack>
            {session.current ? (
              <Badge>{t('sessions.current')}</Badge>
            ) : (
              <Button
                size="xs"
                variant="light"
                color="red"
                onClick={() => confirm(session.id)}
                loading={revoke.isPending && revoke.variables === session.id}
              >
                {t('sessions.revoke')}
              </Button>
            )}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
