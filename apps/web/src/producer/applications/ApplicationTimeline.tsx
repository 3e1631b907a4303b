import { Card, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '@web/format/format';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Application, TimelineEvent } from './applications-api';
import { textOf } from './name-in';

interface Step {
  key: string;
  title: string;
  when?: string;
  note?: string;
}

interface Props {
  app: Application;
  /** Its query, started by the page beside the application's own. */
  timeline: UseQueryResult<TimelineEvent[]>;
  booths: string[];
}

/** Step 6: what happened to the application, as the producer was told, and what comes next. */
export function ApplicationTimeline({ app, timeline, booths }: Props) {
  const { t } = useTranslation();
  if (timeline.isPending) return <Loading />;
  if (timeline.isError) return <ErrorState error={timeline.error} />;
  const title = (e: TimelineEvent) =>
    e.event === 'release'
      ? t(`producerApplications.timeline.release_${e.status as 'approved'}`)
      : e.event === 'payment'
        ? t('producerApplications.timeline.payment', { amount: formatMoney(textOf(e.amount)) })
        : t(`producerApplications.timeline.${e.event}`);
  const steps: Step[] = timeline.data.map((e, i) => ({
    key: `${e.event}-${i}`,
    title: title(e),
    when: formatDateTime(e.occurredAt),
    note: textOf(e.reason)
      ? t('producerApplications.timeline.reason', { reason: textOf(e.reason) })
      : undefined,
  }));
  if (app.status === 'submitted')
    steps.push({ key: 'review', title: t('producerApplications.timeline.review') });
  if (booths.length)
    steps.push({
      key: 'booths',
      title: t('producerApplications.timeline.booths', { booths: booths.join(', ') }),
    });
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('producerApplications.timeline.title')}
      </Title>
      <Timeline active={steps.length - 1} bulletSize={16} lineWidth={2} color="tre">
        {steps.map((step) => (
          <Timeline.Item key={step.key} title={step.title}>
            {step.when && (
              <Text size="xs" c="dimmed">
                {step.when}
              </Text>
            )}
            {step.note && <Text size="sm">{step.note}</Text>}
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}
