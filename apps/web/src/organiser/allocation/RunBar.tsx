import { Alert, Button, Group, List, Progress, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormError } from '@web/ui/FormError';
import { runWarningText } from '../reasons';
import { type Run, startRun } from './board-api';

/** The newest run: start one, watch it work, run again (pins and hand placements are kept). */
export function RunBar({
  fairId,
  run,
  onStarted,
  children,
}: {
  fairId: string;
  run: Run | undefined;
  onStarted: () => void;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const start = useMutation({ mutationFn: () => startRun(fairId), onSuccess: onStarted });
  const busy = run?.status === 'queued' || run?.status === 'running';
  return (
    <Stack gap="xs">
      <FormError error={start.error} />
      <Group justify="space-between">
        <Group gap="xs">
          <Button onClick={() => start.mutate()} loading={start.isPending} disabled={busy}>
            {run ? t('plan.board.rerun') : t('plan.board.start')}
          </Button>
          {children}
        </Group>
        {run?.summary && !busy && (
          <Text size="sm" role="status">
            {t('plan.board.summary', {
              assigned: run.summary.assigned,
              requests: run.summary.requests,
              millis: run.summary.millis,
            })}
          </Text>
        )}
      </Group>
      {busy && (
        <Stack gap={4}>
          <Text size="sm" role="status">
            {t(run.status === 'queued' ? 'plan.board.status.queued' : 'plan.board.status.running', {
              progress: run.progress,
            })}
          </Text>
          <Progress
            value={run.progress}
            aria-label={t('plan.board.progress')}
            animated
            transitionDuration={0}
          />
        </Stack>
      )}
      {run?.status === 'failed' && (
        <Alert color="red" role="alert" title={t('plan.board.failed')}>
          {run.failure}
        </Alert>
      )}
      {run && run.warnings.length > 0 && (
        <Alert color="yellow" title={t('plan.board.warnings')}>
          <List size="sm">
            {run.warnings.map((w, i) => (
              <List.Item key={i}>{runWarningText(t, w)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
