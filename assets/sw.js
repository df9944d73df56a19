// Micro·Macro's service worker: the page works offline after the first visit.
//
// scripts/service_worker.py (a Trunk post_build hook) fills in the list of the build's files
// and a cache name derived from their content, so every new build gets a new cache and the
// old one is deleted once the new worker takes over. Kept minimal on purpose: a service
// worker does not inherit the page's CSP, so it only fetches same-origin files.
const CACHE = "__CACHE_NAME__";
const PRECACHE = __PRECACHE_LIST__;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("micromacro-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks the waiting worker to take over when the user accepts the reload.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Pages: the network first (a new deploy shows at once), the cached page when offline.
    event.respondWith(fetch(request).catch(() => caches.match("./index.html", { ignoreSearch: true })));
    return;
  }
  // The build's files have content hashes in their names: the cache is always right.
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
