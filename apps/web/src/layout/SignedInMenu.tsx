import { Menu, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useMe, useSignOut } from '@web/session/session';
import { Initials } from './Initials';

/** The signed-in user's menu: its own chunk, as Menu brings the floating-ui positioning. */
export default function SignedInMenu() {
  const { t } = useTranslation();
  const me = useMe().data;
  const signOut = useSignOut();
  const [, navigate] = useLocation();
  if (!me) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton>
          <Initials fullName={me.fullName} />
          <VisuallyHidden>{t('nav.account', { name: me.fullName })}</VisuallyHidden>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.email}</Menu.Label>
        <Menu.Item component={Link} to="/account/sessions">
          {t('nav.sessions')}
        </Menu.Item>
        <Menu.Item
          color="red"
          onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/signin') })}
        >
          {t('nav.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
