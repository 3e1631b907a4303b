import { Avatar, Button, Menu, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useMe, useSignOut } from '@web/session/session';

export function AccountMenu() {
  const { t } = useTranslation();
  const me = useMe().data;
  const signOut = useSignOut();
  const [, navigate] = useLocation();
  if (!me)
    return (
      <Button component={Link} to="/signin" size="xs" variant="light">
        {t('nav.signIn')}
      </Button>
    );
  const initials = me.fullName
    .split(/\s+/)
    .slice(-2)
    .map((word) => word[0])
    .join('');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton>
          <Avatar color="tre" radius="xl" size="sm">
            {initials}
          </Avatar>
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
