import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { FairHeader } from '../fairs/FairHeader';
import { useFair } from '../fairs/fairs-api';
import { OfferButton } from './OfferButton';
import { OfferTable } from './OfferTable';
import { QueueTable } from './QueueTable';
import { useWaitlist, useZoneNames } from './waitlist-api';

/** A fair's waiting list: offers out and their time left, answers, and who is next in line. */
export default function WaitlistPage({ fairId }: { fairId: string }) {
  const { t, i18n } = useTranslation();
  const fair = useFair(fairId);
  const zoneNames = useZoneNames(fairId, i18n.language);
  const waitlist = useWaitlist(fairId);
  if (fair.isPending || waitlist.isPending) return <Loading />;
  if (fair.isError) return <ErrorState error={fair.error} />;
  if (waitlist.isError) return <ErrorState error={waitlist.error} />;
  const { offers, queue, freeBooths } = waitlist.data;
  // The moment the list was read: time left is counted from it, as the answer stood then.
  const now = new Date(waitlist.dataUpdatedAt);
  return (
    <Stack>
      <FairHeader fair={fair.data} tab="waitlist" />
      <Card withBorder>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('outreach.waitlist.offers')}
          </Title>
          {offers.length ? (
            <OfferTable offers={offers} now={now} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('outreach.waitlist.noOffers')}
            </Text>
          )}
        </Stack>
      </Card>
      <Card withBorder>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('outreach.waitlist.queue')}
          </Title>
          {queue.length ? (
            <QueueTable queue={queue} zoneNames={zoneNames} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('outreach.waitlist.noQueue')}
            </Text>
          )}
          <Title order={3} size="h5">
            {t('outreach.waitlist.free', { count: freeBooths.length })}
          </Title>
          <Text size="sm">{freeBooths.join(', ') || t('outreach.waitlist.noFree')}</Text>
          <OfferButton fairId={fairId} waitlist={waitlist.data} />
        </Stack>
      </Card>
    </Stack>
  );
}
