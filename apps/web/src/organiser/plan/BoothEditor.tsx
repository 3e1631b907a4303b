import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@web/format/format';
import { FormError } from '@web/ui/FormError';
import { fairName } from '../fairs/fairs-api';
import { notifyDone } from '../notify';
import { type BoothChange, type Plan, type PlanBooth, setTypePrice, updateBooth } from './plan-api';
import { SplitButton } from './SplitButton';
import { planIssueText } from '../reasons';
import { issuesWith } from './plan-checks';

const GEOMETRY = ['x', 'y', 'width', 'height'] as const;

/**
 * One booth edited in place: zone, type (and that type's price), corner, blocked, position.
 * The plan is checked with the change before it is saved; neighbours are listed to visit.
 */
export function BoothEditor({
  fairId,
  plan,
  booth,
  locked,
  onSaved,
  onVisit,
}: {
  fairId: string;
  plan: Plan;
  booth: PlanBooth;
  locked: boolean;
  onSaved: () => void;
  onVisit: (code: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [change, setChange] = useState<BoothChange>({});
  const merged = { ...booth, ...change };
  const type = plan.boothTypes.find((x) => x.code === merged.type);
  const [price, setPrice] = useState<string | null>(null);
  const issues = useMemo(() => issuesWith(plan, booth.code, change), [plan, booth.code, change]);
  const save = useMutation({
    mutationFn: async () => {
      if (Object.keys(change).length) await updateBooth(fairId, booth.id, change);
      if (price !== null && type && price !== type.price)
        await setTypePrice(fairId, type.id, price);
    },
    onSuccess: () => {
      setChange({});
      setPrice(null);
      notifyDone(t('plan.booth.saved', { code: booth.code }));
      onSaved();
    },
  });
  const set = (patch: BoothChange) => setChange((now) => ({ ...now, ...patch }));
  const dirty = Object.keys(change).length > 0 || (price !== null && price !== type?.price);

  return (
    <Stack
      gap="xs"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Title order={2} size="h4">
        {t('plan.booth.title', { code: booth.code })}
      </Title>
      <FormError error={save.error} />
      <Select
        label={t('plan.booth.zone')}
        data={plan.zones.map((z) => ({ value: z.code, label: fairName(z, i18n.language) }))}
        value={merged.zone}
        onChange={(zone) => zone && set({ zone })}
        allowDeselect={false}
        disabled={locked}
      />
      <Select
        label={t('plan.booth.type')}
        data={plan.boothTypes.map((x) => ({ value: x.code, label: fairName(x, i18n.language) }))}
        value={merged.type}
        onChange={(value) => value && set({ type: value })}
        allowDeselect={false}
        disabled={locked}
      />
      <TextInput
        label={t('plan.booth.price')}
        description={t('plan.booth.priceHint', { price: formatMoney(type?.price) })}
        value={price ?? type?.price ?? ''}
        onChange={(e) => setPrice(e.currentTarget.value.replace(/\D/g, ''))}
        inputMode="numeric"
        disabled={locked}
      />
      <Group>
        <Checkbox
          label={t('plan.booth.corner')}
          checked={merged.corner}
          onChange={(e) => set({ corner: e.currentTarget.checked })}
          disabled={locked}
        />
        <Checkbox
          label={t('plan.booth.blocked')}
          checked={merged.blocked}
          onChange={(e) => set({ blocked: e.currentTarget.checked })}
          disabled={locked}
        />
      </Group>
      <Group grow gap="xs">
        {GEOMETRY.map((key) => (
          <NumberInput
            key={key}
            label={t(`plan.booth.${key}`)}
            value={merged[key]}
            onChange={(value) => typeof value === 'number' && set({ [key]: value })}
            decimalScale={2}
            min={key === 'x' || key === 'y' ? 0 : 0.5}
            step={0.5}
            disabled={locked}
          />
        ))}
      </Group>
      {issues.length > 0 && (
        <Alert color="red" role="alert" title={t('plan.booth.issues')}>
          <List size="sm">
            {issues.map((issue, i) => (
              <List.Item key={i}>
                {t(`plan.field.${issue.field}`, { defaultValue: issue.field })}:{' '}
                {issue.booth && issue.booth !== booth.code ? `${issue.booth} ` : ''}
                {planIssueText(t, i18n.language, issue)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Text size="sm" fw={600}>
        {t('plan.booth.neighbours', { count: booth.neighbours.length })}
      </Text>
      <Group gap={4}>
        {booth.neighbours.map((code) => (
          <Button key={code} size="compact-sm" variant="light" onClick={() => onVisit(code)}>
            {code}
          </Button>
        ))}
      </Group>
      <SplitButton fairId={fairId} plan={plan} booth={booth} locked={locked} onSaved={onSaved} />
      <Group justify="flex-end">
        <Button
          variant="default"
          disabled={!dirty}
          onClick={() => {
            setChange({});
            setPrice(null);
          }}
        >
          {t('common.cancel')}
        </Button>
        <Button
          type="submit"
          disabled={locked || !dirty || issues.length > 0}
          loading={save.isPending}
        >
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
