import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { landscapeQueryOptions } from './features/landscape/api/get-landscape';
import { initI18n, rememberedLanguage } from './i18n/i18n';
import { parseUrlState, resolveLanguage } from './lib/url-state';
import './styles/global.css';

const parsed = parseUrlState(window.location.search);
const lang = resolveLanguage(parsed.lang, rememberedLanguage(), navigator.languages ?? [navigator.language]);
const i18n = initI18n(lang);
document.documentElement.lang = lang;

// index.html preloads the data while this script loads. Wait briefly for it before the first render, so that the first
// paint shows the view instead of a loading state that shifts the page (layout shift) when the data lands.
const FIRST_RENDER_WAIT_MS = 600;
const queryClient = new QueryClient();
await Promise.race([
  queryClient.prefetchQuery(landscapeQueryOptions()),
  new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS)),
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App
      i18n={i18n}
      initial={{ ...parsed.state, lang }}
      rejectedParams={parsed.rejected}
      queryClient={queryClient}
    />
  </StrictMode>,
);
