import { Button, Card, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { EmptyNote } from '@web/ui/EmptyNote';
import { FormError } from '@web/ui/FormError';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { useBodyId } from '../body/body-context';
import { fairName, LIVE_STATUSES, useBodyFairs } from '../fairs/fairs-api';
import { createCampaign } from './campaigns-api';

/** A new campaign starts as a draft for one fair, with the default letter to edit next. */
export default function NewCampaignPage() {
  const { t, i18n } = useTranslation();
  const bodyId = useBodyId();
  const [, navigate] = useLocation();
  const fairs = useBodyFairs(bodyId);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { fairId: '', name: '' },
    validate: {
      fairId: (v) => (v ? null : t('outreach.campaigns.required')),
      name: (v) => (v.trim() ? null : t('outreach.campaigns.required')),
    },
  });
  if (fairs.isPending) return <Loading />;
  const live = (fairs.data ?? []).filter((f) => LIVE_STATUSES.includes(f.status));
  const submit = form.onSubmit(async (values) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const campaign = await createCampaign(bodyId, { ...values, name: values.name.trim() });
      navigate(`/campaigns/${campaign.id}`);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  });
  return (
    <Stack maw={640}>
      <PageTitle>{t('outreach.campaigns.new')}</PageTitle>
      {live.length === 0 ? (
        <EmptyNote>{t('outreach.campaigns.noFairs')}</EmptyNote>
      ) : (
        <Card withBorder component="form" onSubmit={submit} noValidate>
          <Stack>
            <FormError error={error} />
            <Select
              label={t('outreach.campaigns.fair')}
              data={live.map((f) => ({ value: f.id, label: fairName(f, i18n.language) }))}
              required
              searchable
              {...form.getInputProps('fairId')}
            />
            <TextInput
              label={t('outreach.campaigns.name')}
              description={t('outreach.campaigns.nameHint')}
              required
              maxLength={200}
              {...form.getInputProps('name')}
            />
            <Button type="submit" loading={busy} w="fit-content">
              {t('outreach.campaigns.create')}
            </Button>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
