import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { modalsHostReady } from '@web/ui/modals';

/**
 * Notifications and modals: their own chunk (with Mantine's modal, scroll area and floating-ui
 * code), loaded beside the first screen rather than in the main script. Notifications shown
 * before it mounts wait in their store; modals wait for it (@web/ui/modals).
 */
export default function Overlays() {
  // A parent's effect runs after its children's: the modals' host listens by now.
  useEffect(modalsHostReady, []);
  return (
    <>
      <Notifications position="top-center" />
      <ModalsProvider />
    </>
  );
}
