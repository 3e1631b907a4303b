import { Anchor, AppShell, Burger, Container, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { LanguageSwitch } from '@web/ui/LanguageSwitch';
import { Loading } from '@web/ui/Loading';
import { AccountMenu } from './AccountMenu';
import { navigationFor } from './navigation';
import { useMe } from '@web/session/session';

/** One frame for every screen: the brand, the language, the account, and the role's menu. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const [opened, { toggle, close }] = useDisclosure(false);
  const [path] = useLocation();
  const items = navigationFor(me?.role);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{
        width: 240,
        breakpoint: 'md',
        collapsed: { mobile: !opened, desktop: !items.length },
      }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            {items.length > 0 && (
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="md"
                size="sm"
                aria-label={t('nav.menu')}
              />
            )}
            <Anchor component={Link} to="/" underline="never" c="tre.8" fw={700} fz="lg">
              Hội Chợ
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <AccountMenu />
          </Group>
        </Group>
      </AppShell.Header>
      {items.length > 0 && (
        <AppShell.Navbar p="xs" aria-label={t('nav.main')}>
          <Stack gap={2}>
            {items.map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={t(item.label)}
                active={item.exact ? path === item.to : path.startsWith(item.to)}
                onClick={close}
              />
            ))}
          </Stack>
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main">
        <Container size="lg" px={0}>
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </Container>
        <Text component="footer" c="dimmed" size="xs" ta="center" mt="xl">
          {t('footer')}
        </Text>
      </AppShell.Main>
    </AppShell>
  );
}
