import { Alert, List, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DuplicateRows } from './DuplicateRows';
import { RefusedRows } from './RefusedRows';
import type { VisitorImport } from './visitors-api';

/** Where an import stands: a bar by bytes read while it runs, then what it made of each row. */
export function ImportProgress({ job }: { job: VisitorImport }) {
  const { t } = useTranslation();
  const percent = job.status === 'completed' ? 100 : Math.round(job.progress.percent);
  const done = job.status === 'completed';
  return (
    <Stack gap="xs">
      <Progress
        value={percent}
        size="lg"
        aria-label={t('outreach.import.progress', { name: job.filename, percent })}
        animated={!done && job.status !== 'failed'}
      />
      <Text size="sm" role="status">
        {done
          ? t('outreach.import.done', { name: job.filename })
          : job.status === 'failed'
            ? t('outreach.import.failed', { name: job.filename, reason: job.failure ?? '' })
            : `${t('outreach.import.running')} ${t('outreach.import.rows', { count: job.progress.rowsRead })}`}
      </Text>
      {done && (
        <>
          <List size="sm" spacing={4}>
            <List.Item>{t('outreach.import.created', { count: job.counts.created })}</List.Item>
            <List.Item>{t('outreach.import.rejected', { count: job.counts.rejected })}</List.Item>
          </List>
          {job.counts.merged > 0 && (
            <Alert color="yellow" styles={{ message: { color: 'var(--mantine-color-text)' } }}>
              {t('outreach.import.merged', { count: job.counts.merged })}
            </Alert>
          )}
          <DuplicateRows importId={job.id} count={job.counts.merged} />
          <RefusedRows importId={job.id} count={job.counts.rejected} />
        </>
      )}
    </Stack>
  );
}
