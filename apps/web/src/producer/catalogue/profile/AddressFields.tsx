import { Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { vietnameseOrder } from '@web/format/format';
import { useCommunes, useProvinces } from './profile-api';
import type { ProfileValues } from './profile-form';
import { unitFilter } from './unit-filter';

/** Province then commune or ward (two levels since 7/2025), the street, the old address. */
export function AddressFields({ form }: { form: UseFormReturnType<ProfileValues> }) {
  const { t } = useTranslation();
  const { provinceCode } = form.getValues().address;
  const provinces = useProvinces();
  const communes = useCommunes(provinceCode);
  const toOptions = (units: { code: string; name: string }[] | undefined) =>
    (units ?? [])
      .map((unit) => ({ value: unit.code, label: unit.name }))
      .sort((a, b) => vietnameseOrder(a.label, b.label));
  const province = form.getInputProps('address.provinceCode');
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('producerCatalogue.profile.addressHint')}
      </Text>
      <Select
        label={t('producerCatalogue.profile.province')}
        data={toOptions(provinces.data)}
        searchable
        clearable
        filter={unitFilter}
        nothingFoundMessage={t('producerCatalogue.profile.nothingFound')}
        {...province}
        value={provinceCode || null}
        onChange={(code) => {
          province.onChange(code ?? '');
          // A commune belongs to one province; a village choice follows the province too.
          form.setFieldValue('address.communeCode', '');
          form.setFieldValue('craftVillageId', '');
        }}
      />
      <Select
        label={t('producerCatalogue.profile.commune')}
        placeholder={provinceCode ? undefined : t('producerCatalogue.profile.communeFirst')}
        data={toOptions(communes.data)}
        disabled={!provinceCode}
        searchable
        filter={unitFilter}
        nothingFoundMessage={t('producerCatalogue.profile.nothingFound')}
        {...form.getInputProps('address.communeCode')}
        value={form.getValues().address.communeCode || null}
        onChange={(code) => form.setFieldValue('address.communeCode', code ?? '')}
      />
      <TextInput
        label={t('producerCatalogue.profile.detail')}
        autoComplete="street-address"
        {...form.getInputProps('address.detail')}
      />
      <TextInput
        label={t('producerCatalogue.profile.formerAddress')}
        {...form.getInputProps('address.formerAddress')}
      />
    </Stack>
  );
}
