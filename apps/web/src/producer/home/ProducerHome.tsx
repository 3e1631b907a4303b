import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useMe } from '@web/session/session';
import { EmptyNote } from '@web/ui/EmptyNote';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { useMyApplications } from '../applications/applications-api';
import { StatusBadge } from '../applications/StatusBadge';

/** Where a producer lands: what needs doing now, then the way to a new fair. */
export default function ProducerHome() {
  const { t } = useTranslation();
  const me = useMe().data;
  const applications = useMyApplications();
  return (
    <Stack>
      <PageTitle>{t('producer.home.title', { name: me?.fullName ?? '' })}</PageTitle>
      <Card withBorder>
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('nav.producer.applications')}
          </Title>
          <Button component={Link} to="/fairs" size="xs" variant="light">
            {t('home.findFair')}
          </Button>
        </Group>
        {applications.isPending ? (
          <Loading />
        ) : !applications.data?.length ? (
          <EmptyNote>{t('producer.home.noApplications')}</EmptyNote>
        ) : (
          <Stack gap="xs" mt="sm">
            {applications.data.slice(0, 5).map((application) => (
              <Link key={application.id} to={`/applications/${application.id}`}>
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm">{application.reference}</Text>
                  <StatusBadge status={application.status} />
                </Group>
              </Link>
            ))}
          </Stack>
        )}
      </Card>
      <Group grow>
        <Button component={Link} to="/products" variant="default">
          {t('nav.producer.products')}
        </Button>
        <Button component={Link} to="/profile" variant="default">
          {t('nav.producer.profile')}
        </Button>
      </Group>
    </Stack>
  );
}
