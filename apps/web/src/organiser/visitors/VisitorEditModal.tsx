import { Button, Group, Modal, Select, Stack, TagsInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '@web/ui/FormError';
import { notifyDone } from '../notify';
import { updateVisitor } from './visitor-edit-api';
import { SEGMENTS, type Segment, type Visitor, visitorsKey } from './visitors-api';

/** One visitor's segment and tags, changed in a dialog opened from their row. */
export function VisitorEditModal({
  bodyId,
  visitor,
  onClose,
}: {
  bodyId: string;
  visitor: Visitor;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [segment, setSegment] = useState<Segment | null>(visitor.segment);
  const [tags, setTags] = useState<string[]>(visitor.tags);
  const save = useMutation({
    mutationFn: () => updateVisitor(visitor.id, { segment, tags }),
    onSuccess: async () => {
      notifyDone(t('visitorEdit.saved', { name: visitor.name }));
      await client.invalidateQueries({ queryKey: visitorsKey(bodyId) });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('visitorEdit.title', { name: visitor.name })}>
      <Stack>
        <FormError error={save.error} />
        <Select
          label={t('outreach.visitors.segment')}
          placeholder={t('visitorEdit.noSegment')}
          data={SEGMENTS.map((s) => ({ value: s, label: t(`outreach.segment.${s}`) }))}
          value={segment}
          onChange={(value) => setSegment(value as Segment | null)}
          clearable
        />
        <TagsInput
          label={t('visitorEdit.tags')}
          description={t('visitorEdit.tagsHint')}
          value={tags}
          onChange={setTags}
          maxTags={50}
        />
        <Group justify="end">
          <Button variant="default" onClick={onClose}>
            {t('visitorEdit.cancel')}
          </Button>
          <Button loading={save.isPending} onClick={() => save.mutate()}>
            {t('visitorEdit.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
