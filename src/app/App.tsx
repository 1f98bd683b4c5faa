import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ComponentType } from 'react';
import { Suspense, lazy, memo, useCallback, useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { NoMatch } from '../components/NoMatch';
import { CurrencyControls } from '../features/currency/components/CurrencyControls';
import { FilterBar } from '../features/filters/components/FilterBar';
import { filterOptionsOf } from '../features/filters/lib/filter-options';
import { LanguageSwitch } from '../features/language/components/LanguageSwitch';
import { landscapeQueryOptions, useLandscape } from '../features/landscape/api/get-landscape';
import { useMergedData } from '../features/mine/api/use-merged-data';
import { OverviewView } from '../features/overview/components/OverviewView';
import { PresentButton } from '../features/present/components/PresentButton';
import { slideForView } from '../features/present/model/deck-controller';
import { ThemeSwitch } from '../features/theme/components/ThemeSwitch';
import { useThemeAttribute } from '../features/theme/use-theme-attribute';
import { formatPartialDate, joinList } from '../lib/format';
import { DatasetAsOf } from '../components/DatasetInfo';
import { applyFilters } from '../lib/filters';
import type { Landscape } from '../lib/schema';
import type { Filters, Mode, ViewId } from '../lib/url-state';
import { NO_FILTERS, VIEWS, hasFilters, serializeUrlState } from '../lib/url-state';
import type { ViewProps } from '../lib/view-props';
import { DataGate } from './DataGate';
import type { Settings } from './use-settings';
import { useSettings } from './use-settings';

// The headline loads with the page; the chart views (and recharts) load when first opened. Every view is memoized:
// its props (data, display settings, onNavigate) are stable, so a render of the shell redraws no chart.
const LAZY_VIEWS = {
  timeline: () =>
    import('../features/timeline/components/TimelineView').then((m) => ({ default: memo(m.TimelineView) })),
  japan: () => import('../features/japan/components/JapanView').then((m) => ({ default: memo(m.JapanView) })),
  apac: () => import('../features/apac/components/ApacView').then((m) => ({ default: memo(m.ApacView) })),
  sources: () =>
    import('../features/sources/components/SourcesView').then((m) => ({ default: memo(m.SourcesView) })),
  map: () => import('../features/map/components/MapView').then((m) => ({ default: memo(m.MapView) })),
  peryear: () =>
    import('../features/peryear/components/PerYearView').then((m) => ({ default: memo(m.PerYearView) })),
  records: () =>
    import('../features/records/components/RecordsView').then((m) => ({ default: memo(m.RecordsView) })),
  mine: () => import('../features/mine/components/MineView').then((m) => ({ default: memo(m.MineView) })),
} satisfies Partial<Record<ViewId, () => Promise<{ default: ComponentType<ViewProps> }>>>;

// The deck and the presenter's window (with their slides and recharts) load when a presentation starts.
const loadPresentation = () => import('./Presentation');
const Presentation = lazy(() => loadPresentation().then((m) => ({ default: m.Presentation })));

const VIEW_COMPONENTS: Record<ViewId, ComponentType<ViewProps>> = {
  overview: memo(OverviewView),
  timeline: lazy(LAZY_VIEWS.timeline),
  japan: lazy(LAZY_VIEWS.japan),
  apac: lazy(LAZY_VIEWS.apac),
  sources: lazy(LAZY_VIEWS.sources),
  map: lazy(LAZY_VIEWS.map),
  peryear: lazy(LAZY_VIEWS.peryear),
  records: lazy(LAZY_VIEWS.records),
  mine: lazy(LAZY_VIEWS.mine),
};

/** Views that manage or list records themselves and so stay useful when no record matches the filters. */
const SHOWN_WHEN_EMPTY: ReadonlySet<ViewId> = new Set(['mine', 'sources']);

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
  const shown = useMemo(() => applyFilters(data, filters), [data, filters]);
  const active = hasFilters(filters);
  if (active && shown.commitments.length === 0 && !SHOWN_WHEN_EMPTY.has(view))
    return <NoMatch onReset={onResetFilters} />;
  return (
    <View
      data={shown}
      settings={settings}
      onNavigate={onNavigate}
      filtersActive={active}
      filters={filters}
      onResetFilters={onResetFilters}
    />
  );
}

// While a view's code loads, hold a viewport's height: every chart view is taller than that, so nothing below main
// (the footer) moves into view and out again when the view arrives (no layout shift).
const VIEW_PLACEHOLDER_STYLE = { minHeight: '100vh' } as const;

const FIRST_RENDER_WAIT_MS = 600;

