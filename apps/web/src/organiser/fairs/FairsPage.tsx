import { Anchor, Button, Chip, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import { formatDateTime, formatDayRange } from '@web/format/format';
import { EmptyNote } from '@web/ui/EmptyNote';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { useBodyId } from '../body/body-context';
import { FairStatusBadge } from './FairStatusBadge';
import { FAIR_STATUSES, type FairStatus, fairName, useBodyFairs } from './fairs-api';

/** The body's fairs by status, newest first, and the way to a new one. */
export default function FairsPage() {
  const { t, i18n } = useTranslation();
  const fairs = useBodyFairs(useBodyId());
  const [params, setParams] = useSearchParams();
  const status = params.get('status') as FairStatus | null;
  const all = fairs.data ?? [];
  const shown = status ? all.filter((fair) => fair.status === status) : all;
  const count = (s: FairStatus) => all.filter((fair) => fair.status === s).length;
  return (
    <Stack>
      <Group justify="space-between">
        <PageTitle>{t('organiser.fairs.title')}</PageTitle>
        <Button component={Link} to="/fairs/new">
          {t('organiser.fairs.create')}
        </Button>
      </Group>
      <Chip.Group
        value={status ?? 'all'}
        onChange={(value) => setParams(value === 'all' ? {} : { status: String(value) })}
      >
        <Group gap="xs" role="radiogroup" aria-label={t('organiser.fairs.byStatus')}>
          <Chip value="all" size="sm">
            {t('organiser.fairs.all', { count: all.length })}
          </Chip>
          {FAIR_STATUSES.map((s) => (
            <Chip key={s} value={s} size="sm">
              {`${t(`organiser.fairStatus.${s}`)} (${count(s)})`}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {fairs.isPending ? (
        <Loading />
      ) : fairs.isError ? (
        <ErrorState error={fairs.error} />
      ) : shown.length === 0 ? (
        <EmptyNote
          action={
            <Button component={Link} to="/fairs/new" variant="light">
              {t('organiser.fairs.create')}
            </Button>
          }
        >
          {status ? t('organiser.fairs.noneInStatus') : t('organiser.fairs.none')}
        </EmptyNote>
      ) : (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('organiser.fairs.name')}</Table.Th>
              <Table.Th>{t('organiser.fairs.days')}</Table.Th>
              <Table.Th>{t('organiser.fairs.venue')}</Table.Th>
              <Table.Th>{t('organiser.fairs.window')}</Table.Th>
              <Table.Th>{t('organiser.fairs.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((fair) => (
              <Table.Tr key={fair.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/fairs/${fair.id}`} fw={600}>
                    {fairName(fair, i18n.language)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {fair.days.length
                    ? formatDayRange(fair.days[0].date, fair.days[fair.days.length - 1].date)
                    : '—'}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{fair.venueName}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {formatDateTime(fair.applicationsOpenAt)} –{' '}
                    {formatDateTime(fair.applicationsCloseAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <FairStatusBadge status={fair.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
