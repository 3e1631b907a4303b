import { Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormError } from '@web/ui/FormError';
import { notifyDone } from '../notify';
import { canSplit } from './merge';
import { type Plan, type PlanBooth, splitBooth } from './plan-api';

/** The inverse of a merge: a booth two of its type long becomes two, in one request. */
export function SplitButton({
  fairId,
  plan,
  booth,
  locked,
  onSaved,
}: {
  fairId: string;
  plan: Plan;
  booth: PlanBooth;
  locked: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const splittable = canSplit(
    booth,
    plan.boothTypes.find((x) => x.code === booth.type),
  );
  const split = useMutation({
    mutationFn: () => splitBooth(fairId, booth.id),
    onSuccess: (halves) => {
      notifyDone(t('plan.split.done', { codes: halves.map((h) => h.code).join(', ') }));
      onSaved();
    },
  });
  return (
    <Stack gap={4}>
      <FormError error={split.error} />
      <Button
        variant="light"
        disabled={locked || !splittable}
        loading={split.isPending}
        onClick={() => split.mutate()}
      >
        {t('plan.split.action', { code: booth.code })}
      </Button>
      {!splittable && <Text size="sm">{t('plan.split.cannot')}</Text>}
    </Stack>
  );
}
