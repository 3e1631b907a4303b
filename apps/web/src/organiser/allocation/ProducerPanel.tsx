import { Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '@web/ui/FormError';
import { notifyDone } from '../notify';
import type { PlaceNames } from '@allocation-rules/draft/place-names';
import { unassignedText } from '../reasons';
import { assignmentText } from './assignment-text';
import { type Draft, pinProducer, unpinProducer } from './board-api';

type Assignment = Draft['assignments'][number];
type Unassigned = Draft['unassigned'][number];

/**
 * The producer chosen on the plan or in the list: why it stands where it does, its pin, and
 * a move by booth codes for those who work from the keyboard.
 */
export function ProducerPanel({
  fairId,
  assignment,
  unassigned,
  names,
  pinned,
  onPinsChanged,
  onPropose,
}: {
  fairId: string;
  assignment?: Assignment;
  unassigned?: Unassigned;
  names: PlaceNames;
  pinned: boolean;
  onPinsChanged: () => void;
  onPropose: (target: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [target, setTarget] = useState('');
  const who = assignment ?? unassigned!;
  const pin = useMutation({
    mutationFn: async () => {
      if (pinned) await unpinProducer(fairId, who.applicationId);
      else await pinProducer(fairId, who.applicationId, assignment!.booths);
    },
    onSuccess: () => {
      notifyDone(
        t(pinned ? 'plan.board.unpinned' : 'plan.board.pinned', { name: who.producerName }),
      );
      onPinsChanged();
    },
  });
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {who.producerName}
      </Title>
      {who.craftVillage && <Text size="sm">{who.craftVillage}</Text>}
      {assignment ? (
        <>
          <Group gap={4}>
            <Text size="sm" fw={600}>
              {t('plan.board.booths', { booths: assignment.booths.join(', ') })}
            </Text>
            {pinned && <Badge color="grape">{t('plan.board.pinBadge')}</Badge>}
            {assignment.manual && <Badge color="gray">{t('plan.board.manual')}</Badge>}
          </Group>
          <Text size="sm">{assignmentText(t, i18n.language, assignment, names)}</Text>
        </>
      ) : (
        <Text size="sm">
          {t('plan.board.reason', { reason: unassignedText(t, i18n.language, unassigned!, names) })}
        </Text>
      )}
      <FormError error={pin.error} />
      {(assignment || pinned) && (
        <Button variant="light" color="grape" loading={pin.isPending} onClick={() => pin.mutate()}>
          {pinned ? t('plan.board.unpin') : t('plan.board.pin')}
        </Button>
      )}
      <Group
        align="flex-end"
        gap="xs"
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (target.trim()) onPropose(target.trim().toUpperCase());
        }}
      >
        <TextInput
          label={t('plan.board.moveTo')}
          description={t('plan.board.moveToHint')}
          value={target}
          onChange={(e) => setTarget(e.currentTarget.value)}
          flex={1}
        />
        <Button type="submit" variant="default">
          {t('plan.board.check')}
        </Button>
      </Group>
    </Stack>
  );
}
