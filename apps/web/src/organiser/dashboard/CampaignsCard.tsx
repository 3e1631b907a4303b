import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCampaignProgress } from './dashboard-api';
import { Section } from './Section';

/** The latest campaigns that went out: letters sent of those made, and answers. */
export function CampaignsCard({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const { rows, others } = useCampaignProgress(bodyId, 5);
  return (
    <Section title={t('organiser.dashboard.campaigns')}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('organiser.dashboard.noCampaigns')}
        </Text>
      ) : (
        <Stack gap="md">
          {rows.map(({ campaign, progress }) => {
            const total = progress?.mail.total ?? campaign.invited;
            const sent = progress?.mail.sent ?? 0;
            const percent = total > 0 ? (sent / total) * 100 : 0;
            return (
              <div key={campaign.id}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm" fw={600} truncate title={campaign.name}>
                    {campaign.name}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {t('organiser.dashboard.sentOf', { sent, total })}
                  </Text>
                </Group>
                <Progress
                  value={percent}
                  size="lg"
                  aria-label={t('organiser.dashboard.campaignBar', {
                    name: campaign.name,
                    percent: Math.round(percent),
                  })}
                />
                {progress && (
                  <Text size="xs" c="dimmed">
                    {t('organiser.dashboard.answers', {
                      accepted: progress.answers.accepted,
                      declined: progress.answers.declined,
                      failed: progress.mail.failed,
                    })}
                  </Text>
                )}
              </div>
            );
          })}
        </Stack>
      )}
      {others > 0 && (
        <Text size="xs" c="dimmed" mt="sm">
          {t('organiser.dashboard.scheduled', { count: others })}
        </Text>
      )}
    </Section>
  );
}
