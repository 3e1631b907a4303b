import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MessageStatus } from './delivery-api';

// Darker shades keep white text at AA contrast; yellow carries dark text.
const COLOURS: Record<MessageStatus, string> = {
  queued: 'gray.7',
  sending: 'blue.8',
  sent: 'tre.8',
  retrying: 'yellow.4',
  failed: 'red.8',
  suppressed: 'gray.7',
};

export function MessageStatusBadge({ status }: { status: MessageStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} autoContrast>
      {t(`outreach.log.statuses.${status}`)}
    </Badge>
  );
}
