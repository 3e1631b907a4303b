import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@web/format/format';
import type { Application } from './applications-api';
import { textOf } from './name-in';

const DECIDED = ['approved', 'rejected', 'waitlisted'] as const;
type Decided = (typeof DECIDED)[number];

/** What the released decision letter told the producer (its money is in the payment card). */
export function DecisionLetter({ app, fair }: { app: Application; fair: string }) {
  const { t } = useTranslation();
  const status = app.status as Decided;
  if (!app.releasedAt || !DECIDED.includes(status)) return null;
  const reason = textOf(app.decisionReason);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('producerApplications.letter.title')}
      </Title>
      <Text>{t(`producerApplications.letter.${status}`, { reference: app.reference, fair })}</Text>
      {reason && <Text mt="xs">{t('producerApplications.letter.reason', { reason })}</Text>}
      <Text size="sm" c="dimmed" mt="xs">
        {t('producerApplications.letter.releasedAt', {
          when: formatDateTime(textOf(app.releasedAt)),
        })}
      </Text>
    </Card>
  );
}
