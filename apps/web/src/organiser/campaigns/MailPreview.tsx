import { Box, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '@web/ui/FormError';
import { campaignKey, type Language, previewCampaign } from './campaigns-api';

type Width = 'desktop' | 'phone';
const PHONE_PX = 390;

/**
 * The letter as a recipient gets it, rendered by the API from the texts being typed (not yet
 * saved), at a desk's width or a phone's.
 */
export function MailPreview(props: {
  campaignId: string;
  locale: Language;
  subject: string;
  body: string;
}) {
  const { t } = useTranslation();
  const [width, setWidth] = useState<Width>('desktop');
  const [texts] = useDebouncedValue({ subject: props.subject, body: props.body }, 400);
  const preview = useQuery({
    queryKey: [...campaignKey(props.campaignId), 'preview', props.locale, texts],
    queryFn: () => previewCampaign(props.campaignId, props.locale, texts),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const subject = preview.data?.subject ?? '';
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('outreach.preview.title')}
          </Title>
          <SegmentedControl
            aria-label={t('outreach.preview.width')}
            value={width}
            onChange={(v) => setWidth(v as Width)}
            data={[
              { value: 'desktop', label: t('outreach.preview.desktop') },
              { value: 'phone', label: t('outreach.preview.phone') },
            ]}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t('outreach.preview.explain')}
        </Text>
        <FormError error={preview.error} />
        {preview.data && (
          <>
            <Text size="sm" fw={600}>
              {t('outreach.preview.subject', { subject })}
            </Text>
            <Box
              component="iframe"
              title={t('outreach.preview.frame', { subject })}
              // The letter as mailed, shown inert: no scripts, no navigation.
              sandbox=""
              srcDoc={preview.data.html}
              w={width === 'phone' ? PHONE_PX : '100%'}
              h={620}
              mx="auto"
              display="block"
              style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}
            />
          </>
        )}
        <Text size="xs" c="dimmed" role="status" aria-live="polite">
          {preview.isFetching ? t('outreach.preview.updating') : ''}
        </Text>
      </Stack>
    </Card>
  );
}
