import { Badge, Card, Chip, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';
import { formatDateTime, formatDay, formatMoney } from '@web/format/format';
import { EmptyNote } from '@web/ui/EmptyNote';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { PageTitle } from '@web/ui/PageTitle';
import { EntryActions } from './EntryActions';
import { type ProducerSample, productName, useMySamples } from './inbox-api';
import { groupOf, SAMPLE_GROUPS, type SampleGroup } from './sample-groups';

// Light badges in the colours whose text keeps AA contrast; "to send" stands out, filled.
const COLOURS: Record<SampleGroup, string> = {
  requested: 'yellow',
  received: 'blue',
  on_display: 'tre',
  returned: 'gray',
  entries: 'blue',
  settled: 'gray',
};

/** The producer's showcase samples grouped by where they stand: to send, received, on display, returned. */
export default function SamplesPage() {
  const { t } = useTranslation();
  const samples = useMySamples();
  const [params, setParams] = useSearchParams();
  const asked = params.get('status') as SampleGroup | null;
  const only = asked && SAMPLE_GROUPS.includes(asked) ? asked : null;
  const body = () => {
    if (samples.isPending) return <Loading />;
    if (samples.isError) return <ErrorState error={samples.error} />;
    if (samples.data.length === 0) return <EmptyNote>{t('producerInbox.samples.none')}</EmptyNote>;
    const grouped = new Map<SampleGroup, ProducerSample[]>(SAMPLE_GROUPS.map((g) => [g, []]));
    for (const sample of samples.data) grouped.get(groupOf(sample))!.push(sample);
    const shown = SAMPLE_GROUPS.filter((g) => (only ? g === only : grouped.get(g)!.length > 0));
    return (
      <>
        <Chip.Group
          value={only ?? ''}
          onChange={(value) => setParams(value ? { status: value } : {}, { replace: true })}
        >
          <Group gap={6} role="radiogroup" aria-label={t('producerInbox.samples.filter')}>
            <Chip value="" size="sm" variant="outline">
              {t('producerInbox.samples.all')} ({samples.data.length})
            </Chip>
            {SAMPLE_GROUPS.map((g) => (
              <Chip key={g} value={g} size="sm" variant="outline">
                {t(`producerInbox.samples.group.${g}`)} ({grouped.get(g)!.length})
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {shown.map((g) => (
          <Stack key={g} gap="sm" component="section" aria-labelledby={`samples-${g}`}>
            <Title order={2} size="h4" id={`samples-${g}`}>
              {t(`producerInbox.samples.group.${g}`)}
            </Title>
            {grouped.get(g)!.length === 0 ? (
              <EmptyNote>{t(`producerInbox.samples.empty.${g}`)}</EmptyNote>
            ) : (
              grouped.get(g)!.map((sample) => <SampleCard key={sample.id} sample={sample} />)
            )}
          </Stack>
        ))}
      </>
    );
  };
  return (
    <Stack maw={720}>
      <PageTitle>{t('producerInbox.samples.title')}</PageTitle>
      <Text size="sm" c="dimmed">
        {t('producerInbox.samples.lead')}
      </Text>
      {body()}
    </Stack>
  );
}

function SampleCard({ sample }: { sample: ProducerSample }) {
  const { t, i18n } = useTranslation();
  const group = groupOf(sample);
  const status = sample.custodyStatus
    ? t(`producerInbox.samples.custody.${sample.custodyStatus}`)
    : t(`producerInbox.samples.entry.${sample.entryStatus}`);
  const showcase =
    i18n.language === 'en' && sample.showcase.titleEn
      ? sample.showcase.titleEn
      : sample.showcase.titleVi;
  return (
    <Card withBorder component="article">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={650}>{productName(sample.product, i18n.language)}</Text>
          <Badge
            color={COLOURS[group]}
            variant={group === 'requested' ? 'filled' : 'light'}
            autoContrast
            style={{ flexShrink: 0 }}
          >
            {status}
          </Badge>
        </Group>
        {sample.labelCode && (
          <Text size="sm" fw={600}>
            {t('producerInbox.samples.label', { code: sample.labelCode })}
          </Text>
        )}
        <Text size="sm">{t('producerInbox.samples.showcase', { title: showcase })}</Text>
        <Text size="sm" c="dimmed">
          {t('producerInbox.samples.dates', {
            from: formatDay(sample.showcase.startsOn),
            to: formatDay(sample.showcase.endsOn),
          })}
          {sample.showcase.location ? ` · ${sample.showcase.location}` : ''}
        </Text>
        {sample.displayLocation && (
          <Text size="sm">
            {t('producerInbox.samples.where', { location: sample.displayLocation })}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('producerInbox.samples.quantity', {
            count: sample.quantity,
            value: formatMoney(sample.declaredValue),
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('producerInbox.samples.since', { when: formatDateTime(sample.since) })}
        </Text>
        {group === 'entries' && <EntryActions sample={sample} />}
      </Stack>
    </Card>
  );
}
