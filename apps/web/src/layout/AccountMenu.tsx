import { Box, Button } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useMe } from '@web/session/session';
import { Initials } from './Initials';

const SignedInMenu = lazy(() => import('./SignedInMenu'));

/**
 * Sign-in for a visitor; the account menu for a signed-in user. The menu loads after the
 * screen (its positioning code is not needed to paint), its initials holding the place.
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const me = useMe().data;
  if (!me)
    return (
      <Button component={Link} to="/signin" size="xs" variant="light">
        {t('nav.signIn')}
      </Button>
    );
  return (
    <Suspense
      fallback={
        <Box aria-hidden>
          <Initials fullName={me.fullName} />
        </Box>
      }
    >
      <SignedInMenu />
    </Suspense>
  );
}
