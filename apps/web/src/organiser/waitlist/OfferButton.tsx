import { Button, Group, NumberInput, Text } from '@mantine/core';
import { modals } from '@web/ui/modals';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '@web/ui/FormError';
import { notifyDone } from '../notify';
import { makeOffers, type Waitlist, waitlistKey } from './waitlist-api';

/** Offers the free booths down the waiting list, once the organiser has read what will happen. */
export function OfferButton({ fairId, waitlist }: { fairId: string; waitlist: Waitlist }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [hours, setHours] = useState<number>(48);
  const [error, setError] = useState<unknown>();
  const waiting = waitlist.queue.filter((e) => !e.pendingOfferId).length;
  const booths = waitlist.freeBooths.length;

  const offer = async () => {
    setError(undefined);
    try {
      const round = await makeOffers(fairId, hours);
      notifyDone(t('outreach.waitlist.made', { count: round.offers.length }));
      await client.invalidateQueries({ queryKey: waitlistKey(fairId) });
    } catch (caught) {
      setError(caught);
    }
  };
  const confirm = () =>
    modals.openConfirmModal({
      withCloseButton: false,
      title: t('outreach.waitlist.confirmTitle', { booths }),
      children: (
        <Text size="sm">{t('outreach.waitlist.confirmBody', { queue: waiting, hours })}</Text>
      ),
      labels: { confirm: t('outreach.waitlist.confirm'), cancel: t('common.cancel') },
      onConfirm: () => void offer(),
    });

  return (
    <>
      <Group align="end">
        <NumberInput
          label={t('outreach.waitlist.hours')}
          min={1}
          max={336}
          value={hours}
          onChange={(v) => setHours(typeof v === 'number' ? v : 48)}
          w={200}
        />
        <Button disabled={!booths || !waiting} onClick={confirm}>
          {t('outreach.waitlist.offer')}
        </Button>
      </Group>
      <FormError error={error} />
    </>
  );
}
