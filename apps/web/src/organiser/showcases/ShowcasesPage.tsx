import { Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDay } from '@web/format/format';
import { EmptyNote } from '@web/ui/EmptyNote';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { FairHeader } from '../fairs/FairHeader';
import { useFair } from '../fairs/fairs-api';
import { SampleDrawer } from './SampleDrawer';
import { SamplesTable } from './SamplesTable';
import { ScanModal } from './ScanModal';
import { ShowcaseForm } from './ShowcaseForm';
import {
  type Sample,
  type Showcase,
  useAllSamples,
  useShowcase,
  useShowcases,
} from './showcases-api';
import { UnreturnedList } from './UnreturnedList';

/**
 * A fair's showcases: each one's samples and their custody, a label scanned (or its code typed)
 * to record the next step, labels to print, and the samples still to give back.
 */
export default function ShowcasesPage({ fairId }: { fairId: string }) {
  const { t, i18n } = useTranslation();
  const fair = useFair(fairId);
  const showcases = useShowcases(fairId);
  const [picked, setPicked] = useState<string>();
  const [opened, setOpened] = useState<Sample>();
  const [scanning, setScanning] = useState(false);
  const [editing, setEditing] = useState<Showcase | 'new'>();
  const list = showcases.data ?? [];
  const current = list.find((s) => s.id === picked) ?? list[0];
  const showcase = useShowcase(fairId, current?.id);
  const everySample = useAllSamples(fairId, list);
  const find = useCallback(
    (code: string) => {
      const sample = everySample.find((s) => s.labelCode === code);
      if (sample) {
        setScanning(false);
        setOpened(sample);
      }
      return Boolean(sample);
    },
    [everySample],
  );
  if (fair.isPending || showcases.isPending) return <Loading />;
  if (fair.isError) return <ErrorState error={fair.error} />;
  if (showcases.isError) return <ErrorState error={showcases.error} />;
  const title = (s: { titleVi: string; titleEn: string | null }) =>
    (i18n.language === 'en' && s.titleEn) || s.titleVi;
  return (
    <Stack>
      <FairHeader fair={fair.data} tab="showcases" />
      <Group justify="flex-end" gap="xs">
        {current && (
          <Button variant="default" onClick={() => setEditing(current)}>
            {t('showcases.form.edit')}
          </Button>
        )}
        <Button variant="light" onClick={() => setEditing('new')}>
          {t('showcases.form.create')}
        </Button>
      </Group>
      {!current ? (
        <EmptyNote>{t('showcases.none')}</EmptyNote>
      ) : (
        <>
          <Card withBorder>
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h4">
                {t('showcases.samples')}
              </Title>
              <Group gap="xs">
                <Button onClick={() => setScanning(true)}>{t('showcases.scan')}</Button>
                <Button
                  variant="default"
                  component={Link}
                  to={`/fairs/${fairId}/showcases/${current.id}/labels`}
                >
                  {t('showcases.printLabels')}
                </Button>
              </Group>
            </Group>
            {list.length > 1 && (
              <SegmentedControl
                mb="sm"
                aria-label={t('showcases.pick')}
                value={current.id}
                onChange={setPicked}
                data={list.map((s) => ({ value: s.id, label: title(s) }))}
              />
            )}
            <Text size="sm" c="dimmed" mb="sm">
              {title(current)} ·{' '}
              {t('showcases.dates', {
                from: formatDay(current.startsOn),
                to: formatDay(current.endsOn),
              })}
              {current.location ? ` · ${current.location}` : ''}
            </Text>
            {showcase.isPending ? (
              <Loading />
            ) : (
              <SamplesTable samples={showcase.data?.samples ?? []} open={setOpened} />
            )}
          </Card>
          <UnreturnedList fairId={fairId} />
        </>
      )}
      {editing && (
        <ShowcaseForm
          fairId={fairId}
          showcase={editing === 'new' ? undefined : editing}
          onClose={(saved) => {
            setEditing(undefined);
            if (saved) setPicked(saved.id);
          }}
        />
      )}
      {scanning && <ScanModal onClose={() => setScanning(false)} find={find} />}
      <SampleDrawer fairId={fairId} sample={opened} onClose={() => setOpened(undefined)} />
    </Stack>
  );
}
