import { Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from './Pager';
import { REFUSED_PAGE_SIZE, useRefusedRows } from './visitors-api';

export const FIELDS = [
  'name',
  'email',
  'organisation',
  'phone',
  'country',
  'language',
  'segment',
  'tags',
  'consent',
  'header',
  'file',
] as const;
export type Field = (typeof FIELDS)[number];

/** The rows an import refused: line of the file, column and reason, to fix and import again. */
export function RefusedRows({ importId, count }: { importId: string; count: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const rows = useRefusedRows(importId, count > 0, page);
  if (count === 0) return <Text size="sm">{t('outreach.import.noRefused')}</Text>;
  if (!rows.data) return null;
  const field = (name: string) =>
    (FIELDS as readonly string[]).includes(name)
      ? t(`outreach.import.fields.${name as Field}`)
      : name;
  return (
    <>
      <Title order={3} size="h5">
        {t('outreach.import.refusedTitle')}
      </Title>
      <Table striped withTableBorder verticalSpacing={4} maw={900}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('outreach.import.line')}</Table.Th>
            <Table.Th w={180}>{t('outreach.import.field')}</Table.Th>
            <Table.Th>{t('outreach.import.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.data.items.map((row, i) => (
            <Table.Tr key={`${row.line}-${row.field}-${i}`}>
              <Table.Td>{row.line}</Table.Td>
              <Table.Td>{field(row.field)}</Table.Td>
              <Table.Td>{row.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Pager total={rows.data.total} pageSize={REFUSED_PAGE_SIZE} page={page} onChange={setPage} />
    </>
  );
}
