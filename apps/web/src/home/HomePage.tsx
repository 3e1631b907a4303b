import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Redirect } from 'wouter';
import { homeOf, useMe } from '@web/session/session';
import { Loading } from '@web/ui/Loading';

/** The front door: signed-in people go to their area; others find a fair or sign in. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.data) return <Redirect to={homeOf(me.data.role)} replace />;
  return (
    <Stack maw={560} mx="auto" mt="xl" gap="lg">
      <Title order={1}>{t('home.title')}</Title>
      <Text size="lg">{t('home.lead')}</Text>
      <Group>
        <Button component={Link} to="/producer/fairs" size="md">
          {t('home.findFair')}
        </Button>
        <Button component={Link} to="/signin" size="md" variant="light">
          {t('nav.signIn')}
        </Button>
      </Group>
      <Text c="dimmed">
        {t('home.newProducer')} <Link to="/signup">{t('home.signUp')}</Link>
      </Text>
    </Stack>
  );
}
