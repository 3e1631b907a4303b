import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InquiryStatus } from './inbox-api';

const COLOURS: Record<InquiryStatus, string> = { new: 'blue', replied: 'tre', closed: 'gray' };

export function InquiryStatusBadge({ status }: { status: InquiryStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="light">
      {t(`producerInbox.inquiries.status.${status}`)}
    </Badge>
  );
}
