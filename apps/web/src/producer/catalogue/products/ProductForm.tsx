import {
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Switch,
  TagsInput,
  TextInput,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import '@mantine/dates/styles.css';
import { useForm } from '@mantine/form';
import 'dayjs/locale/vi';
import { useTranslation } from 'react-i18next';
import { FormError } from '@web/ui/FormError';
import { useFormSubmit } from '@web/ui/form-submit';
import { withLocalisedErrors } from '../api-errors';
import { formatDay, parseDay } from './day-input';
import { ocopDatesProblem, priceRangeOk, type ProductValues } from './product-form';
import type { Product } from './products-api';

interface Props {
  initialValues: ProductValues;
  submitLabel: string;
  /** One request: the product is saved whole or not at all. */
  save: (values: ProductValues) => Promise<Product>;
  onSaved: (product: Product) => void;
}

const STARS = ['1', '2', '3', '4', '5'];

const wholePositive = (message: string) => (v: number | '') =>
  v === '' || (Number.isInteger(v) && v >= 1) ? null : message;

/** A product's facts: name, category, materials, price range, minimum order, OCOP. */
export function ProductForm({ initialValues, submitLabel, save, onSaved }: Props) {
  const { t } = useTranslation();
  const form = useForm<ProductValues>({
    initialValues,
    validate: {
      nameVi: (v) => (v.trim() ? null : t('producerCatalogue.reasons.required')),
      category: (v) => (v.trim() ? null : t('producerCatalogue.reasons.required')),
      priceMin: wholePositive(t('producerCatalogue.product.numberInvalid')),
      priceMax: (v, values) =>
        wholePositive(t('producerCatalogue.product.numberInvalid'))(v) ??
        (priceRangeOk(values) ? null : t('producerCatalogue.reasons.price_range')),
      minOrderQuantity: wholePositive(t('producerCatalogue.product.numberInvalid')),
      ocopExpiresOn: (v, values) => {
        if (values.ocopStars && !v) return t('producerCatalogue.product.ocopExpiresRequired');
        const problem = ocopDatesProblem(values);
        if (!problem) return null;
        return problem.code === 'ocop_validity'
          ? t('producerCatalogue.product.ocopLatest', { latest: formatDay(problem.latest) })
          : t('producerCatalogue.reasons.ocop_expiry_order');
      },
    },
  });
  const { onSubmit, error, pending } = useFormSubmit(
    form,
    (values) => withLocalisedErrors(save(values), t),
    (product) => {
      form.resetDirty();
      onSaved(product);
    },
  );
  // The API names OCOP fields under ocop.*; the form keeps them flat for the inputs.
  const errors = form.errors;
  const ocopStarsError = errors.ocopStars ?? errors['ocop.stars'] ?? errors.ocop;
  const ocopExpiresError = errors.ocopExpiresOn ?? errors['ocop.expiresOn'];
  const ocopIssuedError = errors.ocopIssuedOn ?? errors['ocop.issuedOn'];
  const dayInput = {
    placeholder: '30/06/2027',
    valueFormat: 'DD/MM/YYYY',
    dateParser: parseDay,
    locale: 'vi',
    previousLabel: t('producerCatalogue.product.previousMonth'),
    nextLabel: t('producerCatalogue.product.nextMonth'),
    // Mantine greys other months' days and reds weekends below AA contrast.
    hideOutsideDates: true,
    weekendDays: [] as (0 | 1 | 2 | 3 | 4 | 5 | 6)[],
    inputMode: 'numeric' as const,
  };
  const money = {
    thousandSeparator: '.',
    decimalSeparator: ',',
    allowDecimal: false,
    allowNegative: false,
    min: 0,
    inputMode: 'numeric' as const,
    hideControls: true,
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormError error={error} />
        <Card withBorder>
          <Stack gap="sm">
            <TextInput
              label={t('producerCatalogue.product.nameVi')}
              description={t('producerCatalogue.product.nameViHint')}
              required
              {...form.getInputProps('nameVi')}
            />
            <TextInput
              label={t('producerCatalogue.product.nameEn')}
              {...form.getInputProps('nameEn')}
            />
            <TextInput
              label={t('producerCatalogue.product.category')}
              description={t('producerCatalogue.product.categoryHint')}
              required
              {...form.getInputProps('category')}
            />
            <TagsInput
              label={t('producerCatalogue.product.materials')}
              description={t('producerCatalogue.product.materialsHint')}
              maxTags={20}
              splitChars={[',', ';']}
              acceptValueOnBlur
              {...form.getInputProps('materials')}
            />
            <TextInput
              label={t('producerCatalogue.product.dimensions')}
              description={t('producerCatalogue.product.dimensionsHint')}
              {...form.getInputProps('dimensionsText')}
            />
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="sm">
            <Group grow align="flex-start">
              <NumberInput
                label={t('producerCatalogue.product.priceMin')}
                {...money}
                {...form.getInputProps('priceMin')}
              />
              <NumberInput
                label={t('producerCatalogue.product.priceMax')}
                {...money}
                {...form.getInputProps('priceMax')}
              />
            </Group>
            <NumberInput
              label={t('producerCatalogue.product.minOrder')}
              allowDecimal={false}
              allowNegative={false}
              min={1}
              hideControls
              inputMode="numeric"
              {...form.getInputProps('minOrderQuantity')}
            />
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="sm">
            <Select
              label={t('producerCatalogue.product.ocopStars')}
              data={[
                { value: '', label: t('producerCatalogue.product.ocopNone') },
                ...STARS.map((value) => ({
                  value,
                  label: t('producerCatalogue.product.ocopStar', { count: Number(value) }),
                })),
              ]}
              allowDeselect={false}
              {...form.getInputProps('ocopStars')}
              error={ocopStarsError}
            />
            {form.getValues().ocopStars && (
              <>
                <DateInput
                  label={t('producerCatalogue.product.ocopIssued')}
                  description={t('producerCatalogue.product.ocopIssuedHint')}
                  {...dayInput}
                  placeholder="01/07/2024"
                  clearable
                  clearButtonProps={{
                    'aria-label': t('producerCatalogue.product.ocopIssuedClear'),
                  }}
                  {...form.getInputProps('ocopIssuedOn')}
                  onChange={(day) => {
                    form.setFieldValue('ocopIssuedOn', day ?? '');
                    if (form.getValues().ocopExpiresOn) form.validateField('ocopExpiresOn');
                  }}
                  error={ocopIssuedError}
                />
                <DateInput
                  label={t('producerCatalogue.product.ocopExpires')}
                  description={t('producerCatalogue.product.ocopExpiresHint')}
                  {...dayInput}
                  required
                  {...form.getInputProps('ocopExpiresOn')}
                  onChange={(day) => form.setFieldValue('ocopExpiresOn', day ?? '')}
                  error={ocopExpiresError}
                />
              </>
            )}
            <Switch
              label={t('producerCatalogue.product.sampleAvailable')}
              {...form.getInputProps('sampleAvailable', { type: 'checkbox' })}
            />
            <Switch
              label={t('producerCatalogue.product.published')}
              {...form.getInputProps('published', { type: 'checkbox' })}
            />
          </Stack>
        </Card>
        <Button type="submit" loading={pending} fullWidth>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
