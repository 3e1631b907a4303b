import { Alert, Anchor, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDay, formatDateTime, formatMoney } from '@web/format/format';
import { useMe } from '@web/session/session';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { useMyApplications } from '../applications/applications-api';
import { type FairCall, localName, useFairCall } from './fair-calls';

/** A fair's call for applications: everything needed to decide, then the way to apply. */
export function FairCallPage({ fairId }: { fairId: string }) {
  const { t, i18n } = useTranslation();
  const call = useFairCall(fairId);
  if (call.isPending) return <Loading />;
  if (call.isError) return <ErrorState error={call.error} />;
  const fair = call.data;
  const map = `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(fair.venueAddress)}`;
  return (
    <Stack maw={720}>
      <PageTitle>{localName(fair, i18n.language)}</PageTitle>
      <ApplyPanel fair={fair} />
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('producer.call.when')}
        </Title>
        <List spacing={4}>
          {fair.days.map((day) => (
            <List.Item key={day.date}>
              {t('producer.call.day', {
                day: formatDay(day.date),
                opens: day.opens,
                closes: day.closes,
              })}
            </List.Item>
          ))}
        </List>
        <Title order={2} size="h4" mt="md" mb="xs">
          {t('producer.call.where')}
        </Title>
        <Text>{fair.venueName}</Text>
        <Anchor href={map} target="_blank" rel="noreferrer" size="sm">
          {fair.venueAddress}
        </Anchor>
        <Text mt="md" fw={600}>
          {t('producer.fairs.deadline', { when: formatDateTime(fair.applicationsCloseAt) })}
        </Text>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('producer.call.fees')}
        </Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('producer.call.boothType')}</Table.Th>
              <Table.Th>{t('producer.call.size')}</Table.Th>
              <Table.Th ta="right">{t('producer.call.price')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fair.boothTypes.map((type) => (
              <Table.Tr key={type.code}>
                <Table.Td>{localName(type, i18n.language)}</Table.Td>
                <Table.Td>{t('producer.call.metres', { w: type.widthM, d: type.depthM })}</Table.Td>
                <Table.Td ta="right">{formatMoney(type.price)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      {fair.supportProgrammes.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('producer.call.support')}
          </Title>
          <Stack gap="sm">
            {fair.supportProgrammes.map((programme) => (
              <div key={programme.id}>
                <Text fw={600}>{localName(programme, i18n.language)}</Text>
                <Text size="sm">
                  {t('producer.call.rate', { rate: programme.ratePercent })}
                  {programme.maxBoothsPerProducer
                    ? ` · ${t('producer.call.maxBooths', { count: programme.maxBoothsPerProducer })}`
                    : ''}
                  {programme.capPerProducer
                    ? ` · ${t('producer.call.capPerProducer', { amount: formatMoney(programme.capPerProducer) })}`
                    : ''}
                </Text>
                <Text size="sm" c="dimmed">
                  {[
                    programme.requireRecognisedCraftVillage
                      ? t('producer.call.needsVillage')
                      : null,
                    programme.minOcopStars
                      ? t('producer.call.needsOcop', { stars: programme.minOcopStars })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ') || t('producer.call.anyone')}
                </Text>
              </div>
            ))}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

/** Apply, continue an application, or say why one cannot apply now. */
function ApplyPanel({ fair }: { fair: FairCall }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const mine = useMyApplications(me?.role === 'producer');
  if (!fair.acceptingApplications)
    return (
      <Alert color="gray">
        {fair.status === 'open'
          ? t('producer.call.notYet', { when: formatDateTime(fair.applicationsOpenAt) })
          : t('producer.call.closed')}
      </Alert>
    );
  if (!me)
    return (
      <Group>
        <Button component={Link} to={`~/signin?next=/producer/fairs/${fair.id}`}>
          {t('producer.call.signInToApply')}
        </Button>
        <Button component={Link} to="~/signup" variant="light">
          {t('home.signUp')}
        </Button>
      </Group>
    );
  if (me.role !== 'producer') return null;
  const existing = mine.data?.find((application) => application.fairId === fair.id);
  if (existing)
    return (
      <Button component={Link} to={`/applications/${existing.id}`} variant="light">
        {t('producer.call.yourApplication')}
      </Button>
    );
  return (
    <Button component={Link} to={`/fairs/${fair.id}/apply`} size="md">
      {t('producer.call.apply')}
    </Button>
  );
}
