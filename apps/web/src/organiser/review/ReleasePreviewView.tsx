import { Badge, Box, Group, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReleasePreview } from './review-api';

/** What a release will do: the count of each decision and of letters, and one letter of each kind. */
export function ReleasePreviewView({ preview }: { preview: ReleasePreview }) {
  const { t } = useTranslation();
  const first = preview.samples[0]?.decision;
  return (
    <Stack gap="sm">
      <Text>{t('desk.release.summary', { count: preview.staged, letters: preview.letters })}</Text>
      <Group gap="xs">
        <Badge color="tre.8">{t('desk.release.approved', { count: preview.approved })}</Badge>
        <Badge color="yellow.5" autoContrast>
          {t('desk.release.waitlisted', { count: preview.waitlisted })}
        </Badge>
        <Badge color="red.8">{t('desk.release.rejected', { count: preview.rejected })}</Badge>
      </Group>
      {preview.letters < preview.staged && (
        <Text size="sm" c="dimmed">
          {t('desk.release.noRecipient', { count: preview.staged - preview.letters })}
        </Text>
      )}
      <Text fw={600} size="sm">
        {t('desk.release.noUndo')}
      </Text>
      {first && (
        <Tabs defaultValue={first} keepMounted={false}>
          <Tabs.List>
            {preview.samples.map((letter) => (
              <Tabs.Tab key={letter.decision} value={letter.decision}>
                {t('desk.release.letterOf', { decision: t(`desk.status.${letter.decision}`) })}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {preview.samples.map((letter) => (
            <Tabs.Panel key={letter.decision} value={letter.decision} pt="xs">
              <Text size="sm">
                {t('desk.release.to', { to: letter.to, producer: letter.producerName })}
              </Text>
              <Text size="sm" fw={600} mb="xs">
                {t('desk.release.subject', { subject: letter.subject })}
              </Text>
              <Box
                component="iframe"
                title={t('desk.release.letterFrame', { subject: letter.subject })}
                // The letter as mailed, shown inert: no scripts, no navigation.
                sandbox=""
                srcDoc={letter.html}
                w="100%"
                h={340}
                style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
              />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}
