import { Alert, Box, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@web/ui/ErrorState';
import { FormError } from '@web/ui/FormError';
import { Loading } from '@web/ui/Loading';
import { notifyDone } from '../notify';
import { previewPublication, publishRun } from './board-api';

/**
 * Publication, confirmed knowing what it does: how many producers get booths, how many go to
 * the waiting list, how many letters leave, and one letter as it will be mailed.
 */
export function PublishDialog({
  fairId,
  runId,
  opened,
  onClose,
  onPublished,
}: {
  fairId: string;
  runId: string;
  opened: boolean;
  onClose: () => void;
  onPublished: () => void;
}) {
  const { t } = useTranslation();
  const preview = useQuery({
    queryKey: ['organiser', 'allocation', fairId, 'publish-preview', runId],
    queryFn: () => previewPublication(fairId, runId),
    enabled: opened,
    gcTime: 0,
  });
  const publish = useMutation({
    mutationFn: () => publishRun(fairId, runId),
    onSuccess: (result) => {
      notifyDone(t('plan.board.publish.done', { count: result.letters }));
      onPublished();
    },
  });
  const p = preview.data;
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={t('plan.board.publish.title')}
      size="xl"
    >
      {preview.isPending ? (
        <Loading />
      ) : preview.isError ? (
        <ErrorState error={preview.error} />
      ) : (
        <Stack gap="sm">
          <Text>
            {t('plan.board.publish.summary', {
              assigned: p!.assigned,
              waitlisted: p!.waitlisted,
              letters: p!.letters,
            })}
          </Text>
          {!p!.current && <Alert color="red">{t('plan.board.publish.stale')}</Alert>}
          {p!.unreleased > 0 && (
            <Alert color="red">
              {t('plan.board.publish.unreleased', { count: p!.unreleased })}
            </Alert>
          )}
          {p!.sample && (
            <>
              <Text size="sm">
                {t('plan.board.publish.to', { to: p!.sample.to, producer: p!.sample.producerName })}
              </Text>
              <Text size="sm" fw={600}>
                {t('plan.board.publish.subject', { subject: p!.sample.subject })}
              </Text>
              <Box
                component="iframe"
                title={t('plan.board.publish.letter', { subject: p!.sample.subject })}
                // The letter as mailed, shown inert: no scripts, no navigation.
                sandbox=""
                srcDoc={p!.sample.html}
                w="100%"
                h={320}
                style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
              />
            </>
          )}
          <Text fw={600} size="sm">
            {t('plan.board.publish.noUndo')}
          </Text>
          <FormError error={publish.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.8"
              loading={publish.isPending}
              disabled={!p!.current || p!.unreleased > 0}
              onClick={() => publish.mutate()}
            >
              {t('plan.board.publish.confirm', { count: p!.letters })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
