import { Alert, Button, Card, Select, Stack, Switch, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@web/api/client';
import { FormError } from '@web/ui/FormError';
import { useFormSubmit } from '@web/ui/form-submit';
import { withLocalisedErrors } from '../api-errors';
import { AddressFields } from './AddressFields';
import { ContactsFields } from './ContactsFields';
import { as } from '../schema-fix';
import { type Producer, producerBody, producerKey } from './profile-api';
import { profileUpdate, profileValues, type ProfileValues } from './profile-form';
import { TaxCodeInput } from './TaxCodeInput';
import { taxCodeProblem } from './tax-code-feedback';
import { VillageSelect } from './VillageSelect';

const LEGAL_FORMS = [
  'enterprise',
  'cooperative',
  'cooperative_group',
  'household_business',
] as const;
const EMAIL = /^\S+@\S+\.\S+$/;

/** The whole profile in one form and one request: it is saved together or not at all. */
export function ProfileForm({ producer }: { producer: Producer }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [saved, setSaved] = useState(false);
  const form = useForm<ProfileValues>({
    initialValues: profileValues(producer),
    validate: {
      legalNameVi: (v) => (v.trim() ? null : t('producerCatalogue.profile.nameRequired')),
      taxCode: (v, values) => {
        const problem = taxCodeProblem(v, values.legalForm);
        return problem && t(`producerCatalogue.reasons.${problem}`);
      },
      address: {
        communeCode: (v, values) =>
          values.address.provinceCode && !v ? t('producerCatalogue.profile.communeRequired') : null,
      },
      contacts: {
        name: (v) => (v.trim() ? null : t('producerCatalogue.profile.nameRequired')),
        phone: (v) => (v.trim() ? null : t('producerCatalogue.profile.phoneRequired')),
        email: (v) =>
          !v.trim() || EMAIL.test(v.trim()) ? null : t('producerCatalogue.profile.emailInvalid'),
      },
    },
  });
  const { onSubmit, error, pending } = useFormSubmit(
    form,
    (values) =>
      withLocalisedErrors(
        unwrap(
          api.PATCH('/api/v1/producers/{producerId}', {
            params: { path: { producerId: producer.id } },
            body: producerBody(profileUpdate(values)),
          }),
        ),
        t,
      ),
    (answer) => {
      const updated = as<Producer>(answer);
      client.setQueryData(producerKey(producer.id), updated);
      form.setValues(profileValues(updated));
      form.resetDirty();
      setSaved(true);
    },
  );
  const values = form.getValues();
  const section = (key: 'identity' | 'address' | 'contacts') => (
    <Title order={2} size="h4">
      {t(`producerCatalogue.profile.${key}`)}
    </Title>
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormError error={error} />
        <Card withBorder>
          <Stack gap="sm">
            {section('identity')}
            <TextInput
              label={t('producerCatalogue.profile.legalNameVi')}
              description={t('producerCatalogue.profile.legalNameViHint')}
              required
              {...form.getInputProps('legalNameVi')}
            />
            <TextInput
              label={t('producerCatalogue.profile.legalNameEn')}
              {...form.getInputProps('legalNameEn')}
            />
            <Select
              label={t('producerCatalogue.profile.legalForm')}
              data={LEGAL_FORMS.map((value) => ({ value, label: t(`legalForm.${value}`) }))}
              allowDeselect={false}
              {...form.getInputProps('legalForm')}
            />
            <TaxCodeInput
              legalForm={values.legalForm}
              value={values.taxCode}
              {...form.getInputProps('taxCode')}
            />
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="sm">
            {section('address')}
            <AddressFields form={form} />
            <VillageSelect
              provinceCode={values.address.provinceCode}
              current={producer.craftVillage}
              value={values.craftVillageId}
              {...form.getInputProps('craftVillageId')}
            />
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="sm">
            {section('contacts')}
            <ContactsFields form={form} />
          </Stack>
        </Card>
        <Switch
          label={t('producerCatalogue.profile.published')}
          {...form.getInputProps('published', { type: 'checkbox' })}
        />
        {saved && !form.isDirty() && (
          <Alert color="tre" role="status">
            {t('producerCatalogue.profile.saved')}
          </Alert>
        )}
        <Button type="submit" loading={pending} fullWidth>
          {t('producerCatalogue.profile.submit')}
        </Button>
      </Stack>
    </form>
  );
}
