import { Button, Group, List, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@web/api/api-error';
import { formatDay } from '@web/format/format';
import { notifyDone } from '../notify';
import { useGateSettings, useSaveGateSettings } from './check-ins-api';

/** How early before each day's opening the gates admit, and what that makes of each day. */
export function GateSettingsForm({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const settings = useGateSettings(fairId);
  const save = useSaveGateSettings(fairId);
  const [minutes, setMinutes] = useState<number | string | undefined>(undefined);
  if (!settings.data) return null;
  const value = minutes ?? settings.data.earlyEntryMinutes;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(Number(value), {
      onSuccess: () => {
        setMinutes(undefined);
        notifyDone(t('gate.organiser.saved'));
      },
    });
  };
  const error =
    save.error instanceof ApiError
      ? (save.error.fieldErrors().earlyEntryMinutes ?? save.error.message)
      : undefined;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="gate-settings-title">
      <Stack gap="sm">
        <Title id="gate-settings-title" order={2} size="h4">
          {t('gate.organiser.opening')}
        </Title>
        <form onSubmit={submit}>
          <Group align="flex-end">
            <NumberInput
              label={t('gate.organiser.earlyEntry')}
              description={t('gate.organiser.earlyEntryHint')}
              min={0}
              max={720}
              step={15}
              allowDecimal={false}
              value={value}
              error={error}
              onChange={setMinutes}
              w={420}
            />
            <Button type="submit" loading={save.isPending}>
              {t('gate.organiser.save')}
            </Button>
          </Group>
        </form>
        <List size="sm">
          {settings.data.days.map((day) => (
            <List.Item key={day.date}>
              <Text span fw={600}>
                {formatDay(day.date)}
              </Text>{' '}
              {t('gate.organiser.entryFrom', { time: day.entryFrom })} · {day.opens}–{day.closes}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}