/**
 * A query client that has the data, or has waited FIRST_RENDER_WAIT_MS for it, while the code of the view to show
 * first (a shared link may open any) loads alongside. index.html preloads the data while the script loads, so it is
 * usually there: the first paint then shows the view instead of a loading state that moves the page (a layout
 * shift) when the data lands.
 */
export async function createPreparedQueryClient(
  view: ViewId,
  mode: Mode = 'dashboard',
): Promise<QueryClient> {
  const client = new QueryClient();
  const loadView =
    mode !== 'dashboard'
      ? loadPresentation()
      : view in LAZY_VIEWS
        ? LAZY_VIEWS[view as keyof typeof LAZY_VIEWS]()
        : undefined;
  await Promise.race([
    Promise.all([client.prefetchQuery(landscapeQueryOptions()), loadView?.catch(() => undefined)]),
    new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS)),
  ]);
  return client;
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
        <Shell initial={initial} rejectedParams={rejectedParams} />
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

/** The settings live here, so that the deck and the presenter's window replace the dashboard in the same page. */
function Shell({ initial, rejectedParams }: { initial: Settings; rejectedParams: readonly string[] }) {
  const [settings, update] = useSettings(initial);
  useThemeAttribute(settings.theme);
  if (settings.mode !== 'dashboard')
    return (
      <Suspense fallback={<PresentationLoading />}>
        <Presentation settings={settings} update={update} />
      </Suspense>
    );
  return <Dashboard settings={settings} update={update} rejectedParams={rejectedParams} />;
}

function PresentationLoading() {
  const { t } = useTranslation();
  return (
    <div className="state state--loading" role="status" style={VIEW_PLACEHOLDER_STYLE}>
      {t('state.loading')}
    </div>
  );
}

function Dashboard({
  settings,
  update,
  rejectedParams,
}: {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
  rejectedParams: readonly string[];
}) {
  const { t } = useTranslation();
  const query = useLandscape();
  const merged = useMergedData(query.data);
  const View = VIEW_COMPONENTS[settings.view];
  const commitments = query.data?.commitments;
  const asOf = query.data?.dataset[0]?.asOf;
  const filterOptions = useMemo(() => filterOptionsOf(merged, settings.filters), [merged, settings.filters]);
  const otherCurrencies = useMemo(
    () => [...new Set(commitments?.map((c) => c.amount.currency))].filter((c) => c !== 'JPY' && c !== 'USD'),
    [commitments],
  );
  const { lang, currency, rate } = settings;
  // One object per distinct setting, so memoized view data is not recomputed on unrelated renders.
  const display = useMemo(() => ({ lang, currency, rate }), [lang, currency, rate]);
  const navigate = useCallback((view: ViewId) => update({ view }), [update]);
  const resetFilters = useCallback(() => update({ filters: NO_FILTERS }), [update]);

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
    <DatasetAsOf.Provider value={asOf}>
      <div className="app">
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <header className="app-header">
          <div className="brand">
            <h1>{t('app.title')}</h1>
            <p className="tagline">{t('app.tagline')}</p>
          </div>
          <div className="header-controls">
            <PresentButton onPresent={() => update({ mode: 'deck', slide: slideForView(settings.view) })} />
            <ThemeSwitch value={settings.theme} onChange={(theme) => update({ theme })} />
            <LanguageSwitch value={settings.lang} onChange={(lang) => update({ lang })} />
          </div>
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
        <FilterBar
          value={settings.filters}
          onChange={(filters) => update({ filters })}
          options={filterOptions}
          lang={settings.lang}
        />
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
                    <div className="state state--loading" role="status" style={VIEW_PLACEHOLDER_STYLE}>
                      {t('state.loading')}
                    </div>
                  }
                >
                  <ViewHost
                    View={View}
                    view={settings.view}
                    data={merged ?? data}
                    settings={display}
                    filters={settings.filters}
                    onNavigate={navigate}
                    onResetFilters={resetFilters}
                  />
                </Suspense>
              </ErrorBoundary>
            )}
          </DataGate>
        </main>
        <footer className="app-footer">
          <p>{t('app.footer')}</p>
          {asOf && (
            <p className="as-of" data-as-of={asOf.date}>
              <span>{t('dataset.asOf', { date: formatPartialDate(asOf, settings.lang) })}</span>
              <a
                href={`${serializeUrlState({ ...settings, view: 'sources' }, settings.lang) || '?'}#changes`}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  update({ view: 'sources' });
                }}
              >
                {t('dataset.whatChanged')}
              </a>
            </p>
          )}
        </footer>
      </div>
    </DatasetAsOf.Provider>
  );
}
