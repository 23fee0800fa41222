// The judge's tablet works without the venue's network: this worker keeps the app shell and serves it
// when the network is gone. API calls are not touched: marks wait in the page's IndexedDB queue instead.
const CACHE = 'competition-shell-v1';
const SHELL = [
  '/judge', '/chief', '/css/site.css', '/css/judge.css', '/css/chief.css', '/js/judge.js', '/js/chief.js', '/js/api.js',
  '/js/i18n.js', '/js/mark-queue.js', '/js/jury-live.js', '/lib/signalr/signalr.min.js', '/favicon.svg',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin
      || url.pathname.startsWith('/api/') || url.pathname.startsWith('/hubs/')) {
    return;
  }
  event.respondWith(networkFirst(event.request));
});

// The newest shell when the network answers, the cached one when it does not.
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}
