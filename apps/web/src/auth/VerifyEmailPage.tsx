import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import { api, unwrap } from '@web/api/client';
import { FormError } from '@web/ui/FormError';
import { AuthCard } from './AuthCard';

/**
 * The emailed link lands here and waits for a click: mail scanners that open links first do
 * not use up the person's token.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const verify = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/verify-email', { body: { token } })),
  });
  if (verify.isSuccess) {
    // A mail scanner may have used the link first: the address is confirmed all the same.
    const already = verify.data?.status === 'already_verified';
    return (
      <AuthCard title={t(already ? 'auth.verify.alreadyTitle' : 'auth.verify.doneTitle')}>
        <Stack>
          <Alert color="tre">{t(already ? 'auth.verify.already' : 'auth.verify.done')}</Alert>
          <Button component={Link} to="/signin">
            {t('auth.signIn.title')}
          </Button>
        </Stack>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('auth.verify.title')}>
      <Stack>
        <Text>{t('auth.verify.explain')}</Text>
        <FormError error={verify.error} />
        <Button onClick={() => verify.mutate()} loading={verify.isPending} disabled={!token}>
          {t('auth.verify.submit')}
        </Button>
      </Stack>
    </AuthCard>
  );
}
