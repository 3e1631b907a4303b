import { Text } from '@mantine/core';
import { modals } from '@web/ui/modals';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { isApiError } from '@web/api/api-error';

interface Danger {
  title: string;
  body: string;
  confirm: string;
  /** The change; if it fails, the user is told why in a notification. */
  onConfirm: () => Promise<void>;
}

/**
 * Asks before something that cannot be undone, saying what will happen. Mantine's default red
 * button (3.6:1) and unlabelled close button fail AA; these are darkened and named.
 */
export function confirmDanger(t: TFunction, { title, body, confirm, onConfirm }: Danger) {
  modals.openConfirmModal({
    title,
    children: <Text size="sm">{body}</Text>,
    labels: { confirm, cancel: t('common.cancel') },
    confirmProps: { color: 'red.9' },
    closeButtonProps: { 'aria-label': t('common.cancel') },
    onConfirm: () =>
      void onConfirm().catch((error: unknown) =>
        notifications.show({
          color: 'red',
          title: t('errors.formTitle'),
          message: isApiError(error) ? error.message : t('errors.network'),
        }),
      ),
  });
}
