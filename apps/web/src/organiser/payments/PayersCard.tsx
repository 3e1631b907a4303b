import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@web/api/client';
import { formatDay, formatMoney } from '@web/format/format';
import { notifyDone } from '../notify';
import { type Payer, type PayerFilter, paymentsKey, receiptUrl, usePayers } from './payments-api';
import { RecordPaymentModal } from './RecordPaymentModal';

const FILTERS: PayerFilter[] = ['all', 'unpaid', 'deposit_paid', 'paid', 'overdue'];
const COLOUR = { unpaid: 'gray.7', deposit_paid: 'yellow', paid: 'tre' } as const;

/** Who has paid what: filters, record money, receipts, release an overdue booth. */
export function PayersCard({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [filter, setFilter] = useState<PayerFilter>('all');
  const [q, setQ] = useState('');
  const [recording, setRecording] = useState<Payer | null>(null);
  const payers = usePayers(fairId, filter, q.trim());
  const refresh = () => client.invalidateQueries({ queryKey: paymentsKey(fairId) });
  const release = async (p: Payer) => {
    if (!window.confirm(t('payments.payers.releaseConfirm', { name: p.producerName }))) return;
    const res = await unwrap(
      api.POST('/api/v1/fairs/{fairId}/payments/release-unpaid', {
        params: { path: { fairId } },
        body: { applicationId: p.applicationId },
      }),
    );
    notifyDone(t('payments.payers.released', { offers: res.offers }));
    await refresh();
  };
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('payments.payers.title')}
        </Title>
        <Group>
          <SegmentedControl
            value={filter}
            onChange={(v) => setFilter(v as PayerFilter)}
            data={FILTERS.map((f) => ({ value: f, label: t(`payments.payers.filter.${f}`) }))}
          />
          <TextInput
            placeholder={t('payments.payers.search')}
            aria-label={t('payments.payers.search')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
        </Group>
        {payers.data && payers.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('payments.payers.none')}
          </Text>
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('payments.payers.producer')}</Table.Th>
                <Table.Th>{t('payments.payers.reference')}</Table.Th>
                <Table.Th ta="right">{t('payments.payers.due')}</Table.Th>
                <Table.Th ta="right">{t('payments.payers.paid')}</Table.Th>
                <Table.Th ta="right">{t('payments.payers.outstanding')}</Table.Th>
                <Table.Th>{t('payments.payers.next')}</Table.Th>
                <Table.Th>{t('payments.payers.receipts')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(payers.data ?? []).map((p) => (
                <Table.Tr key={p.applicationId}>
                  <Table.Td>{p.producerName}</Table.Td>
                  <Table.Td ff="monospace">{p.reference}</Table.Td>
                  <Table.Td ta="right">{formatMoney(p.amountDue)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(p.amountPaid)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(p.outstanding)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge color={COLOUR[p.status]} autoContrast>
                        {t(`payments.payers.status.${p.status}`)}
                      </Badge>
                      {p.overdue && <Badge color="red.9">{t('payments.payers.overdue')}</Badge>}
                      {p.asked && (
                        <Text size="xs">
                          {formatMoney(p.asked.amount)} · {formatDay(p.asked.dueOn)}
                        </Text>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      {p.payments.map((pay) => (
                        <Anchor key={pay.id} href={receiptUrl(fairId, pay.id)} size="xs">
                          {t('payments.payers.receipt', { no: pay.receiptNo })}
                        </Anchor>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {p.status !== 'paid' && (
                        <Button size="xs" variant="default" onClick={() => setRecording(p)}>
                          {t('payments.payers.record')}
                        </Button>
                      )}
                      {p.overdue && (
                        <Button
                          size="xs"
                          color="red"
                          variant="light"
                          onClick={() => void release(p)}
                        >
                          {t('payments.payers.release')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {recording && (
        <RecordPaymentModal
          fairId={fairId}
          payer={recording}
          onClose={() => setRecording(null)}
          onSaved={() => {
            setRecording(null);
            notifyDone(t('payments.record.saved'));
            void refresh();
          }}
        />
      )}
    </Card>
  );
}
