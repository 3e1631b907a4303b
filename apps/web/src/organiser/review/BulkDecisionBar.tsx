import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { modals } from '@web/ui/modals';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyDone } from '../notify';
import { FormError } from '@web/ui/FormError';
import { type Decision, stageDecisions, useRefreshReview } from './review-api';

/** The API stages at most this many decisions in one request (all or nothing). */
export const MAX_BULK = 500;

/**
 * Stages one decision for the picked applications. Staged decisions reach nobody until they
 * are released, so they need no confirmation; a rejection needs its reason (the letter says it).
 */
export function BulkDecisionBar({
  fairId,
  selected,
  onDone,
}: {
  fairId: string;
  selected: string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshReview(fairId);
  const busy = useRef(false);
  const [pending, setPending] = useState<Decision | null>(null);
  const [error, setError] = useState<unknown>();
  const tooMany = selected.length > MAX_BULK;

  const stage = async (decision: Decision, reason?: string) => {
    if (busy.current) return;
    busy.current = true;
    setPending(decision);
    setError(undefined);
    try {
      const result = await stageDecisions(fairId, {
        decision,
        applicationIds: selected,
        ...(reason ? { reason } : {}),
      });
      notifyDone(
        t('desk.bulk.staged', {
          count: result.items.length,
          decision: t(`desk.status.${decision}`),
        }),
      );
      onDone();
      await refresh();
    } catch (caught) {
      setError(caught);
    } finally {
      busy.current = false;
      setPending(null);
    }
  };

  const askReason = () =>
    modals.open({
      // Cancel is the way out; Mantine's close button has no name to read out.
      withCloseButton: false,
      title: t('desk.bulk.rejectTitle', { count: selected.length }),
      children: (
        <RejectReason
          onSubmit={(reason) => {
            modals.closeAll();
            void stage('rejected', reason);
          }}
        />
      ),
    });

  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-tre-0)">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600} role="status">
            {t('desk.bulk.selected', { count: selected.length })}
          </Text>
          <Group gap="xs">
            <Button
              disabled={tooMany}
              loading={pending === 'approved'}
              onClick={() => void stage('approved')}
            >
              {t('desk.bulk.approve')}
            </Button>
            <Button
              color="yellow.5"
              autoContrast
              disabled={tooMany}
              loading={pending === 'waitlisted'}
              onClick={() => void stage('waitlisted')}
            >
              {t('desk.bulk.waitlist')}
            </Button>
            <Button
              color="red.8"
              disabled={tooMany}
              loading={pending === 'rejected'}
              onClick={askReason}
            >
              {t('desk.bulk.reject')}
            </Button>
            <Button variant="subtle" onClick={onDone}>
              {t('desk.bulk.clear')}
            </Button>
          </Group>
        </Group>
        {tooMany && <Alert color="yellow">{t('desk.bulk.tooMany', { max: MAX_BULK })}</Alert>}
        <FormError error={error} />
      </Stack>
    </Paper>
  );
}

function RejectReason({ onSubmit }: { onSubmit: (reason: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!reason.trim()) return setMissing(true);
        onSubmit(reason.trim());
      }}
    >
      <Stack>
        <Textarea
          label={t('desk.bulk.reason')}
          description={t('desk.bulk.reasonHint')}
          required
          autosize
          minRows={3}
          data-autofocus
          value={reason}
          error={missing ? t('desk.bulk.reasonRequired') : undefined}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => modals.closeAll()}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red.8">
            {t('desk.bulk.rejectSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
