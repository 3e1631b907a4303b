import { Alert, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { modals } from '@web/ui/modals';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api, unwrap } from '@web/api/client';
import { formatDateTime } from '@web/format/format';
import { ErrorState } from '@web/ui/ErrorState';
import { FormError } from '@web/ui/FormError';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { nameIn } from './name-in';
import { type Offer, useApplicationForm, useOffer } from './applications-api';
import { timeLeft } from './time-left';
import { useSingleFlight } from './use-single-flight';

/** Step 7: a freed booth offered from the waiting list; accept or decline before it expires. */
export default function WaitlistOfferPage({ offerId }: { offerId: string }) {
  const { t, i18n } = useTranslation();
  const query = useOffer(offerId);
  const form = useApplicationForm(query.data?.fairId ?? '');
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} />;
  const offer = query.data;
  const fair = form.data ? nameIn(form.data, i18n.language) : '…';
  return (
    <Stack maw={720}>
      <PageTitle>{t('producerApplications.offer.title')}</PageTitle>
      <Card withBorder>
        <Stack gap="xs">
          <Badge
            color={offer.status === 'pending' ? 'yellow' : 'gray.7'}
            autoContrast
            style={{ alignSelf: 'flex-start' }}
          >
            {t(`producerApplications.offer.status.${offer.status}`)}
          </Badge>
          <Text>{t('producerApplications.offer.lead', { fair })}</Text>
          <Text fw={700} size="lg">
            {t('producerApplications.offer.booths', { codes: offer.booths.join(', ') })}
          </Text>
          <Text size="sm">
            {t('producerApplications.offer.expires', { when: formatDateTime(offer.expiresAt) })}
          </Text>
          {offer.status === 'pending' && <Countdown until={offer.expiresAt} />}
        </Stack>
      </Card>
      {offer.status === 'pending' && <Answers offer={offer} />}
      <Button component={Link} to={`/applications/${offer.applicationId}`} variant="default">
        {t('producerApplications.offer.application')}
      </Button>
    </Stack>
  );
}

function Countdown({ until }: { until: string }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const left = timeLeft(new Date(until), now);
  if (!left) return <Alert color="gray">{t('producerApplications.offer.status.expired')}</Alert>;
  const time = left.hours
    ? t('producerApplications.offer.hours', left)
    : t('producerApplications.offer.minutes', left);
  return (
    <Text fw={700} c="red.8" role="timer">
      {t('producerApplications.offer.left', { time })}
    </Text>
  );
}

function Answers({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const answer = useMutation({
    mutationFn: (to: 'accept' | 'decline') => {
      const params = { params: { path: { offerId: offer.id } } };
      return unwrap(
        to === 'accept'
          ? api.POST('/api/v1/waitlist-offers/{offerId}/accept', params)
          : api.POST('/api/v1/waitlist-offers/{offerId}/decline', params),
      );
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['waitlist-offers'] });
      void client.invalidateQueries({ queryKey: ['applications'] });
    },
  });
  const accept = useSingleFlight(() => answer.mutateAsync('accept'));
  const decline = useSingleFlight(() => answer.mutateAsync('decline'));
  const confirm = (to: 'accept' | 'decline') =>
    modals.openConfirmModal({
      title: t(`producerApplications.offer.${to}Title`),
      closeButtonProps: { 'aria-label': t('common.cancel') },
      children: <Text size="sm">{t(`producerApplications.offer.${to}Body`)}</Text>,
      labels: { confirm: t(`producerApplications.offer.${to}`), cancel: t('common.cancel') },
      confirmProps: to === 'decline' ? { color: 'red.9' } : {},
      onConfirm: to === 'accept' ? accept : decline,
    });
  return (
    <Stack>
      <FormError error={answer.error} />
      <Group grow>
        <Button variant="default" onClick={() => confirm('decline')} disabled={answer.isPending}>
          {t('producerApplications.offer.decline')}
        </Button>
        <Button onClick={() => confirm('accept')} loading={answer.isPending}>
          {t('producerApplications.offer.accept')}
        </Button>
      </Group>
    </Stack>
  );
}
