import type { ReactNode } from 'react';
import { investorName } from '../../../lib/investors';
import { RecordNotes } from '../../../components/RecordNotes';
import { CapacityTable } from './CapacityTable';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useBothLanguages } from '../../../i18n/use-both-languages';
import { useTranslation } from 'react-i18next';
import { SourceCitations } from '../../../components/SourceLine';
import { StatusBadge } from '../../../components/VerificationNote';
import type { CommitmentRow } from '../../../lib/commitment-rows';
import { commitmentRows, ratesInUse } from '../../../lib/commitment-rows';
import { citeSource, describeRates, sourcesById } from '../../../lib/describe';
import { toCsv } from '../../../lib/csv';
import { csvBlob, exportFileName, saveBlob } from '../../../lib/download';
import { formatCount, formatPartialDate, formatPeriod } from '../../../lib/format';
import type { SortDirection, SortKey } from '../../../lib/search';
import { matchesQuery, sortRows } from '../../../lib/search';
import type { ViewProps } from '../../../lib/view-props';
import { indexRows } from '../lib/record-index';

export const PAGE_SIZE = 50;

const SORT_KEYS: readonly SortKey[] = ['investor', 'country', 'amount', 'date'];

/** Every record, sortable and searchable in both languages, a page at a time, with a CSV of what matches. */
export function RecordsView({ data, settings }: ViewProps) {
  const { t } = useTranslation('explorer');
  const { t: tc, i18n } = useTranslation();
  // The search finds a record by its words in either language.
  // Indexed again once the other language's texts arrive.
  const bothLanguages = useBothLanguages(i18n);
  const { lang } = settings;
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'amount',
    direction: 'desc',
  });
  const [page, setPage] = useState(0);
  const deferredQuery = useDeferredValue(query);

  const rows = useMemo(() => commitmentRows(data.commitments, data, settings, tc), [data, settings, tc]);
  // Shown as announced, amounts share no unit: sort them by their dollar value.
  const sortValues = useMemo(() => {
    if (settings.currency !== 'original') return undefined;
    const usd = commitmentRows(data.commitments, data, { ...settings, currency: 'USD' }, tc);
    return new Map(usd.map((r) => [r.commitment.id, r.shown.value]));
  }, [data, settings, tc]);
  const index = useMemo(
    () =>
      indexRows(
        rows,
        data,
        lang,
        // Until the other language's texts arrive, both sides hold the page's language.
        bothLanguages
          ? { en: i18n.getFixedT('en', 'common'), ja: i18n.getFixedT('ja', 'common') }
          : { en: i18n.getFixedT(lang, 'common'), ja: i18n.getFixedT(lang, 'common') },
        (row) => sortValues?.get(row.commitment.id) ?? row.shown.value,
      ),
    [rows, data, lang, i18n, sortValues, bothLanguages],
  );
  const collator = useMemo(() => new Intl.Collator(lang === 'ja' ? 'ja-JP' : 'en-US'), [lang]);
  const sorted = useMemo(() => sortRows(index, sort.key, sort.direction, collator), [index, sort, collator]);
  const matched = useMemo(
    () => (deferredQuery.trim() ? sorted.filter((r) => matchesQuery(r.haystack, deferredQuery)) : sorted),
    [sorted, deferredQuery],
  );
  const pages = Math.max(1, Math.ceil(matched.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = matched.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const rates = ratesInUse(rows);

  const toggleSort = (key: SortKey) => {
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: key === 'amount' || key === 'date' ? 'desc' : 'asc' },
    );
    setPage(0);
  };

  const exportCsv = () => {
    const header = [
      tc('table.investor'),
      tc('table.country'),
      tc('table.amount'),
      t('records.csvValue'),
      t('records.csvCurrency'),
      tc('table.shown'),
      t('records.csvShownValue'),
      t('records.csvShownCurrency'),
      tc('table.rate'),
      tc('table.period'),
      tc('table.announced'),
      tc('table.provenance'),
      t('records.focus'),
      tc('table.check'),
      tc('table.sources'),
      t('records.csvLinks'),
      t('records.text'),
      t('records.csvId'),
    ];
    const body = matched.map(({ row }) => {
      const c = row.commitment;
      const sources = sourcesById(data, c.sources);
      return [
        investorName(data.investors, c.investor, lang),
        tc(`country.${c.country}`),
        row.shown.announced,
        c.amount.value,
        c.amount.currency,
        row.shown.text,
        Math.round(row.shown.value),
        row.shown.currency,
        describeRates(row.shown.rates, lang, tc),
        formatPeriod(c.period, lang),
        formatPartialDate(c.announced, lang),
        tc(`provenance.${c.provenance}`),
        c.focus.map((f) => tc(`focus.${f}`)).join('; '),
        row.verification ? tc(`status.${row.verification.status}`) : '',
        sources.map((s) => citeSource(s, lang, tc)).join('; '),
        sources
          .map((s) => s.url ?? '')
          .filter(Boolean)
          .join(' '),
        c.text[lang],
        c.id,
      ];
    });
    saveBlob(csvBlob(toCsv([header, ...body])), exportFileName(['records', lang, settings.currency], 'csv'));
  };

  const sortButton = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="sort-button" onClick={() => toggleSort(key)}>
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <section aria-labelledby="records-title" className="records">
      <h2 id="records-title" className="view-title">
        {t('records.title', { count: rows.length })}
      </h2>
      <p className="lede">{t('records.intro')}</p>
      {rates.length > 0 && (
        <p className="figure-rate">{tc('chart.rateLine', { rate: describeRates(rates, lang, tc) })}</p>
      )}
      <div className="records-tools">
        <label htmlFor={searchId}>{t('records.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t('records.searchPlaceholder')}
          onChange={(event) => {
            setQuery(event.target.value);
            setPage(0);
          }}
        />
        <button type="button" className="button" onClick={exportCsv} disabled={matched.length === 0}>
          {t('records.exportCsv', { count: matched.length })}
        </button>
      </div>
      <p className="records-count" aria-live="polite">
        {matched.length === 0
          ? t('records.none')
          : t('records.showing', {
              from: formatCount(current * PAGE_SIZE + 1, lang),
              to: formatCount(current * PAGE_SIZE + shown.length, lang),
              count: matched.length,
              total: formatCount(matched.length, lang),
            })}
      </p>
      <div className="table-scroll" role="region" aria-label={t('records.tableLabel')} tabIndex={0}>
        <table className="data-table records-table">
          <caption className="visually-hidden">{t('records.tableLabel')}</caption>
          <thead>
            <tr>
              {SORT_KEYS.map((key) => (
                <SortHeader key={key} sortKey={key} render={sortButton} />
              ))}
              <th scope="col">{tc('table.period')}</th>
              <th scope="col">{tc('table.provenance')}</th>
              <th scope="col">{tc('table.check')}</th>
              <th scope="col">{tc('table.sources')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ row }) => (
              <RecordRow key={row.commitment.id} row={row} data={data} />
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className="pager" aria-label={t('records.pages')}>
          <button
            type="button"
            className="button"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            {t('records.previous')}
          </button>
          <span>
            {t('records.page', { page: formatCount(current + 1, lang), pages: formatCount(pages, lang) })}
          </span>
          <button
            type="button"
            className="button"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            {t('records.next')}
          </button>
        </nav>
      )}
      <CapacityTable data={data} />
    </section>
  );
}

