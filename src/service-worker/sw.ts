// The service worker: precaches every file of the build on install, removes other versions' caches on activate,
// and serves the app offline. The build (build/precache-plugin.ts) replaces the manifest placeholder below.
import type { PrecacheManifest } from '../lib/offline-cache';
import { cacheName, staleCaches, strategyFor } from '../lib/offline-cache';

// The service worker's own types (the project compiles against the DOM library, not the WebWorker one).
interface SwEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface SwFetchEvent extends SwEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface SwScope {
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: SwEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: SwFetchEvent) => void): void;
}

declare const __PRECACHE_MANIFEST__: PrecacheManifest;

const sw = self as unknown as SwScope;
const manifest = __PRECACHE_MANIFEST__;
const CACHE = cacheName(manifest.version);
const precached = new Set(manifest.urls);
/** How long a data request may take before the cached copy is served instead (a slow network, not a dead one). */
const DATA_TIMEOUT_MS = 6_000;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // `reload` skips the HTTP cache, so the precache holds exactly what the server has now.
      .then((cache) =>
        cache.addAll(
          manifest.urls.map((url) => new Request(new URL(url, sw.registration.scope), { cache: 'reload' })),
        ),
      ),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(staleCaches(names, CACHE).map((name) => caches.delete(name))))
      .then(() => sw.clients.claim()),
  );
});

async function fromCache(request: Request | string, ignoreSearch = false): Promise<Response | undefined> {
  const cache = await caches.open(CACHE);
  // ignoreVary: a module script's request carries an Origin header that the precache request did not, and a
  // server's `Vary: Origin` would otherwise make every such lookup miss.
  return cache.match(request, { ignoreSearch, ignoreVary: true });
}

/** The network, unless it fails or (when a cached copy exists) is slower than `timeoutMs`. */
async function networkFirst(
  request: Request,
  fallback: () => Promise<Response | undefined>,
  timeoutMs?: number,
) {
  const network = fetch(request);
  // When the cached copy wins the race, a later network failure is expected, not an error.
  network.catch(() => undefined);
  const cached = await fallback();
  try {
    if (cached && timeoutMs !== undefined) {
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs));
      const first = await Promise.race([network, timeout]);
      return first === 'timeout' ? cached : first;
    }
    return await network;
  } catch (error) {
    if (cached) return cached;
    throw error;
  }
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const scope = sw.registration.scope;
  switch (strategyFor(request, scope, precached)) {
    case 'navigation':
      // Every view is index.html with a query string.
      event.respondWith(networkFirst(request, () => fromCache(new URL('index.html', scope).href, true)));
      break;
    case 'data':
      event.respondWith(
        networkFirst(request, () => fromCache(request, true), DATA_TIMEOUT_MS).then(async (response) => {
          // Keep the newest good copy, so that offline shows the figures last seen online.
          if (response.ok && response.type === 'basic') {
            const cache = await caches.open(CACHE);
            await cache.put(new URL(request.url).origin + new URL(request.url).pathname, response.clone());
          }
          return response;
        }),
      );
      break;
    case 'precached':
      event.respondWith(fromCache(request, true).then((cached) => cached ?? fetch(request)));
      break;
    case 'network':
      event.respondWith(networkFirst(request, () => fromCache(request)));
      break;
    case 'ignore':
      break;
  }
});
