import { Group, Pagination, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '@web/ui/EmptyNote';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { FairHeader } from '../fairs/FairHeader';
import { fairName, useFair } from '../fairs/fairs-api';
import { BulkDecisionBar } from './BulkDecisionBar';
import { ReleaseBar } from './ReleaseBar';
import { PAGE_SIZE, useReviewPage, useZones } from './review-api';
import { type Filters, ReviewFilters } from './ReviewFilters';
import { ApplicantDocuments } from './ApplicantDocuments';
import { ReviewTable } from './ReviewTable';
import type { SortState } from './sort-header';

/**
 * The review of a fair's applications: filtered, sorted and paged by the API (thousands of
 * rows stay fast), decisions staged in bulk, then released with a preview of the letters.
 */
export default function ReviewPage({ fairId }: { fairId: string }) {
  const { t, i18n } = useTranslation();
  const fair = useFair(fairId);
  const zones = useZones(fairId);
  const [filters, setFilters] = useState<Filters>({});
  const [sort, setSort] = useState<SortState>({ sort: 'submittedAt', order: 'asc' });
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [documentsOf, setDocumentsOf] = useState<{ id: string; name: string } | null>(null);
  // Typing a village asks the API once the typing pauses, not at each key. The query is one
  // object per change (not per render), or the debounce would restart on every render.
  const wanted = useMemo(
    () => ({ ...filters, ...sort, page, pageSize: PAGE_SIZE }),
    [filters, sort, page],
  );
  const [query] = useDebouncedValue(wanted, 250);
  const list = useReviewPage(fairId, query);

  if (fair.isPending) return <Loading />;
  if (fair.isError) return <ErrorState error={fair.error} />;
  const zoneNames = new Map(
    (zones.data ?? []).map((zone) => [zone.code, fairName(zone, i18n.language)]),
  );
  const toggle = (id: string) =>
    setSelected((now) => {
      const next = new Set(now);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const togglePage = (ids: string[], on: boolean) =>
    setSelected((now) => {
      const next = new Set(now);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });
  const total = list.data?.total ?? 0;
  return (
    <Stack>
      <FairHeader fair={fair.data} tab="applications" />
      <ReleaseBar fairId={fairId} />
      <ReviewFilters
        fairId={fairId}
        filters={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      {selected.size > 0 && (
        <BulkDecisionBar
          fairId={fairId}
          selected={[...selected]}
          onDone={() => setSelected(new Set())}
        />
      )}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} />
      ) : total === 0 ? (
        <EmptyNote>
          {Object.values(filters).some((v) => v !== undefined)
            ? t('desk.table.noMatch')
            : t('desk.table.none')}
        </EmptyNote>
      ) : (
        <>
          <Text size="sm" role="status">
            {t('desk.table.count', { count: total })}
          </Text>
          <ReviewTable
            rows={list.data.items}
            zoneNames={zoneNames}
            selected={selected}
            onToggle={toggle}
            onTogglePage={togglePage}
            sort={sort}
            onSort={(next) => {
              setSort(next);
              setPage(1);
            }}
            onDocuments={(row) => setDocumentsOf({ id: row.producerId, name: row.producer.name })}
          />
          <ApplicantDocuments
            producerId={documentsOf?.id ?? null}
            producerName={documentsOf?.name ?? ''}
            onClose={() => setDocumentsOf(null)}
          />
          {total > PAGE_SIZE && (
            <Group justify="center">
              <Pagination
                total={Math.ceil(total / PAGE_SIZE)}
                value={page}
                onChange={setPage}
                getControlProps={(control) => ({
                  'aria-label': t(`desk.table.page.${control}`),
                })}
                getItemProps={(n) => ({ 'aria-label': t('desk.table.pageN', { n }) })}
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
