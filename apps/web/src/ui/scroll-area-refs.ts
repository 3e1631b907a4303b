import { useMergedRef } from '@mantine/hooks';
import type { Ref } from 'react';

/**
 * floating-ui's `useMergeRefs`, for Mantine's ScrollArea only (see vite.config.ts): the one
 * hook it takes from @floating-ui/react, which otherwise brings the whole shared floating-ui
 * chunk (17 KB gzipped, the popovers' positioning) to every screen with a table.
 */
export function useMergeRefs<T>(refs: (Ref<T> | undefined)[]) {
  return useMergedRef<T>(...refs);
}
