import { Grid, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { fairName, useFair } from '../fairs/fairs-api';
import { CampaignComposer } from './CampaignComposer';
import { CampaignStatusBadge } from './CampaignStatusBadge';
import { campaignKey, useCampaign, useFunnel, useProgress } from './campaigns-api';
import { FunnelChart } from './FunnelChart';
import { ReminderPanel } from './ReminderPanel';
import { ScheduledNote } from './ScheduleButton';
import { SendingProgress } from './SendingProgress';

/** One campaign: composed while a draft; once sent, its progress, funnel and reminders. */
export default function CampaignPage({ campaignId }: { campaignId: string }) {
  const campaign = useCampaign(campaignId);
  if (campaign.isPending) return <Loading />;
  if (campaign.isError) return <ErrorState error={campaign.error} />;
  const editable = campaign.data.status === 'draft' || campaign.data.status === 'scheduled';
  return (
    <Stack>
      <Stack gap={0}>
        <Group gap="sm" align="baseline">
          <PageTitle>{campaign.data.name}</PageTitle>
          <CampaignStatusBadge status={campaign.data.status} />
        </Group>
        <FairLine fairId={campaign.data.fairId} />
      </Stack>
      <ScheduledNote campaign={campaign.data} />
      {editable ? (
        <CampaignComposer campaign={campaign.data} />
      ) : campaign.data.status === 'cancelled' ? null : (
        <Followed campaignId={campaignId} />
      )}
    </Stack>
  );
}

function Followed({ campaignId }: { campaignId: string }) {
  const client = useQueryClient();
  const progress = useProgress(campaignId);
  const funnel = useFunnel(campaignId);
  const sent = progress.data?.mail.sent;
  // Each mail the server accepts moves the funnel's "sent" bar as well as the progress.
  useEffect(() => {
    void client.invalidateQueries({ queryKey: [...campaignKey(campaignId), 'funnel'] });
  }, [sent, campaignId, client]);
  if (progress.isError) return <ErrorState error={progress.error} />;
  if (!progress.data || !funnel.data) return <Loading />;
  return (
    <Grid>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <SendingProgress progress={progress.data} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack>
          <FunnelChart funnel={funnel.data} />
          <ReminderPanel campaignId={campaignId} funnel={funnel.data} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

function FairLine({ fairId }: { fairId: string }) {
  const { i18n } = useTranslation();
  const fair = useFair(fairId);
  if (!fair.data) return null;
  return (
    <Text size="sm" c="dimmed" mt={-12}>
      {fairName(fair.data, i18n.language)}
    </Text>
  );
}
