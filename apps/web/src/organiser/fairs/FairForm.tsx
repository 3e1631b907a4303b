import { ActionIcon, Button, Fieldset, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FormError } from '@web/ui/FormError';
import { useFormSubmit } from '@web/ui/form-submit';
import { emptyDay, type FairFormValues, fairFormErrors } from './fair-form';

/** A fair's details: names, venue, opening days, application window. One request per save. */
export function FairForm<Result>({
  initial,
  submitLabel,
  submit,
  onSaved,
  disabled = false,
}: {
  initial: FairFormValues;
  submitLabel: string;
  submit: (values: FairFormValues) => Promise<Result>;
  onSaved: (result: Result) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const form = useForm<FairFormValues>({
    initialValues: initial,
    validate: (values) =>
      Object.fromEntries(
        Object.entries(fairFormErrors(values)).map(([field, key]) => [field, t(key as ParseKeys)]),
      ),
  });
  const { onSubmit, error, pending } = useFormSubmit(form, submit, onSaved);
  const days = form.getValues().days;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormError error={error} />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput
            label={t('organiser.fairForm.nameVi')}
            required
            disabled={disabled}
            key={form.key('nameVi')}
            {...form.getInputProps('nameVi')}
          />
          <TextInput
            label={t('organiser.fairForm.nameEn')}
            disabled={disabled}
            key={form.key('nameEn')}
            {...form.getInputProps('nameEn')}
          />
          <TextInput
            label={t('organiser.fairForm.venueName')}
            required
            disabled={disabled}
            key={form.key('venueName')}
            {...form.getInputProps('venueName')}
          />
          <TextInput
            label={t('organiser.fairForm.venueAddress')}
            required
            disabled={disabled}
            key={form.key('venueAddress')}
            {...form.getInputProps('venueAddress')}
          />
        </SimpleGrid>
        <Fieldset legend={t('organiser.fairForm.days')} disabled={disabled}>
          <Stack gap="xs">
            {days.map((_, i) => (
              <Group key={i} align="flex-end" wrap="nowrap">
                <TextInput
                  label={t('organiser.fairForm.day', { n: i + 1 })}
                  placeholder={t('organiser.fairForm.datePlaceholder')}
                  w={150}
                  required
                  key={form.key(`days.${i}.date`)}
                  {...form.getInputProps(`days.${i}.date`)}
                />
                <TextInput
                  label={t('organiser.fairForm.opens', { n: i + 1 })}
                  placeholder="08:00"
                  w={150}
                  key={form.key(`days.${i}.opens`)}
                  {...form.getInputProps(`days.${i}.opens`)}
                />
                <TextInput
                  label={t('organiser.fairForm.closes', { n: i + 1 })}
                  placeholder="21:00"
                  w={150}
                  key={form.key(`days.${i}.closes`)}
                  {...form.getInputProps(`days.${i}.closes`)}
                />
                {days.length > 1 && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mb={4}
                    aria-label={t('organiser.fairForm.removeDay', { n: i + 1 })}
                    onClick={() => form.removeListItem('days', i)}
                  >
                    ×
                  </ActionIcon>
                )}
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={() => form.insertListItem('days', emptyDay())}
              >
                {t('organiser.fairForm.addDay')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <TextInput
            placeholder={t('organiser.fairForm.instantPlaceholder')}
            label={t('organiser.fairForm.applicationsOpenAt')}
            required
            disabled={disabled}
            key={form.key('applicationsOpenAt')}
            {...form.getInputProps('applicationsOpenAt')}
          />
          <TextInput
            placeholder={t('organiser.fairForm.instantPlaceholder')}
            label={t('organiser.fairForm.applicationsCloseAt')}
            required
            disabled={disabled}
            key={form.key('applicationsCloseAt')}
            {...form.getInputProps('applicationsCloseAt')}
          />
          <TextInput
            placeholder={t('organiser.fairForm.instantPlaceholder')}
            label={t('organiser.fairForm.withdrawalDeadline')}
            description={t('organiser.fairForm.withdrawalHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            disabled={disabled}
            key={form.key('withdrawalDeadline')}
            {...form.getInputProps('withdrawalDeadline')}
          />
        </SimpleGrid>
        {!disabled && (
          <Group>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
