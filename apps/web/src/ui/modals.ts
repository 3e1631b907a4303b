import { modals as mantineModals } from '@mantine/modals';

let markReady: () => void = () => undefined;
const hostReady = new Promise<void>((resolve) => (markReady = resolve));

/** Called by the overlays' host (app/Overlays) once it listens for modals. */
export const modalsHostReady = (): void => markReady();

/**
 * Mantine's modals, opened once their host listens: the host loads after the first screen
 * (its code is a fifth of the main script), and a modal asked for before would be lost.
 */
export const modals = {
  openConfirmModal: (props: Parameters<typeof mantineModals.openConfirmModal>[0]) =>
    void hostReady.then(() => mantineModals.openConfirmModal(props)),
  open: (props: Parameters<typeof mantineModals.open>[0]) =>
    void hostReady.then(() => mantineModals.open(props)),
  closeAll: () => mantineModals.closeAll(),
};
