import { Button, Group, Modal, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '@web/ui/FormError';
import { notifyDone } from '../notify';
import { type BulkEdit, bulkEditVisitors } from './visitor-edit-api';
import { SEGMENTS, type Segment, visitorsKey } from './visitors-api';

type Pending = { edit: Omit<BulkEdit, 'ids'>; question: string };

/** For the selected visitors: add or remove a tag, or set a segment, after a count check. */
export function BulkEditBar({
  bodyId,
  ids,
  onDone,
}: {
  bodyId: string;
  ids: string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [tag, setTag] = useState('');
  const [segment, setSegment] = useState<Segment | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const count = ids.length;
  const apply = useMutation({
    mutationFn: (edit: Omit<BulkEdit, 'ids'>) => bulkEditVisitors(bodyId, { ids, ...edit }),
    onSuccess: async (result) => {
      notifyDone(t('visitorEdit.done', { count: result.updated }));
      setPending(null);
      setTag('');
      await client.invalidateQueries({ queryKey: visitorsKey(bodyId) });
      onDone();
    },
  });
  const word = tag.trim();
  const ask = (pendingEdit: Pending) => {
    apply.reset();
    setPending(pendingEdit);
  };
  return (
    <Paper withBorder p="sm" role="region" aria-label={t('visitorEdit.selected', { count })}>
      <Group align="end">
        <Text fw={600}>{t('visitorEdit.selected', { count })}</Text>
        <TextInput
          label={t('visitorEdit.tag')}
          value={tag}
          onChange={(e) => setTag(e.currentTarget.value)}
          w={200}
        />
        <Button
          variant="light"
          disabled={!word}
          onClick={() =>
            ask({
              edit: { addTags: [word] },
              question: t('visitorEdit.confirmAdd', { tag: word, count }),
            })
          }
        >
          {t('visitorEdit.addTag')}
        </Button>
        <Button
          variant="light"
          disabled={!word}
          onClick={() =>
            ask({
              edit: { removeTags: [word] },
              question: t('visitorEdit.confirmRemove', { tag: word, count }),
            })
          }
        >
          {t('visitorEdit.removeTag')}
        </Button>
        <Select
          label={t('outreach.visitors.segment')}
          data={SEGMENTS.map((s) => ({ value: s, label: t(`outreach.segment.${s}`) }))}
          value={segment}
          onChange={(value) => setSegment(value as Segment | null)}
          w={180}
        />
        <Button
          variant="light"
          disabled={!segment}
          onClick={() =>
            segment &&
            ask({
              edit: { segment },
              question: t('visitorEdit.confirmSegment', {
                segment: t(`outreach.segment.${segment}`),
                count,
              }),
            })
          }
        >
          {t('visitorEdit.setSegment')}
        </Button>
        <Button variant="subtle" onClick={onDone}>
          {t('visitorEdit.clear')}
        </Button>
      </Group>
      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={t('visitorEdit.confirmTitle')}
      >
        <Stack>
          <FormError error={apply.error} />
          <Text>{pending?.question}</Text>
          <Group justify="end">
            <Button variant="default" onClick={() => setPending(null)}>
              {t('visitorEdit.cancel')}
            </Button>
            <Button loading={apply.isPending} onClick={() => pending && apply.mutate(pending.edit)}>
              {t('visitorEdit.confirm', { count })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
