import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '@web/ui/FormError';
import { fairName } from '../fairs/fairs-api';
import { notifyDone } from '../notify';
import { keeperOf, mergeOf } from './merge';
import { mergeBooths, type Plan, type PlanBooth, updateBooth } from './plan-api';

/** Several booths at once: one zone, type or blocked state for all, or two merged into one. */
export function SelectionEditor({
  fairId,
  plan,
  booths,
  locked,
  onSaved,
}: {
  fairId: string;
  plan: Plan;
  booths: PlanBooth[];
  locked: boolean;
  onSaved: (keep?: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [zone, setZone] = useState<string | null>(null);
  const [type, setType] = useState<string | null>(null);
  const merged = booths.length === 2 ? mergeOf(booths[0], booths[1]) : null;
  const apply = useMutation({
    mutationFn: async (change: { zone?: string; type?: string; blocked?: boolean }) => {
      for (const booth of booths) await updateBooth(fairId, booth.id, change);
    },
    onSuccess: () => {
      notifyDone(t('plan.selection.saved', { count: booths.length }));
      onSaved();
    },
  });
  const merge = useMutation({
    mutationFn: async () => {
      const keeper = keeperOf(booths[0], booths[1]);
      const other = keeper === booths[0] ? booths[1] : booths[0];
      await mergeBooths(fairId, keeper.id, other.id);
      return keeper.code;
    },
    onSuccess: (code) => {
      notifyDone(t('plan.selection.merged', { code }));
      onSaved(code);
    },
  });
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('plan.selection.title', { count: booths.length })}
      </Title>
      <Text size="sm">
        {booths
          .slice(0, 30)
          .map((b) => b.code)
          .join(', ')}
        {booths.length > 30 ? '…' : ''}
      </Text>
      <FormError error={apply.error ?? merge.error} />
      <Group align="flex-end" gap="xs">
        <Select
          label={t('plan.booth.zone')}
          data={plan.zones.map((z) => ({ value: z.code, label: fairName(z, i18n.language) }))}
          value={zone}
          onChange={setZone}
          disabled={locked}
          flex={1}
        />
        <Button disabled={locked || !zone} onClick={() => apply.mutate({ zone: zone! })}>
          {t('plan.selection.apply')}
        </Button>
      </Group>
      <Group align="flex-end" gap="xs">
        <Select
          label={t('plan.booth.type')}
          data={plan.boothTypes.map((x) => ({ value: x.code, label: fairName(x, i18n.language) }))}
          value={type}
          onChange={setType}
          disabled={locked}
          flex={1}
        />
        <Button disabled={locked || !type} onClick={() => apply.mutate({ type: type! })}>
          {t('plan.selection.apply')}
        </Button>
      </Group>
      <Group gap="xs">
        <Button variant="default" disabled={locked} onClick={() => apply.mutate({ blocked: true })}>
          {t('plan.selection.block')}
        </Button>
        <Button
          variant="default"
          disabled={locked}
          onClick={() => apply.mutate({ blocked: false })}
        >
          {t('plan.selection.unblock')}
        </Button>
      </Group>
      {booths.length === 2 && (
        <Stack gap={4}>
          <Button
            variant="light"
            disabled={locked || !merged}
            loading={merge.isPending}
            onClick={() => merge.mutate()}
          >
            {t('plan.selection.merge')}
          </Button>
          {!merged && <Text size="sm">{t('plan.selection.cannotMerge')}</Text>}
        </Stack>
      )}
    </Stack>
  );
}
