import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Application } from './applications-api';

/** Filled shades with at least 4.5:1 for their text (autoContrast puts dark text on yellow). */
const COLOURS: Record<Application['status'], string> = {
  draft: 'gray.7',
  submitted: 'blue.8',
  approved: 'tre',
  rejected: 'red.9',
  waitlisted: 'yellow',
  withdrawn: 'gray.7',
};

/** Never narrowed beside a long fair name: the status is the line's point ("ĐƯỢC DU…" was not). */
export function StatusBadge({ status }: { status: Application['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} autoContrast style={{ flexShrink: 0 }}>
      {t(`producer.status.${status}`)}
    </Badge>
  );
}
