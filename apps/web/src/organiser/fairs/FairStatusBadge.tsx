import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FairStatus } from './fairs-api';

const COLOURS: Record<FairStatus, string> = {
  draft: 'gray',
  open: 'tre',
  allocating: 'blue',
  published: 'indigo',
  running: 'orange',
  closed: 'dark',
  cancelled: 'red',
};

export function FairStatusBadge({ status }: { status: FairStatus }) {
  const { t } = useTranslation();
  return (
    // Never cut short in a narrow table cell: the status is the point of the badge.
    <Badge color={COLOURS[status]} variant="light" style={{ minWidth: 'max-content' }}>
      {t(`organiser.fairStatus.${status}`)}
    </Badge>
  );
}
