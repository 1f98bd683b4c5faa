import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { csvBlob, exportFileName, saveBlob } from '../../../lib/download';
import { formatCount, joinList } from '../../../lib/format';
import type { Country, CurrencyCode, Rate } from '../../../lib/schema';
import { CURRENCIES } from '../../../lib/schema';
import type { ViewProps } from '../../../lib/view-props';
import { StorageError, useUserRecordActions, useUserRecords } from '../api/user-records-store';
import type { Duplicate, DuplicateChoice } from '../lib/duplicates';
import { findDuplicates, resolveDuplicates } from '../lib/duplicates';
import type { ImportResult, UserRecord } from '../lib/user-records';
import {
  IMPORT_COLUMNS,
  MAX_FILE_BYTES,
  MAX_ROWS,
  importFile,
  recordsToCsv,
  recordsToJson,
  templateCsv,
  templateJson,
} from '../lib/user-records';
import type { SaveState } from './ImportReport';
import { DuplicatePrompt, ImportReport } from './ImportReport';
import { UserRecordRow } from './UserRecordRow';

const PAGE_SIZE = 50;

/** The dollar, and every currency the data has a rate for. */
export function convertibleCurrencies(rates: readonly Rate[]): CurrencyCode[] {
  const have = new Set<string>(['USD', ...rates.map((r) => r.currency)]);
  return CURRENCIES.filter((c) => have.has(c));
}

function jsonBlob(text: string): Blob {
  return new Blob([text], { type: 'application/json;charset=utf-8' });
}

/** The region's economies by every name the loaded languages give them (日本, Japan, …), for the import. */
function useCountryNames(): ReadonlyMap<string, Country> {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const names = new Map<string, Country>();
    for (const lang of ['en', 'ja']) {
      const bundle = i18n.getResourceBundle(lang, 'common') as
        { country?: Record<Country, string> } | undefined;
      for (const [code, name] of Object.entries(bundle?.country ?? {}))
        names.set(name.normalize('NFKC').trim().toLowerCase(), code as Country);
    }
    names.set('korea', 'KR');
    names.set('republic of korea', 'KR');
    return names;
  }, [i18n]);
}

