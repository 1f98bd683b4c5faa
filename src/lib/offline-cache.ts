// Pure rules of the service worker: what a cache is called, which caches are stale, and how each request is served.

export const CACHE_PREFIX = 'apac-dashboard-';

/** The manifest the build writes into the service worker: a version and every file of the app, relative to it. */
export interface PrecacheManifest {
  version: string;
  urls: string[];
}

export function cacheName(version: string): string {
  return `${CACHE_PREFIX}${version}`;
}

/** Caches this app made for another version; caches of other apps on the same origin are left alone. */
export function staleCaches(names: readonly string[], current: string): string[] {
  return names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== current);
}

export type Strategy = 'navigation' | 'data' | 'precached' | 'network' | 'ignore';

/**
 * How a request is served. Navigations and data go to the network first (so a deployed update or corrected
 * figures show when online) and fall back to the cache; the build's hashed files come from the cache; anything
 * else from this app's folder goes to the network with the cache as fallback; other origins are not touched.
 */
export function strategyFor(
  request: { method: string; url: string; mode: string },
  scope: string,
  precached: ReadonlySet<string>,
): Strategy {
  if (request.method !== 'GET') return 'ignore';
  const url = new URL(request.url);
  if (!url.href.startsWith(scope)) return 'ignore';
  if (request.mode === 'navigate') return 'navigation';
  const path = url.href.slice(scope.length).split(/[?#]/)[0] ?? '';
  if (/^data\/[^/]+\.json$/.test(path)) return 'data';
  if (precached.has(path)) return 'precached';
  return 'network';
}
