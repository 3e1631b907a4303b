import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@web/format/format';
import { type Fair, fairName } from '../fairs/fairs-api';
import type { DashboardFair } from './dashboard-api';
import { Section } from './Section';

/** Each support programme's budget: used against its total, as a bar. */
export function BudgetCard({
  fairs,
  figures,
}: {
  fairs: Fair[];
  figures: Map<string, DashboardFair> | undefined;
}) {
  const { t, i18n } = useTranslation();
  const rows = fairs.flatMap((fair) =>
    (figures?.get(fair.id)?.programmes ?? []).map((programme) => ({ fair, programme })),
  );
  return (
    <Section title={t('organiser.dashboard.budget')}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('organiser.dashboard.noProgrammes')}
        </Text>
      ) : (
        <Stack gap="md">
          {rows.map(({ fair, programme }) => {
            const total = Number(programme.totalBudget);
            const used = Number(programme.budgetUsed);
            const percent = total > 0 ? Math.min(100, (used / total) * 100) : 0;
            const name = fairName(programme, i18n.language);
            return (
              <div key={programme.id}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm" fw={600} truncate title={name}>
                    {name}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatMoney(programme.budgetUsed)} / {formatMoney(programme.totalBudget)}
                  </Text>
                </Group>
                <Progress
                  value={percent}
                  size="lg"
                  color={percent >= 90 ? 'red.8' : 'tre.7'}
                  aria-label={t('organiser.dashboard.budgetBar', {
                    name,
                    percent: Math.round(percent),
                  })}
                />
                <Text size="xs" c="dimmed">
                  {fairName(fair, i18n.language)} ·{' '}
                  {t('organiser.dashboard.remaining', {
                    amount: formatMoney(programme.budgetRemaining),
                  })}
                </Text>
              </div>
            );
          })}
        </Stack>
      )}
    </Section>
  );
}
