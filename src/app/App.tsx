import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ComponentType } from 'react';
import { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { NoMatch } from '../components/NoMatch';
import { CurrencyControls } from '../features/currency/components/CurrencyControls';
import { FilterBar } from '../features/filters/components/FilterBar';
import { LanguageSwitch } from '../features/language/components/LanguageSwitch';
import { useUserRecords } from '../features/mine/api/user-records-store';
import { withUserRecords } from '../features/mine/lib/user-records';
import { useLandscape } from '../features/landscape/api/get-landscape';
import { OverviewView } from '../features/overview/components/OverviewView';
import { joinList } from '../lib/format';
import { applyFilters } from '../lib/filters';
import type { Landscape } from '../lib/schema';
import type { Filters, ViewId } from '../lib/url-state';
import { NO_FILTERS, VIEWS, hasFilters, serializeUrlState } from '../lib/url-state';
import type { ViewProps } from '../lib/view-props';
import { DataGate } from './DataGate';
import type { Settings } from './use-settings';
import { useSettings } from './use-settings';

// The headline loads with the page; the chart views (and recharts) load when first opened.
const VIEW_COMPONENTS: Record<ViewId, ComponentType<ViewProps>> = {
  overview: OverviewView,
  timeline: lazy(() =>
    import('../features/timeline/components/TimelineView').then((m) => ({ default: m.TimelineView })),
  ),
  japan: lazy(() => import('../features/japan/components/JapanView').then((m) => ({ default: m.JapanView }))),
  apac: lazy(() => import('../features/apac/components/ApacView').then((m) => ({ default: m.ApacView }))),
  sources: lazy(() =>
    import('../features/sources/components/SourcesView').then((m) => ({ default: m.SourcesView })),
  ),
  map: lazy(() => import('../features/map/components/MapView').then((m) => ({ default: m.MapView }))),
  peryear: lazy(() =>
    import('../features/peryear/components/PerYearView').then((m) => ({ default: m.PerYearView })),
  ),
  records: lazy(() =>
    import('../features/records/components/RecordsView').then((m) => ({ default: m.RecordsView })),
  ),
  mine: lazy(() => import('../features/mine/components/MineView').then((m) => ({ default: m.MineView }))),
};

/** Views that manage or list records themselves and so stay useful when no record matches the filters. */
const SHOWN_WHEN_EMPTY: ReadonlySet<ViewId> = new Set(['mine', 'sources']);

/** The bundled data joined with the user's own records, narrowed by the filters: what every view receives. */
function useViewData(data: Landscape, filters: Filters): Landscape {
  const mine = useUserRecords().data?.records;
  const merged = useMemo(() => withUserRecords(data, mine ?? []), [data, mine]);
  return useMemo(() => applyFilters(merged, filters), [merged, filters]);
}

function ViewHost({
  View,
  view,
  data,
  settings,
  filters,
  onNavigate,
  onResetFilters,
}: {
  View: ComponentType<ViewProps>;
  view: ViewId;
  data: Landscape;
  settings: ViewProps['settings'];
  filters: Filters;
  onNavigate: (view: ViewId) => void;
  onResetFilters: () => void;
}) {
  const shown = useViewData(data, filters);
  const active = hasFilters(filters);
  if (active && shown.commitments.length === 0 && !SHOWN_WHEN_EMPTY.has(view))
    return <NoMatch onReset={onResetFilters} />;
  return (
    <View
      data={shown}
      settings={settings}
      onNavigate={onNavigate}
      filtersActive={active}
      onResetFilters={onResetFilters}
    />
  );
}

interface AppProps {
  i18n: I18n;
  initial: Settings;
  rejectedParams?: readonly string[];
  queryClient?: QueryClient;
}

export function App({ i18n, initial, rejectedParams = [], queryClient }: AppProps) {
  const [client] = useState(() => queryClient ?? new QueryClient());
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <Dashboard initial={initial} rejectedParams={rejectedParams} />
      </QueryClientProvider>
    </I18nextProvider>
  );
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

function Dashboard({ initial, rejectedParams }: { initial: Settings; rejectedParams: readonly string[] }) {
  const { t } = useTranslation();
  const [settings, update] = useSettings(initial);
  const query = useLandscape();
  const View = VIEW_COMPONENTS[settings.view];
  const commitments = query.data?.commitments;
  const otherCurrencies = useMemo(
    () => [...new Set(commitments?.map((c) => c.amount.currency))].filter((c) => c !== 'JPY' && c !== 'USD'),
    [commitments],
  );
  const { lang, currency, rate } = settings;
  // One object per distinct setting, so memoized view data is not recomputed on unrelated renders.
  const display = useMemo(() => ({ lang, currency, rate }), [lang, currency, rate]);

  // Keys 1–9 open the views, as in a slide deck; never while the user types.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const view = VIEWS[Number(event.key) - 1];
      if (view) update({ view });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [update]);

  const hrefFor = (view: ViewId) => serializeUrlState({ ...settings, view }, settings.lang) || '?';

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch value={settings.lang} onChange={(lang) => update({ lang })} />
      </header>
      <nav className="view-nav" aria-label={t('nav.label')}>
        <ul>
          {VIEWS.map((view, i) => (
            <li key={view}>
              <a
                href={hrefFor(view)}
                aria-current={settings.view === view ? 'page' : undefined}
                aria-keyshortcuts={String(i + 1)}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  update({ view });
                }}
              >
                {t(`nav.${view}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <CurrencyControls
        currency={settings.currency}
        rate={settings.rate}
        rates={query.data?.rates}
        otherCurrencies={otherCurrencies}
        onChange={(patch) => update(patch)}
      />
      <FilterBar value={settings.filters} onChange={(filters) => update({ filters })} />
      {rejectedParams.length > 0 && (
        <p className="notice" role="status">
          {t('state.urlAdjusted', { params: joinList(rejectedParams, settings.lang) })}
        </p>
      )}
      <main id="main" tabIndex={-1}>
        <DataGate query={query}>
          {(data) => (
            <ErrorBoundary
              resetKey={`${settings.view}-${settings.lang}`}
              fallback={(_error, reset) => (
                <div className="state state--error" role="alert">
                  <h2>{t('state.unexpectedTitle')}</h2>
                  <button type="button" className="button" onClick={reset}>
                    {t('state.retry')}
                  </button>
                </div>
              )}
            >
              <Suspense
                fallback={
                  <div className="state state--loading" role="status">
                    {t('state.loading')}
                  </div>
                }
              >
                <ViewHost
                  View={View}
                  view={settings.view}
                  data={data}
                  settings={display}
                  filters={settings.filters}
                  onNavigate={(view) => update({ view })}
                  onResetFilters={() => update({ filters: NO_FILTERS })}
                />
              </Suspense>
            </ErrorBoundary>
          )}
        </DataGate>
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
