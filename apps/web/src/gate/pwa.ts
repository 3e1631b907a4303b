import { useEffect } from 'react';

/*
 * The gate is an installable app: its own web manifest (start and scope /gate) and a service
 * worker that keeps the app shell, so a gate phone opens the scanner with the network gone.
 * Both are plain files in public/; the manifest link is added only on the gate's screens.
 */
export function useGatePwa(): void {
  useEffect(() => {
    let link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    if (!link) {
      link = document.createElement('link');
      link.rel = 'manifest';
      link.href = '/gate.webmanifest';
      document.head.appendChild(link);
    }
    if (!('serviceWorker' in navigator)) return;
    void navigator.serviceWorker
      .register('/gate-sw.js', { scope: '/gate' })
      .then(async () => {
        // The bundles this page already loaded are the shell: hand them to the worker to keep.
        const ready = await navigator.serviceWorker.ready;
        const assets = performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name))
          .filter((url) => url.origin === location.origin && url.pathname.startsWith('/assets/'))
          .map((url) => url.pathname);
        ready.active?.postMessage({ type: 'keep', urls: ['/gate', ...assets] });
      })
      .catch(() => undefined);
  }, []);
}
