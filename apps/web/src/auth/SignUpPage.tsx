import { Alert, Anchor, Button, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '@web/ui/PasswordField';
import { Link } from 'wouter';
import { api, unwrap } from '@web/api/client';
import { FormError } from '@web/ui/FormError';
import { useFormSubmit } from '@web/ui/form-submit';
import { AuthCard } from './AuthCard';

const LEGAL_FORMS = [
  'enterprise',
  'cooperative',
  'cooperative_group',
  'household_business',
] as const;

/** A producer registers itself and its first member; the address is confirmed by mail. */
export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const [sentTo, setSentTo] = useState<string>();
  const form = useForm({
    initialValues: {
      legalForm: 'cooperative' as (typeof LEGAL_FORMS)[number],
      producerName: '',
      fullName: '',
      email: '',
      password: '',
    },
    validate: {
      producerName: (v) => (v.trim() ? null : t('auth.signUp.producerNameRequired')),
      fullName: (v) => (v.trim() ? null : t('auth.signUp.fullNameRequired')),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('auth.emailInvalid')),
      password: (v) => (v.length >= 10 ? null : t('auth.passwordTooShort')),
    },
  });
  const { onSubmit, error, pending } = useFormSubmit(
    form,
    (values) =>
      unwrap(
        api.POST('/api/v1/producers/sign-up', {
          body: { ...values, locale: i18n.language as 'vi' | 'en' },
        }),
      ),
    (_result, values) => setSentTo(values.email),
  );
  if (sentTo)
    return (
      <AuthCard title={t('auth.signUp.checkMailTitle')}>
        <Alert color="tre">{t('auth.signUp.checkMail', { email: sentTo })}</Alert>
      </AuthCard>
    );
  return (
    <AuthCard title={t('auth.signUp.title')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormError error={error} />
          <Radio.Group
            label={t('auth.signUp.legalForm')}
            required
            {...form.getInputProps('legalForm')}
          >
            <Stack gap="xs" mt="xs">
              {LEGAL_FORMS.map((value) => (
                <Radio key={value} value={value} label={t(`legalForm.${value}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <TextInput
            label={t('auth.signUp.producerName')}
            description={t('auth.signUp.producerNameHint')}
            required
            {...form.getInputProps('producerName')}
          />
          <TextInput
            label={t('auth.signUp.fullName')}
            autoComplete="name"
            required
            {...form.getInputProps('fullName')}
          />
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordField
            label={t('auth.password')}
            description={t('auth.passwordRule')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={pending} fullWidth>
            {t('auth.signUp.submit')}
          </Button>
          <Text size="sm" ta="center">
            {t('auth.signUp.haveAccount')}{' '}
            <Anchor component={Link} to="/signin">
              {t('auth.signIn.title')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
