import { describe, expect, it } from 'vitest';
import { cacheName, staleCaches, strategyFor } from './offline-cache';

const SCOPE = 'https://example.org/dashboard/';
const precached = new Set(['index.html', 'assets/index-abc123.js', 'data/commitments.json']);
const get = (path: string, mode = 'cors') => ({ method: 'GET', url: SCOPE + path, mode });

describe('strategyFor', () => {
  it('sends navigations to the network first, whatever the query string', () => {
    expect(strategyFor(get('?view=japan&lang=ja', 'navigate'), SCOPE, precached)).toBe('navigation');
  });

  it('sends the data to the network first, so that corrected figures show when online', () => {
    expect(strategyFor(get('data/commitments.json'), SCOPE, precached)).toBe('data');
    expect(strategyFor(get('data/events.json?x=1'), SCOPE, precached)).toBe('data');
  });

  it('serves the build’s hashed files from the cache', () => {
    expect(strategyFor(get('assets/index-abc123.js'), SCOPE, precached)).toBe('precached');
  });

  it('tries the network for other files of the app', () => {
    expect(strategyFor(get('assets/unknown.js'), SCOPE, precached)).toBe('network');
  });

  it('leaves other origins, other folders and anything but GET alone', () => {
    expect(strategyFor({ ...get('x'), url: 'https://cdn.example.com/x.js' }, SCOPE, precached)).toBe(
      'ignore',
    );
    expect(strategyFor({ ...get('x'), url: 'https://example.org/other/x.js' }, SCOPE, precached)).toBe(
      'ignore',
    );
    expect(strategyFor({ ...get('data/commitments.json'), method: 'POST' }, SCOPE, precached)).toBe('ignore');
  });
});

describe('caches', () => {
  it('names a cache by version and finds this app’s other versions only', () => {
    const current = cacheName('v2');
    expect(current).toBe('apac-dashboard-v2');
    expect(staleCaches(['apac-dashboard-v1', current, 'someone-else', 'apac-dashboard-v0'], current)).toEqual(
      ['apac-dashboard-v1', 'apac-dashboard-v0'],
    );
  });
});
