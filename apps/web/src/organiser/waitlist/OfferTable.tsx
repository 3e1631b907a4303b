import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@web/format/format';
import { OfferStatusBadge } from './OfferStatusBadge';
import { timeLeft } from './time-left';
import type { Offer } from './waitlist-api';

/** Offers made, open ones first: who, which booths, until when, and how each was answered. */
export function OfferTable({ offers, now }: { offers: Offer[]; now: Date }) {
  const { t, i18n } = useTranslation();
  const sorted = [...offers].sort(
    (a, b) =>
      Number(b.status === 'pending') - Number(a.status === 'pending') ||
      String(b.createdAt).localeCompare(String(a.createdAt)),
  );
  return (
    <Table striped verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('outreach.waitlist.producer')}</Table.Th>
          <Table.Th>{t('outreach.waitlist.booths')}</Table.Th>
          <Table.Th>{t('outreach.waitlist.status')}</Table.Th>
          <Table.Th>{t('outreach.waitlist.expires')}</Table.Th>
          <Table.Th>{t('outreach.waitlist.answered')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((offer) => (
          <Table.Tr key={offer.id}>
            <Table.Td>
              <Text size="sm" fw={600}>
                {offer.producerName}
              </Text>
            </Table.Td>
            <Table.Td>{offer.booths.join(', ')}</Table.Td>
            <Table.Td>
              <OfferStatusBadge status={offer.status} />
            </Table.Td>
            <Table.Td>
              <Text size="sm">{formatDateTime(offer.expiresAt)}</Text>
              {offer.status === 'pending' && (
                <Text size="xs" fw={600}>
                  {t('outreach.waitlist.left', {
                    time: timeLeft(new Date(offer.expiresAt), now, i18n.language),
                  })}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{formatDateTime(offer.closedAt as string | null)}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
