// Helpers for component tests of the whole app in jsdom: the real data files, the real i18n, a fresh query client.
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Resource } from 'i18next';
import { vi } from 'vitest';
import { App } from '../src/app/App';
import { initI18n, rememberedLanguage } from '../src/i18n/i18n';
import { resources } from '../src/i18n/resources';
import type { Lang } from '../src/lib/format';
import type { DataFile } from '../src/lib/schema';
import { DATA_FILES } from '../src/lib/schema';
import { parseUrlState, resolveLanguage } from '../src/lib/url-state';
import { realFileJson, realFileText } from './fixtures/landscape';

/** Answers the request for one data file. */
export type FileHandler = (request: { file: DataFile; url: string; init?: RequestInit }) => Promise<Response>;

/** Per-file handlers; a file without one is served from `public/data/`. Mutable: a test may fix a file later. */
export type FetchOverrides = Partial<Record<DataFile, FileHandler>>;

const jsonHeaders = { 'Content-Type': 'application/json' };

/** Ready-made handlers for the failures a test needs. */
export const respond = {
  /** The real file, untouched. */
  real:
    (): FileHandler =>
    async ({ file }) =>
      new Response(realFileText(file), { headers: jsonHeaders }),
  /** An HTTP error. */
  status:
    (status: number): FileHandler =>
    async () =>
      new Response('error', { status }),
  /** Any body, e.g. truncated JSON. */
  text:
    (text: string): FileHandler =>
    async () =>
      new Response(text, { headers: jsonHeaders }),
  /** A JSON body. */
  json:
    (body: unknown): FileHandler =>
    async () =>
      new Response(JSON.stringify(body), { headers: jsonHeaders }),
  /** The real file, changed by `edit` (which gets a fresh copy each time). */
  edited:
    (edit: (json: Record<string, unknown>) => void): FileHandler =>
    async ({ file }) => {
      const json = realFileJson(file);
      edit(json);
      return new Response(JSON.stringify(json), { headers: jsonHeaders });
    },
  /** A request that never answers (the loading state). */
  never: (): FileHandler => () => new Promise<Response>(() => {}),
  /** No connection at all: fetch rejects. */
  offline: (): FileHandler => async () => Promise.reject(new TypeError('Failed to fetch')),
};

function fileOf(url: string): DataFile | undefined {
  const name = /(?:^|\/)data\/([a-z-]+)\.json(?:[?#].*)?$/.exec(url)?.[1];
  return (DATA_FILES as readonly string[]).includes(name ?? '') ? (name as DataFile) : undefined;
}

function urlOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

/** Stubs `globalThis.fetch` with the data files of `public/data/`, overridden per file by `overrides`. */
export function stubDataFetch(overrides: FetchOverrides = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = urlOf(input);
    const file = fileOf(url);
    if (!file) return new Response('not found', { status: 404 });
    const handler = overrides[file] ?? respond.real();
    return handler({ file, url, init });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export interface RenderAppOptions {
  /** The address to open, e.g. `/?view=japan&lang=ja`; default `/`. */
  url?: string;
  /** The language to start in; default: the URL's, else the remembered one, else English (as in main.tsx). */
  lang?: Lang;
  /** Per-file fetch handlers; the object stays live, so a test can change it after rendering. */
  fetchImpl?: FetchOverrides;
  /** Texts to use instead of the bundled ones (e.g. with keys removed). */
  bundles?: Resource;
}

/**
 * Renders the whole app as `src/main.tsx` does, with the data served from `public/data/`.
 *
 * `getLandscape`'s query sets its own `retry` (network errors are retried twice), which overrides the client's
 * `retry: false`. It sets no `retryDelay`, so the client default `retryDelay: 0` applies: the retries still
 * happen (as in production) but without the 1 s + 2 s back-off, so error tests stay fast and deterministic.
 */
export function renderApp({ url = '/', lang, fetchImpl = {}, bundles }: RenderAppOptions = {}) {
  window.history.replaceState(null, '', url);
  const parsed = parseUrlState(window.location.search);
  const startLang = lang ?? resolveLanguage(parsed.lang, rememberedLanguage(), ['en']);
  const i18n = initI18n(startLang, bundles ?? resources);
  document.documentElement.lang = startLang;
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, retryDelay: 0, gcTime: Infinity } },
  });
  const fetchMock = stubDataFetch(fetchImpl);
  const user = setupUser();
  const result = render(
    <App
      i18n={i18n}
      initial={{ ...parsed.state, lang: startLang }}
      rejectedParams={parsed.rejected}
      queryClient={client}
    />,
  );
  return { ...result, user, client, i18n, fetchMock, overrides: fetchImpl };
}

/** A user-event instance (real timers). */
export function setupUser() {
  return userEvent.setup();
}

/** The app's own query parameters, read from the address bar. */
export function searchParams(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}
