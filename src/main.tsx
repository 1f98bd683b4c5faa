import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createPreparedQueryClient } from './app/App';
import { prefetchOtherLanguage, rememberedLanguage, startI18n } from './i18n/i18n';
import { registerServiceWorker } from './lib/register-service-worker';
import { parseUrlState, resolveLanguage } from './lib/url-state';
import './styles/global.css';
import './styles/present.css';

const parsed = parseUrlState(window.location.search);
const lang = resolveLanguage(parsed.lang, rememberedLanguage(), navigator.languages ?? [navigator.language]);
document.documentElement.lang = lang;

// Wait briefly for the data (preloaded by index.html) before the first render: see createPreparedQueryClient. A promise
// rather than top-level await, which would split modules shared with the lazy views out of the entry chunk.
// The interface texts of the page's language load alongside (the other language follows once the page has painted).
void Promise.all([createPreparedQueryClient(parsed.state.view, parsed.state.mode), startI18n(lang)]).then(
  ([queryClient, i18n]) => {
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
    prefetchOtherLanguage(i18n, lang);
  },
  () => {
    // Only when the texts cannot be fetched (the server went away between the page and its scripts).
    const message = document.createElement('p');
    message.className = 'state state--error';
    message.textContent =
      'The page could not load its texts: reload it. / 表示用のテキストを読み込めませんでした。再読み込みしてください。';
    document.getElementById('root')?.replaceChildren(message);
  },
);

registerServiceWorker();
