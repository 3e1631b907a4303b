import { Checkbox, Radio, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@web/format/format';
import { type ApplicationValues, errorOf } from './application-values';
import type { ApplicationForm } from './applications-api';
import { nameIn } from './name-in';

/**
 * The booth types accepted: the first choice (it sets the fee) and any others, kept in
 * `boothTypes` with the first choice first, as the API reads them.
 */
export function BoothTypeFields({
  form,
  types,
}: {
  form: UseFormReturnType<ApplicationValues>;
  types: ApplicationForm['boothTypes'];
}) {
  const { t, i18n } = useTranslation();
  const [first, ...others] = form.getValues().boothTypes;
  const setFirst = (code: string) =>
    form.setFieldValue('boothTypes', [code, ...others.filter((c) => c !== code)]);
  const setOthers = (codes: string[]) =>
    form.setFieldValue('boothTypes', [
      ...(first ? [first] : []),
      ...types.map((type) => type.code).filter((c) => c !== first && codes.includes(c)),
    ]);
  return (
    <>
      <Radio.Group
        label={t('producerApplications.form.firstType')}
        description={t('producerApplications.form.firstTypeHint')}
        required
        value={first ?? ''}
        onChange={setFirst}
        error={errorOf(form.errors, 'boothTypes')}
      >
        <Stack gap="xs" mt="xs">
          {types.map((type) => (
            <Radio
              key={type.code}
              value={type.code}
              label={t('producerApplications.form.typeOption', {
                name: nameIn(type, i18n.language),
                w: type.widthM,
                d: type.depthM,
                price: formatMoney(type.price),
              })}
            />
          ))}
        </Stack>
      </Radio.Group>
      {types.length > 1 && (
        <Checkbox.Group
          label={t('producerApplications.form.otherTypes')}
          value={others}
          onChange={setOthers}
        >
          <Stack gap="xs" mt="xs">
            {types
              .filter((type) => type.code !== first)
              .map((type) => (
                <Checkbox key={type.code} value={type.code} label={nameIn(type, i18n.language)} />
              ))}
          </Stack>
        </Checkbox.Group>
      )}
    </>
  );
}
