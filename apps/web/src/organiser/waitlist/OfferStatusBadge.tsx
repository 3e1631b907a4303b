import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OfferStatus } from './waitlist-api';

const COLOURS: Record<OfferStatus, string> = {
  pending: 'yellow.4',
  accepted: 'tre.8',
  declined: 'red.8',
  expired: 'gray.7',
  cancelled: 'gray.7',
};

export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} autoContrast>
      {t(`outreach.waitlist.statuses.${status}`)}
    </Badge>
  );
}
