import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@web/api/api-error';
import { FormError } from '@web/ui/FormError';
import { fairName } from '../fairs/fairs-api';
import { generateGrid, type GridSpec, type Plan, type PlanChange } from './plan-api';
import { planBounds } from './canvas/view-transform';

/** A block of rows × columns of one booth type in one zone, placed below what is there. */
export function GridForm({
  fairId,
  plan,
  onDone,
}: {
  fairId: string;
  plan: Plan;
  onDone: (change: PlanChange) => void;
}) {
  const { t, i18n } = useTranslation();
  const below = plan.booths.length ? planBounds(plan.booths) : null;
  const [spec, setSpec] = useState<GridSpec>({
    zone: plan.zones[0]?.code ?? '',
    type: plan.boothTypes[0]?.code ?? '',
    prefix: 'A-',
    rows: 2,
    columns: 10,
    origin: { x: 0, y: below ? Math.ceil(below.y + below.height + 2) : 0 },
    firstNumber: 1,
    aisle: 3,
    backToBack: false,
  });
  const run = useMutation({ mutationFn: () => generateGrid(fairId, spec), onSuccess: onDone });
  const errors = isApiError(run.error) ? run.error.fieldErrors() : {};
  const set = (patch: Partial<GridSpec>) => setSpec((now) => ({ ...now, ...patch }));
  const num = (key: 'rows' | 'columns' | 'boothWidth' | 'boothHeight' | 'aisle', min: number) => (
    <NumberInput
      label={t(`plan.grid.${key}`)}
      value={spec[key] ?? ''}
      min={min}
      decimalScale={key === 'rows' || key === 'columns' ? 0 : 2}
      onChange={(v) => set({ [key]: typeof v === 'number' ? v : undefined })}
      error={errors[key]}
    />
  );
  return (
    <Stack
      component="form"
      gap="sm"
      onSubmit={(e) => {
        e.preventDefault();
        run.mutate();
      }}
    >
      <FormError error={run.error} />
      <SimpleGrid cols={2}>
        <Select
          label={t('plan.booth.zone')}
          data={plan.zones.map((z) => ({ value: z.code, label: fairName(z, i18n.language) }))}
          value={spec.zone}
          onChange={(zone) => zone && set({ zone })}
          allowDeselect={false}
          error={errors.zone}
        />
        <Select
          label={t('plan.booth.type')}
          data={plan.boothTypes.map((x) => ({ value: x.code, label: fairName(x, i18n.language) }))}
          value={spec.type}
          onChange={(type) => type && set({ type })}
          allowDeselect={false}
          error={errors.type}
        />
        <TextInput
          label={t('plan.grid.prefix')}
          description={t('plan.grid.prefixHint')}
          value={spec.prefix}
          onChange={(e) => set({ prefix: e.currentTarget.value })}
          error={errors.prefix}
        />
        {num('aisle', 0)}
        {num('rows', 1)}
        {num('columns', 1)}
        {num('boothWidth', 0.5)}
        {num('boothHeight', 0.5)}
        <NumberInput
          label={t('plan.grid.originX')}
          value={spec.origin.x}
          min={0}
          onChange={(v) => typeof v === 'number' && set({ origin: { ...spec.origin, x: v } })}
          error={errors['origin.x']}
        />
        <NumberInput
          label={t('plan.grid.originY')}
          value={spec.origin.y}
          min={0}
          onChange={(v) => typeof v === 'number' && set({ origin: { ...spec.origin, y: v } })}
          error={errors['origin.y']}
        />
      </SimpleGrid>
      <Checkbox
        label={t('plan.grid.backToBack')}
        checked={spec.backToBack ?? false}
        onChange={(e) => set({ backToBack: e.currentTarget.checked })}
      />
      <Group justify="flex-end">
        <Button type="submit" loading={run.isPending}>
          {t('plan.grid.submit', { count: spec.rows * spec.columns })}
        </Button>
      </Group>
    </Stack>
  );
}
