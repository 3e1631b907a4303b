import { Button, Group, Paper, Text } from '@mantine/core';
import { modals } from '@web/ui/modals';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyDone } from '../notify';
import { FormError } from '@web/ui/FormError';
import { previewRelease, releaseDecisions, useRefreshReview, useStagedCount } from './review-api';
import { ReleasePreviewView } from './ReleasePreviewView';

/** The API releases at most this many named applications at once. */
const MAX_NAMED = 1000;

/**
 * Staged decisions waiting to be told, and the release: the organiser first sees how many
 * letters go out and reads one of each kind, then confirms; exactly what was shown is released.
 */
export function ReleaseBar({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const staged = useStagedCount(fairId);
  const refresh = useRefreshReview(fairId);
  const busy = useRef(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>();
  const count = staged.data ?? 0;

  const release = async (ids?: string[]) => {
    try {
      const result = await releaseDecisions(fairId, ids);
      notifyDone(t('desk.release.done', { count: result.released, letters: result.letters }));
      await refresh();
    } catch (caught) {
      setError(caught);
    }
  };

  const open = async () => {
    if (busy.current) return;
    busy.current = true;
    setLoading(true);
    setError(undefined);
    try {
      const preview = await previewRelease(fairId);
      modals.openConfirmModal({
        // Cancel is the way out; Mantine's close button has no name to read out.
        withCloseButton: false,
        title: t('desk.release.confirmTitle', { count: preview.staged }),
        size: 'xl',
        children: <ReleasePreviewView preview={preview} />,
        labels: {
          confirm: t('desk.release.confirm', { count: preview.letters }),
          cancel: t('common.cancel'),
        },
        onConfirm: () =>
          void release(
            preview.applicationIds.length <= MAX_NAMED ? preview.applicationIds : undefined,
          ),
      });
    } catch (caught) {
      setError(caught);
    } finally {
      busy.current = false;
      setLoading(false);
    }
  };

  return (
    <Paper withBorder p="sm">
      <Group justify="space-between">
        <Text size="sm" role="status">
          {count ? t('desk.release.waiting', { count }) : t('desk.release.nothing')}
        </Text>
        <Button variant="filled" disabled={!count} loading={loading} onClick={() => void open()}>
          {t('desk.release.open')}
        </Button>
      </Group>
      <FormError error={error} />
    </Paper>
  );
}
