import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApplicationActions } from './ApplicationActions';
import {
  type Application,
  type ProducerBooths,
  useApplicationForm,
  useFairApplicants,
  useQuote,
} from './applications-api';
import { BoothsCard } from './BoothsCard';
import { textOf } from './name-in';
import { PaymentCard } from './PaymentCard';
import { QuoteTable } from './QuoteTable';
import { VietQrCard } from './VietQrCard';
import { WishesCard } from './WishesCard';

/**
 * The application page below its decision letter: what to pay and how, the booths, the quote,
 * the wishes in the fair's names and the actions. Its own chunk, rendered once the letter has
 * painted, so a phone shows the letter without first fetching and building all of this.
 */
export default function ApplicationDetails({
  app,
  booths,
}: {
  app: Application;
  booths: ProducerBooths | undefined;
}) {
  const { t } = useTranslation();
  const form = useApplicationForm(app.fairId);
  const applicants = useFairApplicants(app.fairId);
  const priced = app.status === 'draft' || app.status === 'submitted';
  const quote = useQuote(app.id, priced);
  const nearNames = new Map((applicants.data ?? []).map((a) => [a.producerId, a.name]));
  return (
    <>
      <PaymentCard app={app} />
      {app.fee && <VietQrCard applicationId={app.id} />}
      {app.status === 'approved' && <BoothsCard applicationId={app.id} booths={booths} />}
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
      <ApplicationActions app={app} withdrawalDeadline={textOf(app.fair.withdrawalDeadline)} />
    </>
  );
}
