import { Badge, Button, Card, CopyButton, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@web/format/format';
import type { Application } from './applications-api';

/** What an approved application costs, what is paid, and the transfer reference to quote. */
export function PaymentCard({ app }: { app: Application }) {
  const { t } = useTranslation();
  const fee = app.fee;
  if (!fee) return null;
  const rows = [
    [t('producerApplications.payment.fee'), formatMoney(fee.fee)],
    ...(BigInt(fee.subsidy) > 0n
      ? [[t('producerApplications.payment.subsidy'), `− ${formatMoney(fee.subsidy)}`]]
      : []),
    [t('producerApplications.payment.amountDue'), formatMoney(fee.amountDue)],
    [
      t('producerApplications.payment.deposit', { percent: fee.depositPercent }),
      formatMoney(fee.deposit),
    ],
    [t('producerApplications.payment.balance'), formatMoney(fee.balance)],
    [t('producerApplications.payment.paid'), formatMoney(fee.amountPaid)],
  ] as [string, string][];
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('producerApplications.payment.title')}
        </Title>
        <Badge color={fee.paymentStatus === 'paid' ? 'tre' : 'yellow'} autoContrast>
          {t(`producerApplications.payment.status.${fee.paymentStatus}`)}
        </Badge>
      </Group>
      <Table>
        <Table.Tbody>
          {rows.map(([label, amount]) => (
            <Table.Tr key={label}>
              <Table.Td>{label}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {amount}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {fee.unmet.length > 0 && (
        <Text size="sm" mt="xs">
          {t('producerApplications.payment.unmet', {
            reasons: fee.unmet.map((u) => u.message).join('; '),
          })}
        </Text>
      )}
      <Text size="sm" mt="md">
        {t('producerApplications.payment.howTo')}
      </Text>
      <Group mt={4} gap="sm">
        <Text fw={700} ff="monospace" size="lg">
          {app.reference}
        </Text>
        <CopyButton value={app.reference}>
          {({ copied, copy }) => (
            <Button size="xs" variant="default" onClick={copy}>
              {copied
                ? t('producerApplications.payment.copied')
                : t('producerApplications.payment.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Card>
  );
}
