import { useRef } from 'react';

/**
 * Wraps an action so that a second press while the first is still running does nothing
 * (a double click sends one request); the mutation's own pending state comes a tick later.
 */
export function useSingleFlight(action: () => Promise<unknown>) {
  const busy = useRef(false);
  return () => {
    if (busy.current) return;
    busy.current = true;
    void action()
      .catch(() => undefined)
      .finally(() => {
        busy.current = false;
      });
  };
}
