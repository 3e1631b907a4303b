import { Button, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormError } from '@web/ui/FormError';
import { useFormSubmit } from '@web/ui/form-submit';
import { type CustodyStep, NEXT_STEPS, recordCustody, type Sample } from './showcases-api';

type Step = CustodyStep['step'];
interface Values extends Record<string, unknown> {
  step: Step;
  by: string;
  condition: string;
  location: string;
  signedOffBy: string;
  note: string;
}

/** What each step asks for (the API checks the same and names a missing field). */
const FIELDS: Record<Step, (keyof Values)[]> = {
  receive: ['by', 'condition', 'note'],
  display: ['location'],
  return: ['signedOffBy'],
  sell: ['note'],
  mark_damaged: ['note'],
  mark_lost: ['note'],
  cancel: ['note'],
};

function bodyOf(values: Values): CustodyStep {
  const body: Record<string, string> = { step: values.step };
  for (const field of FIELDS[values.step]) {
    const value = String(values[field]).trim();
    if (value) body[field] = value;
  }
  return body as unknown as CustodyStep;
}

/** Records the sample's next custody step; only the steps its status allows are offered. */
export function CustodyForm({
  fairId,
  sample,
  onRecorded,
}: {
  fairId: string;
  sample: Sample;
  onRecorded: (sample: Sample, step: Step) => void;
}) {
  const { t } = useTranslation();
  const steps = sample.custodyStatus ? NEXT_STEPS[sample.custodyStatus] : [];
  const form = useForm<Values>({
    initialValues: {
      step: steps[0] ?? 'receive',
      by: '',
      condition: 'good',
      location: sample.displayLocation ?? '',
      signedOffBy: '',
      note: '',
    },
  });
  const { onSubmit, error, pending } = useFormSubmit(
    form,
    (values) => recordCustody(fairId, sample, bodyOf(values)),
    (saved, values) => onRecorded(saved, values.step),
  );
  const shown = FIELDS[form.values.step];
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <FormError error={error} />
        <Select
          label={t('showcases.nextStep')}
          data={steps.map((step) => ({ value: step, label: t(`showcases.step.${step}`) }))}
          allowDeselect={false}
          {...form.getInputProps('step')}
        />
        {shown.includes('by') && (
          <TextInput label={t('showcases.by')} required {...form.getInputProps('by')} />
        )}
        {shown.includes('condition') && (
          <Select
            label={t('showcases.conditionLabel')}
            allowDeselect={false}
            data={(['good', 'minor_defects', 'damaged'] as const).map((value) => ({
              value,
              label: t(`showcases.condition.${value}`),
            }))}
            {...form.getInputProps('condition')}
          />
        )}
        {shown.includes('location') && (
          <TextInput label={t('showcases.location')} required {...form.getInputProps('location')} />
        )}
        {shown.includes('signedOffBy') && (
          <TextInput
            label={t('showcases.signedOffBy')}
            required
            {...form.getInputProps('signedOffBy')}
          />
        )}
        {shown.includes('note') && (
          <Textarea
            label={t('showcases.note')}
            required={form.values.step !== 'receive' && form.values.step !== 'sell'}
            autosize
            minRows={2}
            {...form.getInputProps('note')}
          />
        )}
        <Button type="submit" loading={pending}>
          {t('showcases.save')}
        </Button>
      </Stack>
    </form>
  );
}
