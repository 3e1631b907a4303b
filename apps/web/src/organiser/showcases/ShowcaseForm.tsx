import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormError } from '@web/ui/FormError';
import { useFormSubmit } from '@web/ui/form-submit';
import { notifyDone } from '../notify';
import { createShowcase, type Showcase, showcasesKey, updateShowcase } from './showcases-api';

interface Values extends Record<string, unknown> {
  titleVi: string;
  titleEn: string;
  startsOn: string;
  endsOn: string;
  location: string;
  theme: string;
  curator: string;
}

const blank = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * A showcase's name, dates (Hà Nội calendar days), venue and description: a new one, or the
 * one given. Empty optional fields are cleared; the API's field errors show beside the field.
 */
export function ShowcaseForm({
  fairId,
  showcase,
  onClose,
}: {
  fairId: string;
  showcase?: Showcase;
  onClose: (saved?: Showcase) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useForm<Values>({
    initialValues: {
      titleVi: showcase?.titleVi ?? '',
      titleEn: showcase?.titleEn ?? '',
      startsOn: showcase?.startsOn ?? '',
      endsOn: showcase?.endsOn ?? '',
      location: showcase?.location ?? '',
      theme: showcase?.theme ?? '',
      curator: showcase?.curator ?? '',
    },
    validate: {
      titleVi: (v) =>
        v.trim()
          ? null
          : t('showcases.form.required', { what: t('showcases.form.titleVi').toLowerCase() }),
      startsOn: (v) =>
        v
          ? null
          : t('showcases.form.required', { what: t('showcases.form.startsOn').toLowerCase() }),
      endsOn: (v, all) =>
        !v
          ? t('showcases.form.required', { what: t('showcases.form.endsOn').toLowerCase() })
          : all.startsOn && v < all.startsOn
            ? t('showcases.form.order')
            : null,
    },
  });
  const { onSubmit, error, pending } = useFormSubmit(
    form,
    (values: Values) => {
      const optional = {
        titleEn: blank(values.titleEn),
        location: blank(values.location),
        theme: blank(values.theme),
        curator: blank(values.curator),
      };
      const dates = { startsOn: values.startsOn, endsOn: values.endsOn };
      const titleVi = values.titleVi.trim();
      if (showcase) return updateShowcase(fairId, showcase.id, { titleVi, ...dates, ...optional });
      // A new showcase leaves out what is empty.
      const given = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== null));
      return createShowcase(fairId, { titleVi, ...dates, ...given });
    },
    (saved) => {
      void client.invalidateQueries({ queryKey: showcasesKey(fairId) });
      notifyDone(
        t(showcase ? 'showcases.form.saved' : 'showcases.form.created', { title: saved.titleVi }),
      );
      onClose(saved);
    },
  );
  return (
    <Modal
      opened
      onClose={() => onClose()}
      title={showcase ? t('showcases.form.edit') : t('showcases.form.create')}
      size="lg"
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <FormError error={error} />
          <TextInput
            label={t('showcases.form.titleVi')}
            required
            {...form.getInputProps('titleVi')}
          />
          <TextInput label={t('showcases.form.titleEn')} {...form.getInputProps('titleEn')} />
          <Group grow>
            <TextInput
              type="date"
              label={t('showcases.form.startsOn')}
              required
              {...form.getInputProps('startsOn')}
            />
            <TextInput
              type="date"
              label={t('showcases.form.endsOn')}
              required
              {...form.getInputProps('endsOn')}
            />
          </Group>
          <TextInput
            label={t('showcases.form.location')}
            placeholder={t('showcases.form.locationHint')}
            {...form.getInputProps('location')}
          />
          <Textarea
            label={t('showcases.form.theme')}
            autosize
            minRows={2}
            {...form.getInputProps('theme')}
          />
          <TextInput label={t('showcases.form.curator')} {...form.getInputProps('curator')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose()}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('showcases.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
