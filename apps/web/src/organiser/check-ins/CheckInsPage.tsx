import { Alert, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@web/format/format';
import { EmptyNote } from '@web/ui/EmptyNote';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { FairHeader } from '../fairs/FairHeader';
import { useFair } from '../fairs/fairs-api';
import { useCheckInStats } from './check-ins-api';
import { GateSettingsForm } from './GateSettingsForm';

/** A fair's admissions per day and gate, conflicts between offline gates, and gate opening. */
export default function CheckInsPage({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const fair = useFair(fairId);
  const stats = useCheckInStats(fairId);
  if (fair.isPending || stats.isPending) return <Loading />;
  if (fair.isError) return <ErrorState error={fair.error} />;
  if (stats.isError) return <ErrorState error={stats.error} />;
  const rows = stats.data.byDay;
  return (
    <Stack>
      <FairHeader fair={fair.data} tab="check-ins" />
      <GateSettingsForm fairId={fairId} />
      <Title order={2} size="h4">
        {t('gate.organiser.byDay')}
      </Title>
      {stats.data.conflicts > 0 && (
        <Alert color="orange">
          {t('gate.organiser.conflicts', { count: stats.data.conflicts })}
        </Alert>
      )}
      {rows.length === 0 ? (
        <EmptyNote>{t('gate.organiser.none')}</EmptyNote>
      ) : (
        <Table striped withTableBorder maw={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('gate.organiser.day')}</Table.Th>
              <Table.Th scope="col">{t('gate.organiser.gate')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('gate.organiser.admitted')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('gate.organiser.guests')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={`${row.day}-${row.gate}`}>
                <Table.Td>{formatDay(row.day)}</Table.Td>
                <Table.Td>{row.gate}</Table.Td>
                <Table.Td ta="right">{row.admitted}</Table.Td>
                <Table.Td ta="right">{row.guests}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row" colSpan={2}>
                {t('gate.organiser.total')}
              </Table.Th>
              <Table.Td ta="right" fw={700}>
                {stats.data.admitted}
              </Table.Td>
              <Table.Td ta="right" fw={700}>
                {stats.data.guests}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
    </Stack>
  );
}
