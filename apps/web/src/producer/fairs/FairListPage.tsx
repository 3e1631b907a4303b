import { Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDateTime, formatDayRange, formatMoney } from '@web/format/format';
import { EmptyNote } from '@web/ui/EmptyNote';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { type FairCall, localName, useFairCalls } from './fair-calls';

/** Step 1 of the journey: fairs open for applications, with what a producer weighs first. */
export function FairListPage() {
  const { t } = useTranslation();
  const calls = useFairCalls();
  return (
    <Stack>
      <PageTitle>{t('producer.fairs.title')}</PageTitle>
      {calls.isPending ? (
        <Loading />
      ) : calls.isError ? (
        <ErrorState error={calls.error} />
      ) : calls.data.length === 0 ? (
        <EmptyNote>{t('producer.fairs.none')}</EmptyNote>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {calls.data.map((call) => (
            <FairCard key={call.id} call={call} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

function FairCard({ call }: { call: FairCall }) {
  const { t, i18n } = useTranslation();
  const prices = call.boothTypes.map((type) => Number(type.price));
  const first = call.days[0]?.date;
  const last = call.days.at(-1)?.date;
  return (
    <Card withBorder component={Link} to={`/fairs/${call.id}`}>
      <Stack gap={6}>
        <Text fw={650} size="lg" c="tre.8">
          {localName(call, i18n.language)}
        </Text>
        {first && last && <Text size="sm">{formatDayRange(first, last)}</Text>}
        <Text size="sm">{call.venueName}</Text>
        {prices.length > 0 && (
          <Text size="sm">
            {t('producer.fairs.priceFrom', { price: formatMoney(Math.min(...prices)) })}
          </Text>
        )}
        <Group gap={6}>
          {call.acceptingApplications ? (
            <Badge color="tre">{t('producer.fairs.open')}</Badge>
          ) : (
            <Badge color="gray">
              {t('producer.fairs.opensOn', { when: formatDateTime(call.applicationsOpenAt) })}
            </Badge>
          )}
          {call.supportProgrammes.length > 0 && (
            <Badge color="yellow" autoContrast>
              {t('producer.fairs.support', { rate: call.supportProgrammes[0].ratePercent })}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('producer.fairs.deadline', { when: formatDateTime(call.applicationsCloseAt) })}
        </Text>
      </Stack>
    </Card>
  );
}
