import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createPreparedQueryClient } from './app/App';
import { initI18n, rememberedLanguage } from './i18n/i18n';
import { registerServiceWorker } from './lib/register-service-worker';
import { parseUrlState, resolveLanguage } from './lib/url-state';
import './styles/global.css';
import './styles/present.css';

const parsed = parseUrlState(window.location.search);
const lang = resolveLanguage(parsed.lang, rememberedLanguage(), navigator.languages ?? [navigator.language]);
const i18n = initI18n(lang);
document.documentElement.lang = lang;

// Wait briefly for the data (preloaded by index.html) before the first render: see createPreparedQueryClient. A promise
// rather than top-level await, which would split modules shared with the lazy views out of the entry chunk.
void createPreparedQueryClient(parsed.state.view, parsed.state.mode).then((queryClient) => {
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
});

registerServiceWorker();
