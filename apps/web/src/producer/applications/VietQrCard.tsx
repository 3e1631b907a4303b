import { Badge, Card, Group, Image, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@web/api/client';
import { formatDay, formatMoney } from '@web/format/format';

/**
 * What to pay now and how: the VietQR code (a bank app fills in account, amount and transfer
 * text) and the same data in words, for a payer at a counter or on another phone.
 */
export function VietQrCard({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const payment = useQuery({
    queryKey: ['producer', 'application', applicationId, 'payment'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/applications/{applicationId}/payment', {
          params: { path: { applicationId } },
        }),
      ),
    retry: false,
  });
  if (!payment.data?.payer.asked) return null;
  const { payer, instructions } = payment.data;
  const asked = payer.asked!;
  if (!instructions) {
    return (
      <Card withBorder>
        <Text size="sm">{t('producerApplications.payment.qr.noAccount')}</Text>
      </Card>
    );
  }
  const rows: [string, string][] = [
    [t('producerApplications.payment.qr.bank'), instructions.bankShortName],
    [t('producerApplications.payment.qr.account'), instructions.accountNumber],
    [t('producerApplications.payment.qr.holder'), instructions.holder],
    [t('producerApplications.payment.qr.amount'), formatMoney(instructions.amount)],
    [t('producerApplications.payment.qr.reference'), instructions.reference],
    [t('producerApplications.payment.qr.dueOn'), formatDay(asked.dueOn)],
  ];
  return (
    <Card withBorder data-testid="vietqr-card">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('producerApplications.payment.qr.title')}
        </Title>
        <Badge color={payer.overdue ? 'red.9' : 'blue.9'}>
          {payer.overdue
            ? t('producerApplications.payment.qr.overdue')
            : asked.kind === 'deposit'
              ? t('producerApplications.payment.qr.kindDeposit')
              : t('producerApplications.payment.qr.kindBalance')}
        </Badge>
      </Group>
      <Stack gap="xs" align="center">
        <Image
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(instructions.qrSvg)}`}
          alt={t('producerApplications.payment.qr.alt', {
            amount: formatMoney(instructions.amount),
            account: instructions.accountNumber,
          })}
          w={220}
          h={220}
        />
        <Text size="sm" c="dimmed" ta="center">
          {t('producerApplications.payment.qr.explain')}
        </Text>
      </Stack>
      <Table mt="sm">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Td>{label}</Table.Td>
              <Table.Td ta="right" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {value}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
