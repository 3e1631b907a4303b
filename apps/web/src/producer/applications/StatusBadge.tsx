import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Application } from './applications-api';

const COLOURS: Record<Application['status'], string> = {
  draft: 'gray',
  submitted: 'blue',
  approved: 'tre',
  rejected: 'red',
  waitlisted: 'yellow',
  withdrawn: 'gray',
};

export function StatusBadge({ status }: { status: Application['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} autoContrast>
      {t(`producer.status.${status}`)}
    </Badge>
  );
}
