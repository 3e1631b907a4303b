import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CampaignStatus } from './campaigns-api';

const COLOURS: Record<CampaignStatus, string> = {
  draft: 'gray.7',
  scheduled: 'blue.8',
  sending: 'yellow.4',
  sent: 'tre.8',
  cancelled: 'red.8',
};

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} autoContrast>
      {t(`outreach.campaigns.statuses.${status}`)}
    </Badge>
  );
}