function SortHeader({
  sortKey,
  render,
}: {
  sortKey: SortKey;
  render: (key: SortKey, label: string) => ReactNode;
}) {
  const { t: tc } = useTranslation();
  const labels: Record<SortKey, string> = {
    investor: tc('table.investor'),
    country: tc('table.country'),
    amount: tc('table.shown'),
    date: tc('table.announced'),
  };
  return <>{render(sortKey, labels[sortKey])}</>;
}

function RecordRow({ row, data }: { row: CommitmentRow; data: ViewProps['data'] }) {
  const { t: tc, i18n } = useTranslation();
  const lang = i18n.language as 'en' | 'ja';
  const c = row.commitment;
  return (
    <tr data-record={c.id} className={c.provenance === 'mine' ? 'row--mine' : undefined}>
      <th scope="row">{investorName(data.investors, c.investor, lang)}</th>
      <td>{tc(`country.${c.country}`)}</td>
      <td className="num">
        {row.shown.text}
        {row.flagged && ' ⚠'}
        {row.shown.converted && (
          <span className="cell-note">{tc('chart.tooltipAnnounced', { amount: row.shown.announced })}</span>
        )}
      </td>
      <td>{formatPartialDate(c.announced, lang)}</td>
      <td>{formatPeriod(c.period, lang)}</td>
      <td>
        {c.provenance === 'mine' ? (
          <span className="badge badge--mine">{tc('provenance.mine')}</span>
        ) : (
          tc(`provenance.${c.provenance}`)
        )}
        {c.text[lang] && <span className="cell-note">{c.text[lang]}</span>}
      </td>
      <td>
        {row.verification ? (
          <>
            <StatusBadge status={row.verification.status} />
            <span className="cell-note">{row.verification.publicRecord[lang]}</span>
          </>
        ) : (
          !c.note && !c.relations && c.scope === undefined && '—'
        )}
        <RecordNotes commitment={c} data={data} />
      </td>
      <td className="cell-sources">
        <SourceCitations sources={sourcesById(data, c.sources)} />
      </td>
    </tr>
  );
}
