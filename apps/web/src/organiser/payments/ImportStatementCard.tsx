import {
  Button,
  Card,
  FileInput,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '@web/ui/FormError';
import {
  importStatement,
  paymentsKey,
  type StatementImport,
  useBanks,
  useMappings,
} from './payments-api';

const COLUMNS = ['date', 'credit', 'description', 'bankRef'] as const;
const DEFAULTS = {
  date: 'Ngày giao dịch',
  credit: 'Số tiền ghi có',
  description: 'Nội dung',
  bankRef: 'Số tham chiếu',
};
const OUTCOMES = [
  'exact',
  'partial',
  'over_paid',
  'unmatched',
  'duplicate',
  'skipped',
  'errors',
] as const;

const LINE_ERROR_KEYS = {
  amount_invalid: 'payments.statement.lineErrorAmount',
  date_invalid: 'payments.statement.lineErrorDate',
} as const;

/** Uploads a bank statement with the bank's column names (saved per bank) and shows the result. */
export function ImportStatementCard({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const banks = useBanks();
  const mappings = useMappings(fairId);
  const [bankBin, setBankBin] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [columns, setColumns] = useState<Record<string, string> | null>(null);
  const [result, setResult] = useState<StatementImport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const saved = mappings.data?.find((m) => m.bankBin === bankBin)?.mapping as
    Record<string, string> | undefined;
  const mapping = columns ?? { ...DEFAULTS, ...(saved ?? {}) };
  // A bad line comes as a code with the cell's text, worded here like the API words it.
  const lineError = (e: StatementImport['errors'][number]) =>
    t(LINE_ERROR_KEYS[e.code], { line: e.line, value: e.params.value });
  const submit = async () => {
    if (!file || !bankBin) return;
    setBusy(true);
    setError(null);
    try {
      const clean = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v.trim()));
      setResult(await importStatement(fairId, file, bankBin, clean));
      await client.invalidateQueries({ queryKey: paymentsKey(fairId) });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('payments.statement.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('payments.statement.explain')}
        </Text>
        <Group grow align="end">
          <Select
            label={t('payments.statement.bank')}
            searchable
            data={(banks.data ?? []).map((b) => ({
              value: b.bin,
              label: `${b.shortName} (${b.bin})`,
            }))}
            value={bankBin}
            onChange={(v) => {
              setBankBin(v);
              setColumns(null);
            }}
          />
          <FileInput
            label={t('payments.statement.file')}
            accept=".csv,.xlsx,text/csv"
            value={file}
            onChange={setFile}
          />
        </Group>
        <Text size="sm" fw={600}>
          {t('payments.statement.columns')}
        </Text>
        <SimpleGrid cols={4}>
          {COLUMNS.map((c) => (
            <TextInput
              key={c}
              label={t(`payments.statement.${c}`)}
              value={mapping[c] ?? ''}
              onChange={(e) => setColumns({ ...mapping, [c]: e.currentTarget.value })}
            />
          ))}
        </SimpleGrid>
        <FormError error={error} />
        <Group>
          <Button onClick={submit} loading={busy} disabled={!file || !bankBin}>
            {t('payments.statement.submit')}
          </Button>
        </Group>
        {result && (
          <Stack gap="xs" data-testid="import-result">
            <Text fw={600}>{t('payments.statement.result', { lines: result.counts.lines })}</Text>
            <Table withTableBorder>
              <Table.Tbody>
                {OUTCOMES.map((o) => (
                  <Table.Tr key={o}>
                    <Table.Td>{t(`payments.statement.outcome.${o}`)}</Table.Td>
                    <Table.Td ta="right">{result.counts[o]}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {result.errors.length > 0 && (
              <List size="sm">
                {result.errors.slice(0, 50).map((e) => (
                  <List.Item key={`${e.line}-${e.field}`}>{lineError(e)}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
