import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '@web/ui/PasswordField';
import { Link, Redirect, useLocation, useSearchParams } from 'wouter';
import { homeOf, useMe, useSignIn } from '@web/session/session';
import { FormError } from '@web/ui/FormError';
import { useFormSubmit } from '@web/ui/form-submit';
import { AuthCard } from './AuthCard';
import { safeNext } from './safe-next';

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [, navigate] = useLocation();
  const me = useMe().data;
  const signIn = useSignIn();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('auth.emailInvalid')),
      password: (v) => (v ? null : t('auth.passwordRequired')),
    },
  });
  const next = safeNext(params.get('next'));
  const { onSubmit, error, pending } = useFormSubmit(
    form,
    (v) => signIn.mutateAsync(v),
    (user) => navigate(next ?? homeOf(user.role), { replace: true }),
  );
  if (me) return <Redirect to={next ?? homeOf(me.role)} replace />;
  return (
    <AuthCard title={t('auth.signIn.title')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormError error={error} />
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps('email')}
          />
          <PasswordField
            label={t('auth.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Group justify="space-between">
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('auth.signIn.forgot')}
            </Anchor>
          </Group>
          <Button type="submit" loading={pending} fullWidth>
            {t('auth.signIn.submit')}
          </Button>
          <Text size="sm" ta="center">
            {t('auth.signIn.noAccount')}{' '}
            <Anchor component={Link} to="/signup">
              {t('auth.signIn.signUp')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
