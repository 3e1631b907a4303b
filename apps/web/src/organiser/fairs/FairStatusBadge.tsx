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
    <Badge color={COLOURS[status]} variant="light">
      {t(`organiser.fairStatus.${status}`)}
    </Badge>
  );
}
