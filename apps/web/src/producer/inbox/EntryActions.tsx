import { Button, Group, Text } from '@mantine/core';
import { modals } from '@web/ui/modals';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@web/format/format';
import { FormError } from '@web/ui/FormError';
import { type ProducerSample, productName, useDecideEntry } from './inbox-api';

/**
 * What a producer can do with an open entry: accept or decline the organisers' invitation,
 * withdraw its own proposal. Each is confirmed first: neither can be undone.
 */
export function EntryActions({ sample }: { sample: ProducerSample }) {
  const { t, i18n } = useTranslation();
  const decide = useDecideEntry(sample);
  const busy = useRef(false);
  const name = productName(sample.product, i18n.language);
  const run = (decision: 'accept' | 'decline') => {
    if (busy.current) return;
    busy.current = true;
    decide.mutate(decision, {
      onSettled: () => {
        busy.current = false;
      },
    });
  };
  const confirm = (decision: 'accept' | 'decline') => {
    const key =
      decision === 'accept' ? 'accept' : sample.entryStatus === 'invited' ? 'decline' : 'withdraw';
    modals.openConfirmModal({
      title: t(`producerInbox.samples.confirm.${key}.title`, { product: name }),
      children: (
        <Text size="sm">
          {t(`producerInbox.samples.confirm.${key}.body`, {
            count: sample.quantity,
            value: formatMoney(sample.declaredValue),
          })}
        </Text>
      ),
      labels: { confirm: t(`producerInbox.samples.action.${key}`), cancel: t('common.cancel') },
      confirmProps: decision === 'accept' ? {} : { color: 'red' },
      closeButtonProps: { 'aria-label': t('common.cancel') },
      onConfirm: () => run(decision),
    });
  };
  return (
    <>
      <FormError error={decide.error} />
      <Group gap="sm" mt="xs">
        {sample.entryStatus === 'invited' && (
          <Button size="sm" loading={decide.isPending} onClick={() => confirm('accept')}>
            {t('producerInbox.samples.action.accept')}
          </Button>
        )}
        <Button
          size="sm"
          variant="default"
          disabled={decide.isPending}
          onClick={() => confirm('decline')}
        >
          {t(
            sample.entryStatus === 'invited'
              ? 'producerInbox.samples.action.decline'
              : 'producerInbox.samples.action.withdraw',
          )}
        </Button>
      </Group>
    </>
  );
}
