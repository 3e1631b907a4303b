import { Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '@web/format/format';
import { CustodyBadge } from './CustodyBadge';
import { useUnreturned } from './showcases-api';

/** The samples still in the organisers' hands across the fair: the list to clear at close. */
export function UnreturnedList({ fairId }: { fairId: string }) {
  const { t, i18n } = useTranslation();
  const report = useUnreturned(fairId);
  return (
    <Card withBorder>
      <Title order={2} size="h4">
        {t('showcases.unreturned.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('showcases.unreturned.explain')}
      </Text>
      {!report.data ? null : report.data.total === 0 ? (
        <Text size="sm">{t('showcases.unreturned.none')}</Text>
      ) : (
        <>
          <Text size="sm" fw={600} mb="xs">
            {t('showcases.unreturned.total', {
              count: report.data.total,
              value: formatMoney(report.data.declaredValue),
            })}
          </Text>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('showcases.col.code')}</Table.Th>
                <Table.Th>{t('showcases.col.product')}</Table.Th>
                <Table.Th>{t('showcases.col.producer')}</Table.Th>
                <Table.Th>{t('showcases.col.custody')}</Table.Th>
                <Table.Th>{t('showcases.col.since')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.data.items.map((item) => (
                <Table.Tr key={item.sampleId}>
                  <Table.Td ff="monospace">{item.labelCode}</Table.Td>
                  <Table.Td>
                    {(i18n.language === 'en' && item.product.nameEn) || item.product.nameVi}
                  </Table.Td>
                  <Table.Td>{item.producer.name}</Table.Td>
                  <Table.Td>
                    <CustodyBadge
                      sample={{ custodyStatus: item.custodyStatus, entryStatus: 'accepted' }}
                    />
                  </Table.Td>
                  <Table.Td>{formatDateTime(item.since)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Card>
  );
}
