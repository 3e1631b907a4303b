import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { type Fair, fairName } from '../fairs/fairs-api';
import type { DashboardFair } from './dashboard-api';
import { Section } from './Section';

/** Applications without a decision, and decisions not released yet, per live fair. */
export function ReviewQueueCard({
  fairs,
  figures,
}: {
  fairs: Fair[];
  figures: Map<string, DashboardFair> | undefined;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('organiser.dashboard.review')}>
      {fairs.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('organiser.dashboard.noLiveFairs')}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('organiser.dashboard.fair')}</Table.Th>
              <Table.Th ta="right">{t('organiser.dashboard.waiting')}</Table.Th>
              <Table.Th ta="right">{t('organiser.dashboard.staged')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fairs.map((fair) => (
              <Table.Tr key={fair.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/fairs/${fair.id}/applications`} size="sm">
                    {fairName(fair, i18n.language)}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right" fw={600}>
                  {figures?.get(fair.id)?.waiting ?? '…'}
                </Table.Td>
                <Table.Td ta="right">{figures?.get(fair.id)?.staged ?? '…'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
