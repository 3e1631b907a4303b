/*
 * The gate's service worker: keeps the app shell (the page and its hashed bundles) so the
 * scanner opens without a network. Pages are fetched fresh when possible (network first, the
 * kept shell offline); bundles never change under a name, so a kept one is served as is. The
 * API is never touched: the app decides offline from its own IndexedDB.
 */
const SHELL = 'hoicho-gate-shell-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(['/gate'])));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'keep') return;
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) =>
        Promise.all(
          event.data.urls.map((url) =>
            cache.match(url).then((kept) => kept ?? cache.add(url).catch(() => undefined)),
          ),
        ),
      ),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin) return;
  if (event.request.mode === 'navigate' && url.pathname.startsWith('/gate')) {
    event.respondWith(
      fetch(event.request)
        .then((response) => {
          const copy = response.clone();
          if (response.ok) void caches.open(SHELL).then((cache) => cache.put('/gate', copy));
          return response;
        })
        .catch(() => caches.match('/gate')),
    );
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(
      caches.match(event.request).then(
        (kept) =>
          kept ??
          fetch(event.request).then((response) => {
            const copy = response.clone();
            if (response.ok)
              void caches.open(SHELL).then((cache) => cache.put(event.request, copy));
            return response;
          }),
      ),
    );
  }
});
