import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { vietnameseOrder } from '@web/format/format';
import { fairName } from '../fairs/fairs-api';
import { type ReviewQuery, useProgrammes, useZones } from './review-api';

export type Filters = Pick<ReviewQuery, 'status' | 'zone' | 'village' | 'programme' | 'priority'>;

const STATUSES = ['submitted', 'approved', 'waitlisted', 'rejected', 'withdrawn'] as const;

/** The review's filters, as the issue lists them: status, zone wished, village, programme, priority. */
export function ReviewFilters({
  fairId,
  filters,
  onChange,
}: {
  fairId: string;
  filters: Filters;
  onChange: (filters: Filters) => void;
}) {
  const { t, i18n } = useTranslation();
  const zones = useZones(fairId).data ?? [];
  const programmes = useProgrammes(fairId).data ?? [];
  const set = (change: Partial<Filters>) => onChange({ ...filters, ...change });
  const byName = (a: { label: string }, b: { label: string }) => vietnameseOrder(a.label, b.label);
  return (
    <Group align="flex-end" gap="sm">
      <Select
        label={t('desk.filters.status')}
        placeholder={t('desk.filters.any')}
        clearable
        w={170}
        value={filters.status ?? null}
        onChange={(value) => set({ status: (value as Filters['status']) ?? undefined })}
        data={STATUSES.map((s) => ({ value: s, label: t(`desk.status.${s}`) }))}
      />
      <Select
        label={t('desk.filters.zone')}
        placeholder={t('desk.filters.any')}
        clearable
        w={190}
        value={filters.zone ?? null}
        onChange={(value) => set({ zone: value ?? undefined })}
        data={zones.map((z) => ({ value: z.code, label: fairName(z, i18n.language) })).sort(byName)}
      />
      <TextInput
        label={t('desk.filters.village')}
        placeholder={t('desk.filters.villageHint')}
        w={190}
        value={filters.village ?? ''}
        onChange={(event) => set({ village: event.currentTarget.value || undefined })}
      />
      <Select
        label={t('desk.filters.programme')}
        placeholder={t('desk.filters.any')}
        clearable
        w={220}
        value={filters.programme ?? null}
        onChange={(value) => set({ programme: value ?? undefined })}
        data={programmes
          .map((p) => ({ value: p.id, label: fairName(p, i18n.language) }))
          .sort(byName)}
      />
      <Select
        label={t('desk.filters.priority')}
        placeholder={t('desk.filters.any')}
        clearable
        w={130}
        value={filters.priority ? String(filters.priority) : null}
        onChange={(value) => set({ priority: value ? Number(value) : undefined })}
        data={['5', '4', '3', '2', '1']}
      />
    </Group>
  );
}
