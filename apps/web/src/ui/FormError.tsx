import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@web/api/api-error';

/** What went wrong with a submitted form, in the user's language, at the top of the form. */
export function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = isApiError(error)
    ? error.message
    : error instanceof TypeError
      ? t('errors.network')
      : t('errors.failed.body');
  return (
    <Alert color="red" role="alert" title={t('errors.formTitle')}>
      {message}
    </Alert>
  );
}
