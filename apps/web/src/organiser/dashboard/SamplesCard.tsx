import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@web/format/format';
import { type Fair, fairName } from '../fairs/fairs-api';
import { FairStatusBadge } from '../fairs/FairStatusBadge';
import type { DashboardFair } from './dashboard-api';
import { Section } from './Section';

/** Showcase samples still in the organisers' hands, per fair. */
export function SamplesCard({
  fairs,
  figures,
}: {
  fairs: Fair[];
  figures: Map<string, DashboardFair> | undefined;
}) {
  const { t, i18n } = useTranslation();
  const rows = fairs
    .map((fair) => ({ fair, report: figures?.get(fair.id) }))
    .filter(({ report }) => !report || report.unreturned > 0);
  return (
    <Section title={t('organiser.dashboard.samples')}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('organiser.dashboard.noSamples')}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('organiser.dashboard.fair')}</Table.Th>
              <Table.Th>{t('organiser.fairs.status')}</Table.Th>
              <Table.Th ta="right">{t('organiser.dashboard.notReturned')}</Table.Th>
              <Table.Th ta="right">{t('organiser.dashboard.declaredValue')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ fair, report }) => (
              <Table.Tr key={fair.id}>
                <Table.Td>{fairName(fair, i18n.language)}</Table.Td>
                <Table.Td>
                  <FairStatusBadge status={fair.status} />
                </Table.Td>
                <Table.Td ta="right" fw={600}>
                  {report?.unreturned ?? '…'}
                </Table.Td>
                <Table.Td ta="right">{report ? formatMoney(report.unreturnedValue) : '…'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
