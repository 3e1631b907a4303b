import { Button, Card, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { modals } from '@web/ui/modals';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@web/format/format';
import { FormError } from '@web/ui/FormError';
import { notifyDone } from '../notify';
import {
  campaignKey,
  type Funnel,
  remind,
  type ReminderAudience,
  useReminders,
} from './campaigns-api';

type Offered = 'unanswered' | 'accepted_not_checked_in' | 'accepted' | 'declined';

/** Who each reminder would reach, counted from the funnel the screen already shows. */
const countsOf = (f: Funnel): Record<Offered, number> => ({
  unanswered: f.invited - f.answered,
  accepted_not_checked_in: f.accepted - f.attended,
  accepted: f.accepted,
  declined: f.declined,
});

/** A reminder to those in one answer state (e.g. not answered yet), after a count is confirmed. */
export function ReminderPanel({ campaignId, funnel }: { campaignId: string; funnel: Funnel }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const reminders = useReminders(campaignId);
  const [audience, setAudience] = useState<Offered>('unanswered');
  const [error, setError] = useState<unknown>();
  const counts = countsOf(funnel);
  const count = counts[audience];

  const send = async () => {
    try {
      await remind(campaignId, audience);
      notifyDone(t('outreach.reminders.started'));
      await client.invalidateQueries({ queryKey: [...campaignKey(campaignId), 'reminders'] });
    } catch (caught) {
      setError(caught);
    }
  };
  const confirm = () =>
    modals.openConfirmModal({
      withCloseButton: false,
      title: t('outreach.reminders.confirmTitle', { count }),
      children: <Text size="sm">{t('outreach.reminders.confirmBody', { count })}</Text>,
      labels: { confirm: t('outreach.reminders.confirm', { count }), cancel: t('common.cancel') },
      onConfirm: () => void send(),
    });

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('outreach.reminders.title')}
        </Title>
        <FormError error={error} />
        <Group align="end">
          <Select
            label={t('outreach.reminders.audience')}
            data={(Object.keys(counts) as Offered[]).map((a) => ({
              value: a,
              label: t(`outreach.reminders.${a}`, { count: counts[a] }),
            }))}
            value={audience}
            onChange={(v) => v && setAudience(v as Offered)}
            allowDeselect={false}
            w={340}
          />
          <Button variant="light" disabled={count === 0} onClick={confirm}>
            {t('outreach.reminders.send')}
          </Button>
        </Group>
        <Text fw={600} size="sm">
          {t('outreach.reminders.list')}
        </Text>
        {reminders.data?.length ? (
          <List size="sm">
            {reminders.data.map((r) => (
              <List.Item key={r.id}>
                {t('outreach.reminders.row', {
                  when: formatDateTime(r.scheduledAt),
                  audience: t(`outreach.reminders.audiences.${r.audience as ReminderAudience}`),
                  sent: r.sent,
                })}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('outreach.reminders.none')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
