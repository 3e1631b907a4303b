import { Alert, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '@web/ui/PasswordField';
import { Link, useSearchParams } from 'wouter';
import { api, unwrap } from '@web/api/client';
import { FormError } from '@web/ui/FormError';
import { useFormSubmit } from '@web/ui/form-submit';
import { AuthCard } from './AuthCard';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [done, setDone] = useState(false);
  const form = useForm({
    initialValues: { password: '', repeat: '' },
    validate: {
      password: (v) => (v.length >= 10 ? null : t('auth.passwordTooShort')),
      repeat: (v, values) => (v === values.password ? null : t('auth.reset.mismatch')),
    },
  });
  const { onSubmit, error, pending } = useFormSubmit(
    form,
    ({ password }) =>
      unwrap(
        api.POST('/api/v1/auth/password-reset/confirm', {
          body: { token: params.get('token') ?? '', password },
        }),
      ),
    () => setDone(true),
  );
  if (done)
    return (
      <AuthCard title={t('auth.reset.doneTitle')}>
        <Stack>
          <Alert color="tre">{t('auth.reset.done')}</Alert>
          <Button component={Link} to="/signin">
            {t('auth.signIn.title')}
          </Button>
        </Stack>
      </AuthCard>
    );
  return (
    <AuthCard title={t('auth.reset.title')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormError error={error} />
          <PasswordField
            label={t('auth.reset.password')}
            description={t('auth.passwordRule')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <PasswordField
            label={t('auth.reset.repeat')}
            autoComplete="new-password"
            required
            {...form.getInputProps('repeat')}
          />
          <Button type="submit" loading={pending}>
            {t('auth.reset.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
