import { Anchor, Card, Grid, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { useBodyId } from '../body/body-context';
import { FAIR_STATUSES, LIVE_STATUSES, useBodyFairs } from '../fairs/fairs-api';
import { BudgetCard } from './BudgetCard';
import { useDashboardFigures } from './dashboard-api';
import { CampaignsCard } from './CampaignsCard';
import { ReviewQueueCard } from './ReviewQueueCard';
import { SamplesCard } from './SamplesCard';
import { Section } from './Section';

/** Fairs whose samples may still be in the organisers' hands. */
const SHOWCASE_STATUSES = ['published', 'running', 'closed'];

/** The organising body at a glance: its fairs, the review queue, campaigns, samples, budgets. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const bodyId = useBodyId();
  const fairs = useBodyFairs(bodyId);
  const figures = useDashboardFigures(bodyId).data;
  if (fairs.isPending) return <Loading />;
  if (fairs.isError) return <ErrorState error={fairs.error} />;
  const all = fairs.data;
  const live = all.filter((fair) => LIVE_STATUSES.includes(fair.status));
  const showcased = all.filter((fair) => SHOWCASE_STATUSES.includes(fair.status)).slice(0, 10);
  return (
    <Stack>
      <PageTitle>{t('organiser.dashboard.title')}</PageTitle>
      <Section title={t('organiser.dashboard.fairsByStatus')}>
        <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="xs">
          {FAIR_STATUSES.map((status) => (
            <Card
              key={status}
              withBorder
              padding="sm"
              component={Link}
              to={`/fairs?status=${status}`}
            >
              <Text fz={28} fw={700} lh={1.1}>
                {all.filter((fair) => fair.status === status).length}
              </Text>
              <Text size="sm">{t(`organiser.fairStatus.${status}`)}</Text>
            </Card>
          ))}
        </SimpleGrid>
        {all.length === 0 && (
          <Text size="sm" mt="sm">
            {t('organiser.dashboard.noFairs')}{' '}
            <Anchor component={Link} to="/fairs/new">
              {t('organiser.fairs.create')}
            </Anchor>
          </Text>
        )}
      </Section>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <ReviewQueueCard fairs={live} figures={figures} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <BudgetCard fairs={live} figures={figures} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <CampaignsCard bodyId={bodyId} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <SamplesCard fairs={showcased} figures={figures} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
