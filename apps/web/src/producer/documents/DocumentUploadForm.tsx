import { Button, Card, FileInput, Select, Stack, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import '@mantine/dates/styles.css';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import 'dayjs/locale/vi';
import { useTranslation } from 'react-i18next';
import { FormError } from '@web/ui/FormError';
import { useFormSubmit } from '@web/ui/form-submit';
import { parseDay } from '../catalogue/products/day-input';
import {
  DOCUMENT_KINDS,
  documentsKey,
  type DocumentKind,
  fileProblem,
  uploadDocument,
} from './documents-api';

interface Values extends Record<string, unknown> {
  kind: DocumentKind;
  title: string;
  issuedOn: string;
  expiresOn: string;
  file: File | null;
}

/** Upload one document; the kind can be preset from a link (?kind=ocop_certificate). */
export function DocumentUploadForm({
  producerId,
  initialKind,
}: {
  producerId: string;
  initialKind: DocumentKind;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: { kind: initialKind, title: '', issuedOn: '', expiresOn: '', file: null },
    validate: {
      title: (v, values) =>
        values.kind === 'other' && !v.trim() ? t('producerDocuments.upload.required') : null,
      issuedOn: (v) => (v ? null : t('producerDocuments.upload.required')),
      expiresOn: (v, values) =>
        v && values.issuedOn && v < values.issuedOn
          ? t('producerDocuments.upload.expiryOrder')
          : null,
      file: (file) => {
        const problem = fileProblem(file);
        return problem ? t(`producerDocuments.upload.${problem}`) : null;
      },
    },
  });
  const { onSubmit, error, pending } = useFormSubmit(
    form,
    (values) => uploadDocument(producerId, { ...values, file: values.file! }),
    () => {
      notifications.show({ color: 'green', message: t('producerDocuments.upload.done') });
      form.reset();
      void queryClient.invalidateQueries({ queryKey: documentsKey(producerId) });
    },
  );
  const day = {
    valueFormat: 'DD/MM/YYYY',
    dateParser: parseDay,
    locale: 'vi',
    placeholder: '30/06/2027',
    hideOutsideDates: true,
    weekendDays: [] as (0 | 1 | 2 | 3 | 4 | 5 | 6)[],
    inputMode: 'numeric' as const,
  };
  return (
    <Card withBorder>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('producerDocuments.upload.title')}
          </Title>
          <FormError error={error} />
          <Select
            label={t('producerDocuments.upload.kind')}
            data={DOCUMENT_KINDS.map((kind) => ({
              value: kind,
              label: t(`producerDocuments.kinds.${kind}`),
            }))}
            allowDeselect={false}
            required
            {...form.getInputProps('kind')}
          />
          {form.getValues().kind === 'other' && (
            <TextInput
              label={t('producerDocuments.upload.name')}
              required
              {...form.getInputProps('title')}
            />
          )}
          <DateInput
            label={t('producerDocuments.upload.issuedOn')}
            required
            {...day}
            {...form.getInputProps('issuedOn')}
            onChange={(v) => form.setFieldValue('issuedOn', v ?? '')}
          />
          <DateInput
            label={t('producerDocuments.upload.expiresOn')}
            description={t('producerDocuments.upload.expiresHint')}
            clearable
            {...day}
            {...form.getInputProps('expiresOn')}
            onChange={(v) => form.setFieldValue('expiresOn', v ?? '')}
          />
          <FileInput
            label={t('producerDocuments.upload.file')}
            placeholder={t('producerDocuments.upload.filePlaceholder')}
            // Mantine's placeholder grey is below AA on white.
            styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
            accept="application/pdf,image/jpeg,image/png"
            required
            clearable
            {...form.getInputProps('file')}
          />
          <Button type="submit" loading={pending} fullWidth>
            {t('producerDocuments.upload.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
