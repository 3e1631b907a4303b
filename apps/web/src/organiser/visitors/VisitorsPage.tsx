import { Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '@web/ui/EmptyNote';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { useBodyId } from '../body/body-context';
import { BulkEditBar } from './BulkEditBar';
import { ImportPanel } from './ImportPanel';
import { Pager } from './Pager';
import { VisitorEditModal } from './VisitorEditModal';
import { VisitorTable } from './VisitorTable';
import {
  SEGMENTS,
  type Segment,
  useVisitors,
  type Visitor,
  VISITOR_PAGE_SIZE,
} from './visitors-api';

/** The body's visitor list: import from a file, then search it by words, segment or tag. */
export default function VisitorsPage() {
  const { t } = useTranslation();
  const bodyId = useBodyId();
  const [q, setQ] = useState('');
  const [tag, setTag] = useState('');
  const [segment, setSegment] = useState<Segment | null>(null);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<Visitor | null>(null);
  const select = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const [words] = useDebouncedValue(q.trim(), 300);
  const [tagWord] = useDebouncedValue(tag.trim(), 300);
  const visitors = useVisitors(bodyId, {
    page,
    pageSize: VISITOR_PAGE_SIZE,
    ...(words ? { q: words } : {}),
    ...(tagWord ? { tag: tagWord } : {}),
    ...(segment ? { segment } : {}),
  });
  const filtered = Boolean(words || tagWord || segment);
  const reset =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };
  return (
    <Stack>
      <PageTitle>{t('outreach.visitors.title')}</PageTitle>
      <ImportPanel bodyId={bodyId} />
      <Group align="end">
        <TextInput
          type="search"
          label={t('outreach.visitors.search')}
          description={t('outreach.visitors.searchHint')}
          value={q}
          onChange={(e) => reset(setQ)(e.currentTarget.value)}
          w={340}
        />
        <Select
          label={t('outreach.visitors.segment')}
          placeholder={t('outreach.visitors.any')}
          data={SEGMENTS.map((s) => ({ value: s, label: t(`outreach.segment.${s}`) }))}
          value={segment}
          onChange={(value) => reset(setSegment)(value as Segment | null)}
          clearable
          w={220}
        />
        <TextInput
          label={t('outreach.visitors.tag')}
          value={tag}
          onChange={(e) => reset(setTag)(e.currentTarget.value)}
          w={200}
        />
      </Group>
      {visitors.isPending ? (
        <Loading />
      ) : visitors.isError ? (
        <ErrorState error={visitors.error} />
      ) : visitors.data.total === 0 ? (
        <EmptyNote>
          {filtered ? t('outreach.visitors.noMatch') : t('outreach.visitors.none')}
        </EmptyNote>
      ) : (
        <>
          <Text size="sm" role="status">
            {t('outreach.visitors.count', { count: visitors.data.total })}
          </Text>
          {selected.size > 0 && (
            <BulkEditBar
              bodyId={bodyId}
              ids={[...selected]}
              onDone={() => setSelected(new Set())}
            />
          )}
          <VisitorTable
            visitors={visitors.data.items}
            selected={selected}
            onSelect={select}
            onEdit={setEditing}
          />
          <Pager
            total={visitors.data.total}
            pageSize={VISITOR_PAGE_SIZE}
            page={page}
            onChange={setPage}
          />
        </>
      )}
      {editing && (
        <VisitorEditModal bodyId={bodyId} visitor={editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
