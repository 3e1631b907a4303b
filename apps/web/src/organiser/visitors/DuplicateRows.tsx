import { Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from './Pager';
import { type Field, FIELDS } from './RefusedRows';
import { REFUSED_PAGE_SIZE, useDuplicateRows } from './visitors-api';

/** Rows that repeated a known address: merged into that visitor, each with what it changed. */
export function DuplicateRows({ importId, count }: { importId: string; count: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const rows = useDuplicateRows(importId, count > 0, page);
  if (count === 0 || !rows.data) return null;
  const field = (name: string) =>
    (FIELDS as readonly string[]).includes(name)
      ? t(`outreach.import.fields.${name as Field}`)
      : name;
  return (
    <>
      <Title order={3} size="h5">
        {t('outreach.import.duplicatesTitle')}
      </Title>
      <Table striped withTableBorder verticalSpacing={4} maw={900}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('outreach.import.line')}</Table.Th>
            <Table.Th>{t('outreach.import.mergedInto')}</Table.Th>
            <Table.Th>{t('outreach.import.changed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.data.items.map((row) => (
            <Table.Tr key={row.line}>
              <Table.Td>{row.line}</Table.Td>
              <Table.Td>
                {row.name} · {row.email}
              </Table.Td>
              <Table.Td>
                {row.changed.length
                  ? row.changed.map(field).join(', ')
                  : t('outreach.import.nothingNew')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Pager total={rows.data.total} pageSize={REFUSED_PAGE_SIZE} page={page} onChange={setPage} />
    </>
  );
}
