import { Checkbox, MultiSelect, Stack, TagsInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Draft, SEGMENT_VALUES, type SegmentValue } from './campaign-draft';

/** Who receives the campaign: everyone, or segments and tags (which add up). */
export function AudienceFields({
  draft,
  onChange,
}: {
  draft: Draft;
  onChange: (d: Draft) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('outreach.compose.audience')}
      </Text>
      <Checkbox
        label={t('outreach.compose.all')}
        checked={draft.all}
        onChange={(e) => onChange({ ...draft, all: e.currentTarget.checked })}
      />
      <MultiSelect
        label={t('outreach.compose.segments')}
        data={SEGMENT_VALUES.map((s) => ({ value: s, label: t(`outreach.segment.${s}`) }))}
        value={draft.segments}
        onChange={(v) => onChange({ ...draft, segments: v as SegmentValue[] })}
        disabled={draft.all}
      />
      <TagsInput
        label={t('outreach.compose.tags')}
        description={t('outreach.compose.tagsHint')}
        value={draft.tags}
        onChange={(tags) => onChange({ ...draft, tags })}
        disabled={draft.all}
      />
    </Stack>
  );
}
