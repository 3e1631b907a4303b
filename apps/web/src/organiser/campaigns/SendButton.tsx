import { Button, Stack, Text } from '@mantine/core';
import { modals } from '@web/ui/modals';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '@web/ui/FormError';
import { notifyDone } from '../notify';
import { type Campaign, campaignKey, sendCampaign } from './campaigns-api';

/**
 * Sends the campaign: the draft is saved first, so the confirmation states the count of the
 * audience as stored, and exactly that is sent.
 */
export function SendButton(props: {
  campaignId: string;
  save: () => Promise<Campaign | undefined>;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const send = async () => {
    try {
      const sent = await sendCampaign(props.campaignId);
      client.setQueryData(campaignKey(props.campaignId), sent);
      notifyDone(t('outreach.compose.sendStarted'));
    } catch (caught) {
      setError(caught);
    }
  };

  const open = async () => {
    setBusy(true);
    setError(undefined);
    const saved = await props.save();
    setBusy(false);
    if (!saved) return;
    const count = saved.audienceSize ?? 0;
    if (count === 0) {
      modals.open({
        title: t('outreach.compose.nobody'),
        withCloseButton: false,
        children: <Button onClick={() => modals.closeAll()}>{t('common.close')}</Button>,
      });
      return;
    }
    modals.openConfirmModal({
      withCloseButton: false,
      title: t('outreach.compose.confirmTitle', { count }),
      children: (
        <Stack gap="xs">
          <Text size="sm">{t('outreach.compose.confirmBody', { count })}</Text>
          <Text size="sm">{t('outreach.compose.confirmSuppressed')}</Text>
        </Stack>
      ),
      labels: { confirm: t('outreach.compose.confirm', { count }), cancel: t('common.cancel') },
      onConfirm: () => void send(),
    });
  };

  return (
    <>
      <Button loading={busy} onClick={() => void open()}>
        {t('outreach.compose.send')}
      </Button>
      <FormError error={error} />
    </>
  );
}
