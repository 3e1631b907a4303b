import {
  Anchor,
  Button,
  Card,
  Checkbox,
  MultiSelect,
  NumberInput,
  Radio,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { api, unwrap } from '@web/api/client';
import { FormError } from '@web/ui/FormError';
import { useFormSubmit } from '@web/ui/form-submit';
import { nameIn } from './name-in';
import {
  type ApplicationValues,
  errorOf,
  explainIssues,
  toBody,
  validateValues,
} from './application-values';
import {
  type Application,
  type ApplicationForm,
  useFairApplicants,
  useOwnProducts,
} from './applications-api';
import { BoothTypeFields } from './BoothTypeFields';
import { LiveQuote } from './LiveQuote';

interface Props {
  form: ApplicationForm;
  producerId: string | null;
  initial: ApplicationValues;
  /** The draft being changed; a new draft is created when absent. */
  draft?: Application;
}

/** The application's wishes, one request to save them as a draft, the fee seen as they change. */
export default function ApplicationFormView({ form: fair, producerId, initial, draft }: Props) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const client = useQueryClient();
  const applicants = useFairApplicants(fair.fairId);
  const products = useOwnProducts(producerId);
  const form = useForm<ApplicationValues>({
    initialValues: initial,
    validate: validateValues(t),
  });
  const save = async (values: ApplicationValues) => {
    const body = toBody(values);
    try {
      return draft
        ? await unwrap(
            api.PATCH('/api/v1/applications/{applicationId}', {
              params: { path: { applicationId: draft.id } },
              body,
            }),
          )
        : await unwrap(
            api.POST('/api/v1/fairs/{fairId}/applications', {
              params: { path: { fairId: fair.fairId } },
              body,
            }),
          );
    } catch (error) {
      throw explainIssues(error, t);
    }
  };
  const { onSubmit, error, pending } = useFormSubmit(form, save, (saved) => {
    void client.invalidateQueries({ queryKey: ['applications'] });
    navigate(`/applications/${saved.id}`);
  });
  const values = form.getValues();
  const err = (field: string) => errorOf(form.errors, field);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormError error={error} />
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('producerApplications.form.booths')}
          </Title>
          <Stack>
            <BoothTypeFields form={form} types={fair.boothTypes} />
            <NumberInput
              label={t('producerApplications.form.boothsWanted')}
              description={t('producerApplications.form.boothsWantedHint')}
              min={1}
              max={20}
              allowDecimal={false}
              required
              {...form.getInputProps('boothsWanted')}
            />
          </Stack>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('producerApplications.form.placement')}
          </Title>
          <Stack>
            <MultiSelect
              label={t('producerApplications.form.zones')}
              description={t('producerApplications.form.zonesHint')}
              data={fair.zones.map((zone) => ({
                value: zone.code,
                label: nameIn(zone, i18n.language),
              }))}
              {...form.getInputProps('zones')}
              error={err('zones')}
              searchable
              clearable
            />
            <Switch
              label={t('producerApplications.form.corner')}
              {...form.getInputProps('wantsCorner', { type: 'checkbox' })}
            />
            <MultiSelect
              label={t('producerApplications.form.near')}
              description={t('producerApplications.form.nearHint')}
              placeholder={
                applicants.data?.length === 0 ? t('producerApplications.form.nearNone') : undefined
              }
              data={(applicants.data ?? []).map((a) => ({ value: a.producerId, label: a.name }))}
              searchable
              {...form.getInputProps('nearProducerIds')}
              error={err('nearProducerIds')}
            />
          </Stack>
        </Card>
        <Card withBorder>
          <Checkbox.Group
            label={t('producerApplications.form.products')}
            description={t('producerApplications.form.productsHint')}
            {...form.getInputProps('productIds')}
            error={err('productIds')}
          >
            <Stack gap="xs" mt="xs">
              {products.data?.items.length === 0 && (
                <Text size="sm">
                  {t('producerApplications.form.noProducts')}{' '}
                  <Anchor component={Link} to="/products">
                    {t('producerApplications.form.addProducts')}
                  </Anchor>
                </Text>
              )}
              {products.data?.items.map((product) => (
                <Checkbox
                  key={product.id}
                  value={product.id}
                  label={nameIn(product, i18n.language)}
                  description={
                    product.ocop
                      ? t('producerApplications.form.ocop', { stars: product.ocop.stars })
                      : undefined
                  }
                />
              ))}
            </Stack>
          </Checkbox.Group>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('producerApplications.form.needs')}
          </Title>
          <Stack gap="xs">
            <Checkbox
              label={t('producerApplications.form.power')}
              {...form.getInputProps('needs.power', { type: 'checkbox' })}
            />
            <Checkbox
              label={t('producerApplications.form.water')}
              {...form.getInputProps('needs.water', { type: 'checkbox' })}
            />
            <Textarea
              label={t('producerApplications.form.note')}
              autosize
              minRows={2}
              maxLength={1000}
              {...form.getInputProps('needs.note')}
            />
          </Stack>
        </Card>
        {fair.supportProgrammes.length > 0 && (
          <Card withBorder>
            <Radio.Group
              label={t('producerApplications.form.support')}
              {...form.getInputProps('supportProgrammeId')}
              error={err('supportProgrammeId')}
            >
              <Stack gap="xs" mt="xs">
                <Radio value="" label={t('producerApplications.form.noSupport')} />
                {fair.supportProgrammes.map((programme) => (
                  <Radio
                    key={programme.id}
                    value={programme.id}
                    label={t('producerApplications.form.supportOption', {
                      name: nameIn(programme, i18n.language),
                      rate: programme.ratePercent,
                    })}
                  />
                ))}
              </Stack>
            </Radio.Group>
          </Card>
        )}
        <LiveQuote fairId={fair.fairId} body={toBody(values)} />
        <Text size="sm">{t('producerApplications.form.saveHint')}</Text>
        <Button type="submit" loading={pending} size="md" fullWidth>
          {t('producerApplications.form.save')}
        </Button>
      </Stack>
    </form>
  );
}
