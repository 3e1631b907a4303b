import { notifications } from '@mantine/notifications';
import { i18n } from '@web/i18n/i18n';

/** A passing confirmation; its close button is named (Mantine's has no name of its own). */
export function notifyDone(message: string): void {
  notifications.show({
    color: 'tre',
    message,
    closeButtonProps: { 'aria-label': i18n.t('organiser.closeNotice') },
  });
}
