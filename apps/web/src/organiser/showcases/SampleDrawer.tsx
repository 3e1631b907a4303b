import { Badge, Drawer, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '@web/format/format';
import { Loading } from '@web/ui/Loading';
import { notifyDone } from '../notify';
import { CustodyForm } from './CustodyForm';
import { CustodyBadge } from './CustodyBadge';
import { NEXT_STEPS, type Sample, showcasesKey, useSample } from './showcases-api';

type DetailKey = keyof (typeof import('@web/i18n/vi/showcases'))['showcases']['detail'];

/** One sample: what it is, its custody trail, and the form for its next step. */
export function SampleDrawer({
  fairId,
  sample,
  onClose,
}: {
  fairId: string;
  sample: Sample | undefined;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const full = useSample(fairId, sample);
  const shown = full.data ?? sample;
  // Counts the steps recorded here: the form starts afresh after each one, and only then (not
  // when the sample's trail arrives after the drawer opened, which wiped what was being typed).
  const [recorded, setRecorded] = useState(0);
  const product =
    shown && ((i18n.language === 'en' && shown.product.nameEn) || shown.product.nameVi);
  return (
    <Drawer
      opened={Boolean(sample)}
      onClose={onClose}
      position="right"
      size="md"
      title={shown ? `${shown.labelCode ?? '—'} · ${product}` : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {!shown ? null : (
        <Stack>
          <Group gap="xs">
            <CustodyBadge sample={shown} />
            <Text size="sm">{shown.producer.name}</Text>
          </Group>
          <Text size="sm">
            {t('showcases.terms', {
              count: shown.quantity,
              value: formatMoney(shown.declaredValue),
            })}
            {shown.displayLocation ? ` · ${shown.displayLocation}` : ''}
          </Text>
          <Title order={3} size="h5">
            {t('showcases.trail')}
          </Title>
          {full.isPending ? (
            <Loading />
          ) : (
            <Timeline active={(full.data?.trail?.length ?? 1) - 1} bulletSize={14} lineWidth={2}>
              {(full.data?.trail ?? []).map((event) => (
                <Timeline.Item key={event.seq} title={t(`showcases.step.${event.step}`)}>
                  <Text size="sm">
                    {event.actor.name} · {formatDateTime(event.at)}
                  </Text>
                  {Object.entries(event.details).map(([key, value]) => (
                    <Text size="xs" c="dimmed" key={key}>
                      {t(`showcases.detail.${key as DetailKey}`, { defaultValue: key })}:{' '}
                      {key === 'condition' ? t(`showcases.condition.${value as 'good'}`) : value}
                    </Text>
                  ))}
                </Timeline.Item>
              ))}
            </Timeline>
          )}
          <Title order={3} size="h5">
            {t('showcases.record')}
          </Title>
          {shown.custodyStatus === null ? (
            <Text size="sm">{t('showcases.notAccepted')}</Text>
          ) : NEXT_STEPS[shown.custodyStatus].length === 0 ? (
            <Badge variant="light" color="gray">
              {t('showcases.noStep')}
            </Badge>
          ) : (
            <CustodyForm
              // A fresh form after each step, offering what the new status allows.
              key={`${shown.id}:${recorded}`}
              fairId={fairId}
              sample={shown}
              onRecorded={(saved, step) => {
                setRecorded((count) => count + 1);
                client.setQueryData([...showcasesKey(fairId), 'sample', saved.id], saved);
                void client.invalidateQueries({ queryKey: showcasesKey(fairId) });
                notifyDone(
                  t('showcases.recorded', {
                    step: t(`showcases.step.${step}`),
                    code: saved.labelCode,
                  }),
                );
              }}
            />
          )}
        </Stack>
      )}
    </Drawer>
  );
}
