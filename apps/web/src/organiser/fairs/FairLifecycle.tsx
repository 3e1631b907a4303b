import { Alert, Button, Card, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { modals } from '@web/ui/modals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@web/format/format';
import { FairStatusBadge } from './FairStatusBadge';
import { type Fair, type FairStatus, useChangeStatus, useStatusChanges } from './fairs-api';
import { refusalReason } from './refusal';

/**
 * Where the fair stands and the steps it may take next. Steps cannot be taken back, so each
 * asks first; a step the API refuses shows its reason here.
 */
export function FairLifecycle({ fair }: { fair: Fair }) {
  const { t } = useTranslation();
  const change = useChangeStatus(fair.id);
  const history = useStatusChanges(fair.id);
  const [refused, setRefused] = useState<{ to: FairStatus; error: unknown } | null>(null);

  const ask = (to: FairStatus) => {
    let reason = '';
    modals.openConfirmModal({
      // Cancel is the way out; Mantine's close button has no name to read out.
      withCloseButton: false,
      title: t('organiser.lifecycle.confirmTitle', { to: t(`organiser.fairStatus.${to}`) }),
      children: (
        <Stack gap="sm">
          <Text size="sm">{t(`organiser.lifecycle.explain.${to}`)}</Text>
          <Text size="sm" fw={600}>
            {t('organiser.lifecycle.noUndo')}
          </Text>
          <Textarea
            label={t('organiser.lifecycle.reason')}
            autosize
            minRows={2}
            onChange={(event) => (reason = event.currentTarget.value)}
          />
        </Stack>
      ),
      labels: { confirm: t(`organiser.lifecycle.to.${to}`), cancel: t('common.cancel') },
      confirmProps: { color: to === 'cancelled' ? 'red.8' : undefined },
      onConfirm: () => {
        setRefused(null);
        change.mutate(
          { to, ...(reason.trim() ? { reason: reason.trim() } : {}) },
          { onError: (error) => setRefused({ to, error }) },
        );
      },
    });
  };

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('organiser.lifecycle.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">
          {t('organiser.lifecycle.now')} <FairStatusBadge status={fair.status} />
        </Text>
        {refused && (
          <Alert color="red" role="alert" title={t('organiser.lifecycle.refusedTitle')}>
            {refusalReason(refused.error, refused.to, t)}
          </Alert>
        )}
        {fair.nextStatuses.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('organiser.lifecycle.noNext')}
          </Text>
        ) : (
          fair.nextStatuses.map((to) => (
            <Button
              key={to}
              variant={to === 'cancelled' ? 'outline' : 'filled'}
              color={to === 'cancelled' ? 'red.8' : undefined}
              loading={change.isPending && change.variables?.to === to}
              onClick={() => ask(to)}
            >
              {t(`organiser.lifecycle.to.${to}`)}
            </Button>
          ))
        )}
        <Title order={3} size="h5" mt="sm">
          {t('organiser.lifecycle.history')}
        </Title>
        <Timeline bulletSize={12} lineWidth={2}>
          {(history.data ?? []).map((step) => (
            <Timeline.Item key={step.id} title={t(`organiser.fairStatus.${step.to}`)}>
              <Text size="xs" c="dimmed">
                {formatDateTime(step.changedAt)}
                {step.changedByName ? ` · ${String(step.changedByName)}` : ''}
              </Text>
              {step.reason && <Text size="xs">{String(step.reason)}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Card>
  );
}
