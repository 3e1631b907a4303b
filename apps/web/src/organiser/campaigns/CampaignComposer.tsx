import {
  Button,
  Card,
  Grid,
  Group,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '@web/ui/FormError';
import { notifyDone } from '../notify';
import { AudienceFields } from './AudienceFields';
import { type Draft, changeOf, draftOf } from './campaign-draft';
import { type Campaign, campaignKey, type Language, updateCampaign } from './campaigns-api';
import { MailPreview } from './MailPreview';
import { ScheduleButton } from './ScheduleButton';
import { SendButton } from './SendButton';

const LANGUAGES: Language[] = ['vi', 'en'];
const PLACEHOLDERS = ['name', 'organisation', 'fair', 'dates', 'venue', 'organiser'];

/** Writing a draft campaign in both languages, with its recipients and a live preview. */
export function CampaignComposer({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(campaign));
  const [language, setLanguage] = useState<Language>('vi');
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const setText = (part: 'subject' | 'body', value: string) =>
    setDraft((d) => ({ ...d, [part]: { ...d[part], [language]: value } }));

  /** Stores the draft; the answer (with the audience's size) replaces the cached campaign. */
  const save = async (): Promise<Campaign | undefined> => {
    setSaving(true);
    setError(undefined);
    try {
      await updateCampaign(campaign.id, changeOf(draft));
      await client.invalidateQueries({ queryKey: campaignKey(campaign.id), exact: true });
      return client.getQueryData<Campaign>(campaignKey(campaign.id));
    } catch (caught) {
      setError(caught);
      return undefined;
    } finally {
      setSaving(false);
    }
  };

  return (
    <Grid>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Card withBorder>
          <Stack>
            <Title order={2} size="h4">
              {t('outreach.compose.title')}
            </Title>
            <FormError error={error} />
            <Tabs value={language} onChange={(v) => setLanguage(v as Language)}>
              <Tabs.List>
                {LANGUAGES.map((l) => (
                  <Tabs.Tab key={l} value={l}>
                    {t(`outreach.compose.${l}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
            </Tabs>
            <TextInput
              label={t('outreach.compose.subject', { language: t(`outreach.compose.${language}`) })}
              value={draft.subject[language]}
              onChange={(e) => setText('subject', e.currentTarget.value)}
              maxLength={200}
            />
            <Textarea
              label={t('outreach.compose.body', { language: t(`outreach.compose.${language}`) })}
              value={draft.body[language]}
              onChange={(e) => setText('body', e.currentTarget.value)}
              autosize
              minRows={8}
              maxRows={16}
            />
            <Text size="xs" c="dimmed">
              {t('outreach.compose.placeholders')}{' '}
              <Text span ff="monospace" size="xs">
                {PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ')}
              </Text>
            </Text>
            <AudienceFields draft={draft} onChange={setDraft} />
            <Text size="sm" role="status">
              {t('outreach.compose.audienceSize', { count: campaign.audienceSize ?? 0 })}
            </Text>
            <Group>
              <Button
                variant="default"
                loading={saving}
                onClick={async () => {
                  if (await save()) notifyDone(t('outreach.compose.saved'));
                }}
              >
                {t('outreach.compose.save')}
              </Button>
              <ScheduleButton campaignId={campaign.id} save={save} />
              <SendButton campaignId={campaign.id} save={save} />
            </Group>
          </Stack>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <MailPreview
          campaignId={campaign.id}
          locale={language}
          subject={draft.subject[language]}
          body={draft.body[language]}
        />
      </Grid.Col>
    </Grid>
  );
}
