import { type ReactNode, useEffect, useState } from 'react';

/**
 * Renders its children only once the browser has painted what was rendered beside it: a
 * screen shows its first-needed part before building (and fetching the code of) what is below.
 */
export function AfterPaint({ children }: { children: ReactNode }) {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // A frame's callback runs just before its paint; a timeout set there runs after it.
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timeout = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timeout);
    };
  }, []);
  return painted ? children : null;
}
