import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../lib/format';
import { formatCount, formatMoney, formatPartialDate } from '../../../lib/format';
import { investorName } from '../../../lib/investors';
import type { InvestorRecord } from '../../../lib/schema';
import type { StorageError } from '../api/user-records-store';
import type { Duplicate, DuplicateChoice } from '../lib/duplicates';
import type { ImportResult, RowError } from '../lib/user-records';
import { userInvestorName } from './UserRecordRow';

const ERRORS_SHOWN = 100;
const DUPLICATES_SHOWN = 10;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saved'; count: number; skipped: number; replaced: number }
  // Added for this visit only: the browser allows no storage, so "saved" would promise what a reload loses.
  | { kind: 'memory' }
  | { kind: 'failed'; reason: StorageError['reason'] };

type ExplorerT = ReturnType<typeof useTranslation<'explorer'>>['t'];

/** What an import did: the file refused, or the records taken and each line refused, with its field and why. */
export function ImportReport({
  result,
  save,
  onRetry,
  currencies,
}: {
  result: ImportResult & { file: string };
  save: SaveState;
  onRetry: () => void;
  /** The currencies an import may use, named in the currency problem's message. */
  currencies: readonly string[];
}) {
  const { t, i18n } = useTranslation('explorer');
  const lang = i18n.language as Lang;
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
            t('mine.refusedAfter', {
              refused: t(result.unit === 'line' ? 'mine.refusedLines' : 'mine.refusedRecords', {
                count: rowsWithErrors,
              }),
            })}
        </strong>
      </p>
      {result.encoding === 'shift_jis' && <p>{t('mine.shiftJis')}</p>}
      {save.kind === 'saved' && (
        <p>
          {t('mine.saved', { count: save.count })}
          {save.skipped > 0 && t('mine.savedSkipped', { count: save.skipped })}
          {save.replaced > 0 && t('mine.savedReplaced', { count: save.replaced })}
        </p>
      )}
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
            <li key={`${e.line}-${e.field ?? ''}-${i}`}>
              {describeError(e, result.unit, t, lang, currencies)}
            </li>
          ))}
        </ul>
      )}
      {errors.length > ERRORS_SHOWN && <p>{t('mine.moreErrors', { count: errors.length - ERRORS_SHOWN })}</p>}
    </div>
  );
}

/** Records that repeat what the dashboard has: the user chooses before anything is saved. */
export function DuplicatePrompt({
  duplicates,
  total,
  investors,
  onChoose,
}: {
  duplicates: readonly Duplicate[];
  total: number;
  investors: readonly InvestorRecord[];
  onChoose: (choice: DuplicateChoice) => void;
}) {
  const { t, i18n } = useTranslation('explorer');
  const { t: tc } = useTranslation();
  const lang = i18n.language as Lang;
  const replaceable = duplicates.filter((d) => d.of.kind === 'imported').length;
  return (
    <div
      className="notice notice--warning duplicate-prompt"
      role="alertdialog"
      aria-labelledby="duplicates-title"
    >
      <p id="duplicates-title">
        <strong>{t('mine.duplicates.title', { count: duplicates.length, total })}</strong>
      </p>
      <ul className="import-errors">
        {duplicates.slice(0, DUPLICATES_SHOWN).map((d) => {
          const r = d.record;
          const what = t('mine.duplicates.record', {
            investor: userInvestorName(r, investors, lang),
            country: tc(`country.${r.country}`),
            amount: formatMoney(r.amount.value, r.amount.currency, lang),
            date: formatPartialDate(r.announced, lang),
          });
          const of =
            d.of.kind === 'bundled'
              ? t('mine.duplicates.ofBundled', {
                  investor: investorName(investors, d.of.commitment.investor, lang),
                  id: d.of.commitment.id,
                })
              : d.of.kind === 'imported'
                ? t('mine.duplicates.ofImported', { file: d.of.record.file })
                : t('mine.duplicates.ofFile');
          return <li key={r.id}>{`${what}${t('mine.where.separator')}${of}`}</li>;
        })}
      </ul>
      {duplicates.length > DUPLICATES_SHOWN && (
        <p>{t('mine.moreErrors', { count: duplicates.length - DUPLICATES_SHOWN })}</p>
      )}
      <p className="mine-actions">
        <button type="button" className="button" onClick={() => onChoose('skip')}>
          {t('mine.duplicates.skip', { count: duplicates.length })}
        </button>
        <button
          type="button"
          className="button"
          disabled={replaceable === 0}
          onClick={() => onChoose('replace')}
        >
          {t('mine.duplicates.replace', { count: replaceable })}
        </button>
        <button type="button" className="button" onClick={() => onChoose('keep-both')}>
          {t('mine.duplicates.keepBoth')}
        </button>
      </p>
      <p className="cell-note">{t('mine.duplicates.help')}</p>
    </div>
  );
}

function describeError(
  e: RowError,
  unit: 'line' | 'record',
  t: ExplorerT,
  lang: Lang,
  currencies: readonly string[],
): string {
  const where = t(unit === 'line' ? 'mine.where.line' : 'mine.where.record', {
    line: formatCount(e.line, lang),
  });
  const field = e.field ? t('mine.where.field', { field: e.field }) : '';
  const value = e.value !== undefined ? t('mine.where.value', { value: e.value }) : '';
  return `${where}${field}${t('mine.where.separator')}${t(`mine.problem.${e.problem}`, { currencies: currencies.join(t('mine.where.listSeparator')) })}${value}`;
}
