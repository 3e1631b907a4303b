import { Anchor, Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Progress as Figures } from './campaigns-api';

const STATUSES = ['queued', 'sending', 'sent', 'retrying', 'failed', 'suppressed'] as const;

/** The campaign's mail as it goes out: a bar of sent mails and the count in each state. */
export function SendingProgress({ progress }: { progress: Figures }) {
  const { t } = useTranslation();
  const { mail } = progress;
  const total = Math.max(mail.total, progress.invited);
  const percent = total ? Math.round((mail.sent / total) * 100) : 0;
  const finished = progress.enqueued && mail.queued + mail.sending + mail.retrying === 0;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('outreach.progress.title')}
        </Title>
        <Progress
          value={percent}
          size="xl"
          animated={!finished}
          aria-label={t('outreach.progress.bar', { sent: mail.sent, total, percent })}
        />
        <Text size="sm" role="status">
          {finished
            ? t('outreach.progress.finished', { sent: mail.sent })
            : !progress.enqueued
              ? t('outreach.progress.fanOut', { count: progress.invited })
              : t('outreach.progress.bar', { sent: mail.sent, total, percent })}
        </Text>
        <Table withTableBorder maw={520}>
          <Table.Tbody>
            {STATUSES.map((status) => (
              <Table.Tr key={status}>
                <Table.Th scope="row" fw={400}>
                  {t(`outreach.progress.${status}`)}
                </Table.Th>
                <Table.Td ta="right">{mail[status]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group>
          <Anchor component={Link} to="/messages" size="sm">
            {t('outreach.progress.log')}
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}
