import { queryClient } from '@web/app/query-client';
import { prefetchApplicationPage, prefetchApplyPage } from './applications/applications-api';
import { fairCallQuery, fairCallsQuery } from './fairs/fair-calls';

/**
 * Deep links into the producer's area (a mail's link, a bookmark) and what each screen needs
 * first. Without this the browser asks for the area's code, then the screen's code, then the
 * screen's data, each once the one before has rendered: on a phone's network that chain was
 * most of the screens' time to show (`npm run bench:web`).
 */
const SCREENS: [RegExp, (id: string) => void][] = [
  [/^\/producer\/fairs$/, () => void queryClient.prefetchQuery(fairCallsQuery)],
  [
    /^\/producer\/fairs\/([^/]+)\/apply$/,
    (fairId) => {
      void import('./applications/ApplyPage');
      prefetchApplyPage(queryClient, fairId);
    },
  ],
  [
    /^\/producer\/fairs\/([^/]+)$/,
    (fairId) => void queryClient.prefetchQuery(fairCallQuery(fairId)),
  ],
  [
    /^\/producer\/applications\/([^/]+)$/,
    (applicationId) => {
      void import('./applications/ApplicationPage');
      void prefetchApplicationPage(queryClient, applicationId);
    },
  ],
];

/** Called by main.tsx on a deep link: the area's code, the screen's code and data, side by side. */
export function preloadProducerScreen(path: string): void {
  void import('./ProducerArea');
  for (const [pattern, preload] of SCREENS) {
    const match = pattern.exec(path);
    if (match) return preload(match[1]);
  }
}
