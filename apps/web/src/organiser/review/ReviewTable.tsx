import { Anchor, Checkbox, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@web/format/format';
import { text } from '../fairs/fairs-api';
import { PriorityBadge } from './PriorityBadge';
import type { ReviewApplication } from './review-api';
import { ReviewStatusBadge } from './ReviewStatusBadge';
import { SortHeader, type SortState } from './sort-header';

/** One page of applications, each with a box to pick it for a decision in bulk. */
export function ReviewTable({
  rows,
  zoneNames,
  selected,
  onToggle,
  onTogglePage,
  sort,
  onSort,
  onDocuments,
}: {
  rows: ReviewApplication[];
  zoneNames: Map<string, string>;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onTogglePage: (ids: string[], on: boolean) => void;
  sort: SortState;
  onSort: (state: SortState) => void;
  /** Opens the applicant's documents. */
  onDocuments?: (row: ReviewApplication) => void;
}) {
  const { t } = useTranslation();
  const ids = rows.map((row) => row.id);
  const picked = ids.filter((id) => selected.has(id)).length;
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('desk.table.selectPage')}
                checked={picked > 0 && picked === ids.length}
                indeterminate={picked > 0 && picked < ids.length}
                onChange={(event) => onTogglePage(ids, event.currentTarget.checked)}
              />
            </Table.Th>
            <SortHeader column="producer" state={sort} onSort={onSort}>
              {t('desk.table.producer')}
            </SortHeader>
            <SortHeader column="village" state={sort} onSort={onSort}>
              {t('desk.table.village')}
            </SortHeader>
            <Table.Th>{t('desk.table.zones')}</Table.Th>
            <SortHeader column="ocop" state={sort} onSort={onSort}>
              {t('desk.table.ocop')}
            </SortHeader>
            <SortHeader column="priority" state={sort} onSort={onSort}>
              {t('desk.table.priority')}
            </SortHeader>
            <SortHeader column="submittedAt" state={sort} onSort={onSort}>
              {t('desk.table.submittedAt')}
            </SortHeader>
            <SortHeader column="status" state={sort} onSort={onSort}>
              {t('desk.table.status')}
            </SortHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={row.id}
              bg={selected.has(row.id) ? 'var(--mantine-color-tre-0)' : undefined}
            >
              <Table.Td>
                <Checkbox
                  aria-label={t('desk.table.select', { name: row.producer.name })}
                  checked={selected.has(row.id)}
                  onChange={() => onToggle(row.id)}
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {row.producer.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {row.reference} · {t('desk.table.booths', { count: row.boothsWanted })}
                </Text>
                {onDocuments && (
                  <Anchor
                    component="button"
                    type="button"
                    size="xs"
                    aria-label={t('desk.documents.openFor', { name: row.producer.name })}
                    onClick={() => onDocuments(row)}
                  >
                    {t('desk.documents.open')}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{text(row.producer.craftVillage) ?? '—'}</Text>
                {row.producer.craftVillageRecognised && (
                  <Text size="xs" c="dimmed">
                    {t('desk.table.recognised')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {row.zones.map((code) => zoneNames.get(code) ?? code).join(', ') || '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.producer.ocopStars ? `${row.producer.ocopStars}★` : '—'}</Text>
              </Table.Td>
              <Table.Td>
                <PriorityBadge application={row} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(row.submittedAt as string | null)}</Text>
              </Table.Td>
              <Table.Td>
                <ReviewStatusBadge application={row} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
