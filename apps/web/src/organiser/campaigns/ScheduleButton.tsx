import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@web/format/format';
import { FormError } from '@web/ui/FormError';
import { notifyDone } from '../notify';
import { type Campaign, campaignKey, scheduleCampaign, unscheduleCampaign } from './campaigns-api';

/** A Hà Nội day and time as an instant (Hà Nội keeps UTC+7 all year). */
const instant = (day: string, time: string) => new Date(`${day}T${time}:00+07:00`);

/**
 * Schedules the campaign for a day and time read as Hà Nội time, whatever the device's zone;
 * the draft is saved first so the count stated is what will be sent.
 */
export function ScheduleButton(props: {
  campaignId: string;
  save: () => Promise<Campaign | undefined>;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [open, setOpen] = useState<Campaign>();
  const [day, setDay] = useState('');
  const [time, setTime] = useState('08:00');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  // "Now" as of opening the dialog: a render reads no clock.
  const [openedAt, setOpenedAt] = useState(0);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day) && /^\d{2}:\d{2}$/.test(time);
  const past = valid && instant(day, time).getTime() <= openedAt;

  const start = async () => {
    setBusy(true);
    const saved = await props.save();
    setBusy(false);
    if (!saved) return;
    setOpenedAt(Date.now());
    setOpen(saved);
  };
  const schedule = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const done = await scheduleCampaign(props.campaignId, day, time);
      client.setQueryData(campaignKey(props.campaignId), done);
      notifyDone(t('outreach.schedule.scheduled', { at: formatDateTime(done.scheduledAt) }));
      setOpen(undefined);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="default" loading={busy && !open} onClick={() => void start()}>
        {t('outreach.schedule.open')}
      </Button>
      {open && (
        <Modal opened onClose={() => setOpen(undefined)} title={t('outreach.schedule.title')}>
          <Stack gap="sm">
            <Text size="sm">
              {t('outreach.schedule.explain', { count: open.audienceSize ?? 0 })}
            </Text>
            <Group grow>
              <TextInput
                type="date"
                label={t('outreach.schedule.day')}
                value={day}
                onChange={(e) => setDay(e.currentTarget.value)}
              />
              <TextInput
                type="time"
                label={t('outreach.schedule.time')}
                value={time}
                onChange={(e) => setTime(e.currentTarget.value)}
                error={past ? t('outreach.schedule.past') : undefined}
              />
            </Group>
            <FormError error={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(undefined)}>
                {t('common.cancel')}
              </Button>
              <Button disabled={!valid || past} loading={busy} onClick={() => void schedule()}>
                {t('outreach.schedule.save', {
                  at: valid ? formatDateTime(instant(day, time)) : '…',
                })}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
}

/** A scheduled campaign says when it will send, in Hà Nội time, and can go back to a draft. */
export function ScheduledNote({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  if (campaign.status !== 'scheduled' || !campaign.scheduledAt) return null;
  const cancel = async () => {
    setBusy(true);
    try {
      const back = await unscheduleCampaign(campaign.id);
      client.setQueryData(campaignKey(campaign.id), back);
      notifyDone(t('outreach.schedule.cancelled'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert color="blue" role="status">
      <Group justify="space-between">
        <Text size="sm">
          {t('outreach.schedule.note', { at: formatDateTime(campaign.scheduledAt) })}
        </Text>
        <Button size="compact-sm" variant="light" loading={busy} onClick={() => void cancel()}>
          {t('outreach.schedule.cancel')}
        </Button>
      </Group>
      <FormError error={error} />
    </Alert>
  );
}
