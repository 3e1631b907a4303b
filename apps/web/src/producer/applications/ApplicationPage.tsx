import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { AfterPaint } from './AfterPaint';
import { nameIn } from './name-in';
import { ApplicationTimeline } from './ApplicationTimeline';
import { useApplication, useBooths, useMyOffers, useTimeline } from './applications-api';
import { DecisionLetter } from './DecisionLetter';
import { StatusBadge } from './StatusBadge';

// Below the letter: its code and data are asked for once the letter is on screen.
const ApplicationDetails = lazy(() => import('./ApplicationDetails'));

/** Step 6: one application: where it stands, the letter, what to pay, the booth on the plan. */
export default function ApplicationPage({ applicationId }: { applicationId: string }) {
  const { t, i18n } = useTranslation();
  const application = useApplication(applicationId);
  // Asked beside the application, not once it has answered.
  const timeline = useTimeline(applicationId);
  const app = application.data;
  const booths = useBooths(applicationId, app?.status === 'approved');
  const offers = useMyOffers();
  if (application.isPending) return <Loading />;
  if (application.isError || !app) return <ErrorState error={application.error} />;
  // The application names its fair: the letter shows complete after this one request.
  const fairName = nameIn(app.fair, i18n.language);
  const offer = offers.data?.find((o) => o.applicationId === app.id && o.status === 'pending');
  return (
    <Stack maw={720}>
      <PageTitle>{t('producerApplications.page.title', { reference: app.reference })}</PageTitle>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text size="sm" c="dimmed">
            {t('producerApplications.page.fair')}
          </Text>
          <Anchor component={Link} to={`/fairs/${app.fairId}`} fw={600}>
            {fairName}
          </Anchor>
        </div>
        <StatusBadge status={app.status} />
      </Group>
      {offer && (
        <Alert color="yellow" title={t('producerApplications.offer.pendingOnApplication')}>
          <Button component={Link} to={`/waitlist-offers/${offer.id}`} size="sm">
            {t('producerApplications.offer.open')}
          </Button>
        </Alert>
      )}
      <ApplicationTimeline app={app} timeline={timeline} booths={booths.data?.booths ?? []} />
      <DecisionLetter app={app} fair={fairName} />
      <AfterPaint>
        <Suspense fallback={null}>
          <ApplicationDetails app={app} booths={booths.data} />
        </Suspense>
      </AfterPaint>
    </Stack>
  );
}
