import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { nameIn, textOf } from './name-in';
import { ApplicationActions } from './ApplicationActions';
import { ApplicationTimeline } from './ApplicationTimeline';
import {
  useApplication,
  useApplicationForm,
  useBooths,
  useFairApplicants,
  useMyOffers,
  useQuote,
  useTimeline,
} from './applications-api';
import { BoothsCard } from './BoothsCard';
import { DecisionLetter } from './DecisionLetter';
import { PaymentCard } from './PaymentCard';
import { VietQrCard } from './VietQrCard';
import { QuoteTable } from './QuoteTable';
import { StatusBadge } from './StatusBadge';
import { WishesCard } from './WishesCard';

/** Step 6: one application: where it stands, the letter, what to pay, the booth on the plan. */
export default function ApplicationPage({ applicationId }: { applicationId: string }) {
  const { t, i18n } = useTranslation();
  const application = useApplication(applicationId);
  // Asked beside the application, not once it has answered.
  const timeline = useTimeline(applicationId);
  const app = application.data;
  const fairId = app?.fairId ?? '';
  const form = useApplicationForm(fairId);
  const applicants = useFairApplicants(fairId);
  const priced = app?.status === 'draft' || app?.status === 'submitted';
  const quote = useQuote(applicationId, Boolean(app) && priced);
  const booths = useBooths(applicationId, app?.status === 'approved');
  const offers = useMyOffers();
  if (application.isPending) return <Loading />;
  if (application.isError || !app) return <ErrorState error={application.error} />;
  const fairName = form.data ? nameIn(form.data, i18n.language) : '';
  const offer = offers.data?.find((o) => o.applicationId === app.id && o.status === 'pending');
  const nearNames = new Map((applicants.data ?? []).map((a) => [a.producerId, a.name]));
  return (
    <Stack maw={720}>
      <PageTitle>{t('producerApplications.page.title', { reference: app.reference })}</PageTitle>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text size="sm" c="dimmed">
            {t('producerApplications.page.fair')}
          </Text>
          <Anchor component={Link} to={`/fairs/${app.fairId}`} fw={600}>
            {fairName || t('producerApplications.page.openFair')}
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
      <PaymentCard app={app} />
      {app.fee && <VietQrCard applicationId={app.id} />}
      {app.status === 'approved' && <BoothsCard applicationId={app.id} booths={booths.data} />}
      {priced && quote.data && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('producerApplications.quote.title')}
          </Title>
          <QuoteTable quote={quote.data} />
          <Text size="xs" c="dimmed" mt="xs">
            {t('producerApplications.quote.hint')}
          </Text>
        </Card>
      )}
      <WishesCard app={app} form={form.data} nearNames={nearNames} />
      <ApplicationActions app={app} withdrawalDeadline={textOf(form.data?.withdrawalDeadline)} />
    </Stack>
  );
}
