import { Alert, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@web/format/format';
import type { FeeQuote } from './applications-api';
import { textOf } from './name-in';

/** A quote's money, line by line, and why support would be smaller or none. */
export function QuoteTable({ quote }: { quote: FeeQuote }) {
  const { t } = useTranslation();
  const programme = textOf(quote.programme) ?? '';
  const rows: [string, string, boolean?][] = [
    [t('producerApplications.quote.fee'), formatMoney(quote.fee)],
    ...(programme
      ? [
          [
            t('producerApplications.quote.subsidy', { programme }),
            `− ${formatMoney(quote.subsidy)}`,
          ],
        ]
      : []),
    [t('producerApplications.quote.amountDue'), formatMoney(quote.amountDue), true],
    [
      t('producerApplications.quote.deposit', { percent: quote.depositPercent }),
      formatMoney(quote.deposit),
    ],
    [t('producerApplications.quote.balance'), formatMoney(quote.balance)],
  ] as [string, string, boolean?][];
  return (
    <>
      <Table>
        <Table.Tbody>
          {rows.map(([label, amount, strong]) => (
            <Table.Tr key={label}>
              <Table.Td fw={strong ? 700 : undefined}>{label}</Table.Td>
              <Table.Td ta="right" fw={strong ? 700 : undefined} style={{ whiteSpace: 'nowrap' }}>
                {amount}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {quote.budgetLimited && (
        <Text size="sm" mt="xs">
          {t('producerApplications.quote.budgetLimited')}
        </Text>
      )}
      {quote.unmet.length > 0 && (
        <Alert color="yellow" mt="xs" title={t('producerApplications.quote.unmet')}>
          <List size="sm">
            {quote.unmet.map((u) => (
              <List.Item key={u.code}>{u.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}
