import { Button, Text } from '@mantine/core';
import { modals } from '@web/ui/modals';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyDone } from '../notify';
import { useBodyId } from '../body/body-context';
import { type Message, resendMessage } from './delivery-api';

/** Re-sends one failed mail, after saying what will go out and to whom. */
export function ResendButton({
  message,
  onError,
}: {
  message: Message;
  onError: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const bodyId = useBodyId();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const resend = async () => {
    setBusy(true);
    try {
      await resendMessage(bodyId, message.id);
      notifyDone(t('outreach.log.resent', { to: message.recipient }));
      await client.invalidateQueries({ queryKey: ['organiser', 'messages', bodyId] });
    } catch (caught) {
      onError(caught);
    } finally {
      setBusy(false);
    }
  };
  const confirm = () =>
    modals.openConfirmModal({
      withCloseButton: false,
      title: t('outreach.log.confirmTitle'),
      children: (
        <Text size="sm">
          {t('outreach.log.confirmBody', { kind: message.template, to: message.recipient })}
        </Text>
      ),
      labels: { confirm: t('outreach.log.confirm'), cancel: t('common.cancel') },
      onConfirm: () => void resend(),
    });
  return (
    <Button
      size="xs"
      variant="light"
      loading={busy}
      onClick={confirm}
      aria-label={t('outreach.log.resendName', { to: message.recipient })}
    >
      {t('outreach.log.resend')}
    </Button>
  );
}
