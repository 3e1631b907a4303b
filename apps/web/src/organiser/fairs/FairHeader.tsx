import { Group, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { formatDayRange } from '@web/format/format';
import { PageTitle } from '@web/ui/PageTitle';
import { FairStatusBadge } from './FairStatusBadge';
import { type Fair, fairName } from './fairs-api';

export type FairTab =
  | 'details'
  | 'applications'
  | 'payments'
  | 'plan'
  | 'allocation'
  | 'waitlist'
  | 'showcases'
  | 'exports'
  | 'check-ins';

/** A fair's name, status and days above its tabs; each tab is its own address. */
export function FairHeader({ fair, tab }: { fair: Fair; tab: FairTab }) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const first = fair.days[0]?.date;
  const last = fair.days[fair.days.length - 1]?.date;
  return (
    <Stack gap="xs">
      <Group gap="sm" align="baseline">
        <PageTitle>{fairName(fair, i18n.language)}</PageTitle>
        <FairStatusBadge status={fair.status} />
      </Group>
      {first && last && (
        <Text size="sm" c="dimmed" mt={-12}>
          {formatDayRange(first, last)} · {fair.venueName}
        </Text>
      )}
      <Tabs
        value={tab}
        onChange={(value) =>
          navigate(value === 'details' ? `/fairs/${fair.id}` : `/fairs/${fair.id}/${value}`)
        }
      >
        <Tabs.List>
          <Tabs.Tab value="details">{t('organiser.fair.tabDetails')}</Tabs.Tab>
          <Tabs.Tab value="applications">{t('organiser.fair.tabApplications')}</Tabs.Tab>
          <Tabs.Tab value="payments">{t('organiser.fair.tabPayments')}</Tabs.Tab>
          <Tabs.Tab value="plan">{t('plan.tab')}</Tabs.Tab>
          <Tabs.Tab value="allocation">{t('plan.board.tab')}</Tabs.Tab>
          <Tabs.Tab value="waitlist">{t('outreach.waitlist.title')}</Tabs.Tab>
          <Tabs.Tab value="showcases">{t('showcases.tab')}</Tabs.Tab>
          <Tabs.Tab value="exports">{t('showcases.exports.tab')}</Tabs.Tab>
          <Tabs.Tab value="check-ins">{t('gate.organiser.title')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
    </Stack>
  );
}