/** The user's own records: import from a file, see what was refused and why, list, remove and export. */
export function MineView({ settings, data }: ViewProps) {
  const { t } = useTranslation('explorer');
  const { lang } = settings;
  const stored = useUserRecords();
  const actions = useUserRecordActions();
  const countries = useCountryNames();
  // An amount is converted through a rate: a currency the data has no rate for cannot be imported.
  const currencies = useMemo(() => convertibleCurrencies(data.rates), [data.rates]);
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<(ImportResult & { file: string }) | undefined>(undefined);
  const [pending, setPending] = useState<readonly Duplicate[] | undefined>(undefined);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const [page, setPage] = useState(0);
  const [actionError, setActionError] = useState<StorageError['reason'] | undefined>(undefined);

  const records = stored.data?.records ?? [];
  const storage = stored.data?.storage;

  /** Saves the import after the user's choice about duplicates (none: everything is added). */
  const persist = async (
    incoming: readonly UserRecord[],
    duplicates: readonly Duplicate[],
    choice: DuplicateChoice,
  ) => {
    const { keep, add } = resolveDuplicates(incoming, records, duplicates, choice);
    try {
      await actions.set([...keep, ...add]);
      setPending(undefined);
      setSave(
        storage === 'memory'
          ? { kind: 'memory' }
          : {
              kind: 'saved',
              count: add.length,
              skipped: incoming.length - add.length,
              replaced: records.length - keep.length,
            },
      );
    } catch (error) {
      setSave({ kind: 'failed', reason: error instanceof StorageError ? error.reason : 'unavailable' });
    }
  };

  const onFile = async (file: File) => {
    setBusy(true);
    setSave({ kind: 'idle' });
    setPending(undefined);
    try {
      const bytes =
        file.size > MAX_FILE_BYTES
          ? new Uint8Array(MAX_FILE_BYTES + 1)
          : new Uint8Array(await file.arrayBuffer());
      const parsed = importFile(file.name, bytes, new Date().toISOString(), { countries, currencies });
      setResult({ ...parsed, file: file.name });
      if (parsed.records.length === 0) return;
      const duplicates = findDuplicates(parsed.records, data.commitments, records, data.investors);
      if (duplicates.length > 0) setPending(duplicates);
      else await persist(parsed.records, [], 'keep-both');
    } finally {
      setBusy(false);
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  const run = async (action: () => Promise<void>) => {
    try {
      setActionError(undefined);
      await action();
    } catch (error) {
      setActionError(error instanceof StorageError ? error.reason : 'unavailable');
    }
  };

  const pages = Math.max(1, Math.ceil(records.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = records.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  return (
    <section aria-labelledby="mine-title" className="mine">
      <h2 id="mine-title" className="view-title">
        {t('mine.title')}
      </h2>
      <p className="lede">{t('mine.intro')}</p>

      <div className="mine-import">
        <h3>{t('mine.importTitle')}</h3>
        <p>
          {t('mine.importHelp', {
            columns: joinList(IMPORT_COLUMNS, lang),
            rows: formatCount(MAX_ROWS, lang),
            mb: String(MAX_FILE_BYTES / 1024 / 1024),
          })}
        </p>
        <p className="mine-templates">
          <button
            type="button"
            className="button"
            onClick={() => saveBlob(csvBlob(templateCsv()), exportFileName(['template'], 'csv'))}
          >
            {t('mine.templateCsv')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => saveBlob(jsonBlob(templateJson()), exportFileName(['template'], 'json'))}
          >
            {t('mine.templateJson')}
          </button>
        </p>
        <label htmlFor={inputId} className="file-label">
          {t('mine.chooseFile')}
        </label>
        <input
          id={inputId}
          ref={inputRef}
          type="file"
          accept=".csv,.json,.txt,text/csv,application/json"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void onFile(file);
          }}
        />
        {busy && (
          <p role="status" className="state--loading">
            {t('mine.reading')}
          </p>
        )}
      </div>

      {result && (
        <ImportReport
          result={result}
          save={save}
          onRetry={() => void persist(result.records, pending ?? [], 'skip')}
          currencies={currencies}
        />
      )}
      {result && pending && (
        <DuplicatePrompt
          duplicates={pending}
          total={result.records.length}
          investors={data.investors}
          onChoose={(choice) => void persist(result.records, pending, choice)}
        />
      )}

      {stored.isPending ? (
        <p className="state state--loading" role="status">
          {t('mine.storage.loading')}
        </p>
      ) : (
        <div className="mine-list">
          <h3>{t('mine.listTitle', { count: records.length })}</h3>
          <p className="cell-note">
            {storage && t(`mine.storage.${storage}`)}
            {stored.data &&
              stored.data.dropped > 0 &&
              ` ${t('mine.dropped', { count: stored.data.dropped })}`}
          </p>
          {actionError && (
            <p className="notice notice--error" role="alert">
              {t(`mine.saveFailed.${actionError}`)}
            </p>
          )}
          {records.length === 0 ? (
            <p>{t('mine.empty')}</p>
          ) : (
            <>
              <p className="mine-actions">
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    saveBlob(csvBlob(recordsToCsv(records)), exportFileName(['my-records'], 'csv'))
                  }
                >
                  {t('mine.exportCsv')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    saveBlob(jsonBlob(recordsToJson(records)), exportFileName(['my-records'], 'json'))
                  }
                >
                  {t('mine.exportJson')}
                </button>
                {confirmClear ? (
                  <>
                    <button
                      type="button"
                      className="button button--danger"
                      onClick={() => {
                        setConfirmClear(false);
                        void run(actions.clear);
                      }}
                    >
                      {t('mine.confirmClear', { count: records.length })}
                    </button>
                    <button type="button" className="button" onClick={() => setConfirmClear(false)}>
                      {t('mine.cancel')}
                    </button>
                  </>
                ) : (
                  <button type="button" className="button" onClick={() => setConfirmClear(true)}>
                    {t('mine.clear')}
                  </button>
                )}
              </p>
              <div className="table-scroll" role="region" aria-label={t('mine.listLabel')} tabIndex={0}>
                <table className="data-table">
                  <caption className="visually-hidden">{t('mine.listLabel')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('mine.col.investor')}</th>
                      <th scope="col">{t('mine.col.country')}</th>
                      <th scope="col">{t('mine.col.amount')}</th>
                      <th scope="col">{t('mine.col.period')}</th>
                      <th scope="col">{t('mine.col.source')}</th>
                      <th scope="col">{t('mine.col.file')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('mine.col.remove')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((r) => (
                      <UserRecordRow
                        key={r.id}
                        record={r}
                        investors={data.investors}
                        onRemove={() => void run(() => actions.remove(r.id))}
                      />
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
                    {t('records.page', {
                      page: formatCount(current + 1, lang),
                      pages: formatCount(pages, lang),
                    })}
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
            </>
          )}
        </div>
      )}
    </section>
  );
}
