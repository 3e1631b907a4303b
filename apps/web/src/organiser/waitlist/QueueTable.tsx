import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Waitlist } from './waitlist-api';

/** The waiting list in the order offers go out, and who is already waiting on an answer. */
export function QueueTable({
  queue,
  zoneNames,
}: {
  queue: Waitlist['queue'];
  zoneNames: Map<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <Table striped verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={80}>{t('outreach.waitlist.order')}</Table.Th>
          <Table.Th>{t('outreach.waitlist.producer')}</Table.Th>
          <Table.Th>{t('outreach.waitlist.priority')}</Table.Th>
          <Table.Th>{t('outreach.waitlist.size')}</Table.Th>
          <Table.Th>{t('outreach.waitlist.zones')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {queue.map((entry, i) => (
          <Table.Tr key={entry.applicationId}>
            <Table.Td>{i + 1}</Table.Td>
            <Table.Td>
              <Text size="sm" fw={600}>
                {entry.producerName}
              </Text>
            </Table.Td>
            <Table.Td>{entry.priority}</Table.Td>
            <Table.Td>{entry.size}</Table.Td>
            <Table.Td>
              {entry.zones.map((code) => zoneNames.get(code) ?? code).join(', ') || '—'}
            </Table.Td>
            <Table.Td>
              {entry.pendingOfferId && (
                <Text size="xs" fw={600}>
                  {t('outreach.waitlist.waiting')}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
