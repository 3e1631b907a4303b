import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GateStats, QueuedScan } from './gate-db';

/**
 * Admissions of the fair day per gate and per hour, as the server last counted them, plus this
 * device's admissions not yet uploaded.
 */
export function CountsPanel({
  day,
  stats,
  queued,
  gate,
}: {
  day: string | undefined;
  stats: GateStats | undefined;
  queued: QueuedScan[];
  gate: string;
}) {
  const { t } = useTranslation();
  const byGate = new Map<string, number>();
  for (const row of stats?.byDay ?? []) if (row.day === day) byGate.set(row.gate, row.admitted);
  const pending = queued.filter((scan) => scan.deviceResult === 'admitted');
  if (pending.length > 0) byGate.set(gate, (byGate.get(gate) ?? 0) + pending.length);
  const byHour = new Map<string, number>();
  for (const row of stats?.byHour ?? []) {
    if (!day || !row.hour.startsWith(day)) continue;
    const hour = row.hour.slice(11, 16);
    byHour.set(hour, (byHour.get(hour) ?? 0) + row.admitted);
  }
  for (const scan of pending) {
    const hour = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(scan.scannedAt));
    byHour.set(`${hour}:00`, (byHour.get(`${hour}:00`) ?? 0) + 1);
  }
  const table = (caption: string, head: string, rows: Map<string, number>) => (
    <Table striped withTableBorder captionSide="top" fz="sm">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{head}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('gate.counts.admitted')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...rows]
          .sort(([a], [b]) => a.localeCompare(b, 'vi'))
          .map(([key, n]) => (
            <Table.Tr key={key}>
              <Table.Th scope="row" fw={400}>
                {key}
              </Table.Th>
              <Table.Td ta="right">{n}</Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="gate-counts">
      <Stack gap="xs">
        <Title id="gate-counts" order={2} size="h4">
          {t('gate.counts.title')}
        </Title>
        {byGate.size === 0 ? (
          <Text c="dimmed">{t('gate.counts.none')}</Text>
        ) : (
          <>
            {table(t('gate.counts.byGate'), t('gate.counts.gate'), byGate)}
            {table(t('gate.counts.byHour'), t('gate.counts.hour'), byHour)}
          </>
        )}
        {pending.length > 0 && (
          <Text fz="sm">{t('gate.counts.pending', { count: pending.length })}</Text>
        )}
      </Stack>
    </Paper>
  );
}
