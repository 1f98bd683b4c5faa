import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { csvBlob, exportFileName, saveBlob } from '../../../lib/download';
import { formatCount, formatMoney, formatPartialDate, formatPeriod } from '../../../lib/format';
import type { ViewProps } from '../../../lib/view-props';
import { StorageError, useUserRecordActions, useUserRecords } from '../api/user-records-store';
import type { ImportResult, RowError, UserRecord } from '../lib/user-records';
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

const PAGE_SIZE = 50;
const ERRORS_SHOWN = 100;

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saved'; count: number }
  // Added for this visit only: the browser allows no storage, so "saved" would promise what a reload loses.
  | { kind: 'memory' }
  | { kind: 'failed'; reason: StorageError['reason'] };

function jsonBlob(text: string): Blob {
  return new Blob([text], { type: 'application/json;charset=utf-8' });
}

/** The user's own records: import from a file, see what was refused and why, list, remove and export. */
export function MineView({ settings }: ViewProps) {
  const { t } = useTranslation('explorer');
  const { lang } = settings;
  const stored = useUserRecords();
  const actions = useUserRecordActions();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<(ImportResult & { file: string }) | undefined>(undefined);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const [page, setPage] = useState(0);
  const [actionError, setActionError] = useState<StorageError['reason'] | undefined>(undefined);

  const records = stored.data?.records ?? [];
  const storage = stored.data?.storage;

  const persist = async (toAdd: readonly UserRecord[]) => {
    try {
      await actions.add(toAdd);
      setSave(storage === 'memory' ? { kind: 'memory' } : { kind: 'saved', count: toAdd.length });
    } catch (error) {
      setSave({ kind: 'failed', reason: error instanceof StorageError ? error.reason : 'unavailable' });
    }
  };

  const onFile = async (file: File) => {
    setBusy(true);
    setSave({ kind: 'idle' });
    try {
      const bytes =
        file.size > MAX_FILE_BYTES
          ? new Uint8Array(MAX_FILE_BYTES + 1)
          : new Uint8Array(await file.arrayBuffer());
      const parsed = importFile(file.name, bytes, new Date().toISOString());
      setResult({ ...parsed, file: file.name });
      if (parsed.records.length > 0) await persist(parsed.records);
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
            columns: IMPORT_COLUMNS.join(', '),
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

      {result && <ImportReport result={result} save={save} onRetry={() => void persist(result.records)} />}

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

function UserRecordRow({ record: r, onRemove }: { record: UserRecord; onRemove: () => void }) {
  const { t } = useTranslation('explorer');
  const { t: tc, i18n } = useTranslation();
  const lang = i18n.language as 'en' | 'ja';
  const when =
    r.period.kind === 'unknown' ? formatPartialDate(r.announced, lang) : formatPeriod(r.period, lang);
  return (
    <tr data-record={r.id}>
      <th scope="row">{tc(`investor.${r.investor}`)}</th>
      <td>{tc(`country.${r.country}`)}</td>
      <td className="num">
        {formatMoney(
          r.amount.value,
          r.amount.currency,
          lang,
          r.amount.qualifier ? { qualifier: r.amount.qualifier } : {},
        )}
      </td>
      <td>{when}</td>
      <td>
        {r.source.url && /^https?:\/\//i.test(r.source.url) ? (
          <a href={r.source.url} target="_blank" rel="noopener noreferrer">
            {r.source.name}
          </a>
        ) : (
          r.source.name
        )}
        {r.source.note && <span className="cell-note">{r.source.note}</span>}
        {r.note && <span className="cell-note">{r.note}</span>}
      </td>
      <td className="cell-note">{r.file}</td>
      <td>
        <button
          type="button"
          className="button button--small"
          onClick={onRemove}
          aria-label={t('mine.removeOne', {
            investor: tc(`investor.${r.investor}`),
            country: tc(`country.${r.country}`),
            source: r.source.name,
          })}
        >
          {t('mine.remove')}
        </button>
      </td>
    </tr>
  );
}

function ImportReport({
  result,
  save,
  onRetry,
}: {
  result: ImportResult & { file: string };
  save: SaveState;
  onRetry: () => void;
}) {
  const { t, i18n } = useTranslation('explorer');
  const lang = i18n.language as 'en' | 'ja';
  if (result.fileProblem)
    return (
      <div className="notice notice--error" role="alert">
        <p>
          <strong>{t('mine.fileRefused', { file: result.file })}</strong>
        </p>
        <p>
          {t(`mine.fileProblem.${result.fileProblem.problem}`, { detail: result.fileProblem.detail ?? '' })}
        </p>
      </div>
    );
  const errors = result.errors;
  const rowsWithErrors = new Set(errors.map((e) => e.line)).size;
  return (
    <div
      className={`notice${errors.length ? ' notice--error' : ''}`}
      role={errors.length ? 'alert' : 'status'}
    >
      <p>
        <strong>
          {t('mine.imported', { count: result.records.length, file: result.file })}
          {rowsWithErrors > 0 &&
            `${lang === 'ja' ? '' : ' '}${t(result.unit === 'line' ? 'mine.refusedLines' : 'mine.refusedRecords', { count: rowsWithErrors })}`}
        </strong>
      </p>
      {save.kind === 'saved' && <p>{t('mine.saved', { count: save.count })}</p>}
      {save.kind === 'memory' && <p>{t('mine.savedMemory')}</p>}
      {save.kind === 'failed' && (
        <p>
          {t(`mine.saveFailed.${save.reason}`)}{' '}
          <button type="button" className="button button--small" onClick={onRetry}>
            {t('mine.retrySave')}
          </button>
        </p>
      )}
      {errors.length > 0 && (
        <ul className="import-errors">
          {errors.slice(0, ERRORS_SHOWN).map((e, i) => (
            <li key={`${e.line}-${e.field ?? ''}-${i}`}>{describeError(e, result.unit, t, lang)}</li>
          ))}
        </ul>
      )}
      {errors.length > ERRORS_SHOWN && <p>{t('mine.moreErrors', { count: errors.length - ERRORS_SHOWN })}</p>}
    </div>
  );
}

function describeError(
  e: RowError,
  unit: 'line' | 'record',
  t: ReturnType<typeof useTranslation<'explorer'>>['t'],
  lang: 'en' | 'ja',
): string {
  const where = t(unit === 'line' ? 'mine.where.line' : 'mine.where.record', {
    line: formatCount(e.line, lang),
  });
  const field = e.field ? t('mine.where.field', { field: e.field }) : '';
  const value = e.value !== undefined ? t('mine.where.value', { value: e.value }) : '';
  return `${where}${field}${t('mine.where.separator')}${t(`mine.problem.${e.problem}`)}${value}`;
}
