// The judge's tablet works without the venue's network: this worker keeps the app shell and serves it
// when the network is gone. API calls are not touched: marks wait in the page's IndexedDB queue instead.
const CACHE = 'competition-shell-v2';
const PAGES = ['/judge', '/chief'];

// The shell is what the pages name: their scripts and styles by fingerprinted name, and every module
// their import map can send an import to, so that nothing a page needs offline is left to chance.
async function cacheShell() {
  const cache = await caches.open(CACHE);
  const urls = new Set([...PAGES, '/favicon.svg']);
  for (const page of PAGES) {
    const html = await (await fetch(page)).text();
    const map = html.match(/<script type="importmap">(.*?)<\/script>/s);
    if (map) Object.values(JSON.parse(map[1]).imports).filter((url) => !url.startsWith('/sw.')).forEach((url) => urls.add(url));
    for (const [, url] of html.matchAll(/(?:src|href)="(\/(?:js|css|lib)\/[^"]+)"/g)) urls.add(url);
  }
  await cache.addAll([...urls]);
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
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

