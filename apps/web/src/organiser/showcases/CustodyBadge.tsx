import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Sample } from './showcases-api';

const COLOURS: Record<string, string> = {
  requested: 'gray',
  received: 'blue',
  on_display: 'tre',
  returned: 'teal',
  sold: 'grape',
  damaged: 'orange',
  lost: 'red',
  cancelled: 'gray',
};

/** Where a sample stands: its custody once accepted, else its entry's status. */
export function CustodyBadge({
  sample,
}: {
  sample: Pick<Sample, 'custodyStatus' | 'entryStatus'>;
}) {
  const { t } = useTranslation();
  const status = sample.custodyStatus;
  return (
    <Badge
      variant="light"
      color={status ? COLOURS[status] : 'yellow'}
      style={{ minWidth: 'max-content' }}
    >
      {status ? t(`showcases.custody.${status}`) : t(`showcases.entry.${sample.entryStatus}`)}
    </Badge>
  );
}
