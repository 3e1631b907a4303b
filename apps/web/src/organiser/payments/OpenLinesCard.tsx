import { Badge, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@web/api/client';
import { formatDay, formatMoney } from '@web/format/format';
import { FormError } from '@web/ui/FormError';
import { notifyDone } from '../notify';
import { paymentsKey, type StatementLine, useOpenLines, usePayers } from './payments-api';

/** Over-paid and unmatched credits a person settles: assign to an application, or ignore. */
export function OpenLinesCard({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const lines = useOpenLines(fairId);
  const payers = usePayers(fairId, 'all', '');
  const [chosen, setChosen] = useState<Record<string, string | null>>({});
  const [error, setError] = useState<unknown>(null);
  const settle = async (line: StatementLine, action: 'assign' | 'ignore') => {
    setError(null);
    try {
      await unwrap(
        api.POST('/api/v1/fairs/{fairId}/statement-lines/{lineId}/settle', {
          params: { path: { fairId, lineId: line.id } },
          body:
            action === 'assign'
              ? { action, applicationId: chosen[line.id] ?? line.applicationId ?? undefined }
              : { action },
        }),
      );
      notifyDone(t(action === 'assign' ? 'payments.open.assigned' : 'payments.open.ignored'));
      await client.invalidateQueries({ queryKey: paymentsKey(fairId) });
    } catch (e) {
      setError(e);
    }
  };
  const options = (payers.data ?? []).map((p) => ({
    value: p.applicationId,
    label: `${p.reference} · ${p.producerName}`,
  }));
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('payments.open.title')}
        </Title>
        <FormError error={error} />
        {lines.data && lines.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('payments.open.none')}
          </Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('payments.open.date')}</Table.Th>
                <Table.Th ta="right">{t('payments.open.amount')}</Table.Th>
                <Table.Th>{t('payments.open.text')}</Table.Th>
                <Table.Th>{t('payments.open.outcome')}</Table.Th>
                <Table.Th>{t('payments.open.assignTo')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(lines.data ?? []).map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>{formatDay(l.bookedOn)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(l.amount)}</Table.Td>
                  <Table.Td>{l.description}</Table.Td>
                  <Table.Td>
                    <Badge color={l.outcome === 'over_paid' ? 'orange.9' : 'gray.7'}>
                      {t(`payments.statement.outcome.${l.outcome as 'over_paid' | 'unmatched'}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('payments.open.assignTo')}
                      searchable
                      data={options}
                      value={chosen[l.id] ?? l.applicationId ?? null}
                      onChange={(v) => setChosen({ ...chosen, [l.id]: v })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="xs"
                        disabled={!(chosen[l.id] ?? l.applicationId)}
                        onClick={() => void settle(l, 'assign')}
                      >
                        {t('payments.open.assign')}
                      </Button>
                      <Button size="xs" variant="default" onClick={() => void settle(l, 'ignore')}>
                        {t('payments.open.ignore')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
