import { Button, Modal, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@web/api/client';
import { FormError } from '@web/ui/FormError';
import type { Payer } from './payments-api';

const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** Money received by hand: amount (prefilled with what is asked), day, transfer or cash. */
export function RecordPaymentModal({
  fairId,
  payer,
  onClose,
  onSaved,
}: {
  fairId: string;
  payer: Payer;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState(payer.asked?.amount ?? payer.outstanding);
  const [paidOn, setPaidOn] = useState(today());
  const [method, setMethod] = useState<'transfer' | 'cash'>('transfer');
  const [reference, setReference] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST('/api/v1/fairs/{fairId}/payments', {
          params: { path: { fairId } },
          body: {
            applicationId: payer.applicationId,
            amount: amount.replace(/[.\s]/g, ''),
            paidOn,
            method,
            ...(reference.trim() ? { reference: reference.trim() } : {}),
          },
        }),
      );
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('payments.record.title', { name: payer.producerName })}
    >
      <Stack>
        <TextInput
          label={t('payments.record.amount')}
          value={amount}
          onChange={(e) => setAmount(e.currentTarget.value)}
          inputMode="numeric"
        />
        <TextInput
          label={t('payments.record.paidOn')}
          type="date"
          value={paidOn}
          onChange={(e) => setPaidOn(e.currentTarget.value)}
        />
        <SegmentedControl
          aria-label={t('payments.record.method')}
          value={method}
          onChange={(v) => setMethod(v as 'transfer' | 'cash')}
          data={[
            { value: 'transfer', label: t('payments.record.transfer') },
            { value: 'cash', label: t('payments.record.cash') },
          ]}
        />
        <TextInput
          label={t('payments.record.reference')}
          value={reference}
          onChange={(e) => setReference(e.currentTarget.value)}
        />
        <FormError error={error} />
        <Button onClick={save} loading={busy}>
          {t('payments.record.save')}
        </Button>
      </Stack>
    </Modal>
  );
}
