// mlplan's offline worker, generated at build time by scripts/postbuild.mjs.
// Assets have hashed names, so they are served from the cache first. The page itself is asked
// of the network first (with a short timeout for poor Wi-Fi) so a new deploy is picked up on the
// next load; without a network, the cached page is used.
const CACHE = '__CACHE_NAME__';
const ASSETS = __ASSETS__;
const PAGE_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('mlplan-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

function pageFromNetwork(request) {
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('slow network')), PAGE_TIMEOUT_MS));
  return Promise.race([fetch(request), timeout]).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put('./', copy));
    }
    return response;
  });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(pageFromNetwork(request).catch(() => caches.match('./')));
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
