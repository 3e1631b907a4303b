import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@web/format/format';
import type { ProducerDocument } from './documents-api';

// Filled shades with at least 4.5:1 for their text (autoContrast puts dark text on yellow).
const STATUS_COLOURS = { pending: 'yellow', checked: 'tre', refused: 'red.9' } as const;
const VALIDITY_COLOURS = { valid: 'gray.8', expiring_soon: 'orange.9', expired: 'red.9' } as const;

/** One document: its kind, dates, the organisers' check and its validity; actions below. */
export function DocumentCard({ doc, children }: { doc: ProducerDocument; children?: ReactNode }) {
  const { t } = useTranslation();
  const name = doc.title ?? t(`producerDocuments.kinds.${doc.kind}`);
  return (
    <Card withBorder data-testid="document" aria-label={name}>
      <Stack gap={4}>
        <Text fw={600}>{name}</Text>
        <Group gap="xs">
          <Badge color={STATUS_COLOURS[doc.status]} variant="filled" autoContrast>
            {t(`producerDocuments.status.${doc.status}`)}
          </Badge>
          {doc.expiresOn && (
            <Badge color={VALIDITY_COLOURS[doc.validity]} variant="outline">
              {t(`producerDocuments.validity.${doc.validity}`)}
            </Badge>
          )}
        </Group>
        <Text size="sm">{t('producerDocuments.issued', { date: formatDay(doc.issuedOn) })}</Text>
        <Text size="sm">
          {doc.expiresOn
            ? t('producerDocuments.expires', { date: formatDay(doc.expiresOn) })
            : t('producerDocuments.noExpiry')}
        </Text>
        {doc.status === 'refused' && doc.refusalReason && (
          <Text size="sm" c="red.9">
            {t('producerDocuments.reason', { reason: doc.refusalReason })}
          </Text>
        )}
        <Anchor href={doc.url} target="_blank" rel="noopener" size="sm">
          {t('producerDocuments.open', { name: doc.fileName })}
        </Anchor>
        {children}
      </Stack>
    </Card>
  );
}
