import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkError } from '../features/landscape/api/get-landscape';
import type { Landscape } from '../lib/schema';
import { DataError } from '../lib/schema';

/** Loading, unreachable and invalid data each get their own message; the rest of the page keeps working. */
export function DataGate({
  query,
  children,
}: {
  query: UseQueryResult<Landscape>;
  children: (data: Landscape) => ReactNode;
}) {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('reliability');
  if (query.isPending)
    return (
      <div className="state state--loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('state.loading')}
      </div>
    );
  if (query.isError) {
    const error = query.error;
    const invalid = error instanceof DataError;
    return (
      <div className="state state--error" role="alert">
        <h2>
          {invalid
            ? t('state.invalidTitle')
            : error instanceof NetworkError
              ? error.timedOut
                ? tr('timeoutTitle')
                : t('state.networkTitle')
              : t('state.unexpectedTitle')}
        </h2>
        <p>{invalid ? t('state.invalidBody') : t('state.networkBody')}</p>
        {invalid ? (
          <p className="error-detail">
            {error.field
              ? t('state.whereField', { file: error.file, record: error.recordId, field: error.field })
              : error.recordId
                ? t('state.whereRecord', { file: error.file, record: error.recordId })
                : t('state.where', { file: error.file })}
            {t('source.separator')}
            {/* The problem itself is technical and stays in English. */}
            <code lang="en">{error.problem}</code>
          </p>
        ) : (
          <p className="error-detail">
            {t('state.technical')}
            {t('source.separator')}
            <code lang="en">{error.message}</code>
          </p>
        )}
        <button
          type="button"
          className="button"
          onClick={() => void query.refetch()}
          disabled={query.isFetching}
        >
          {query.isFetching ? t('state.retrying') : t('state.retry')}
        </button>
      </div>
    );
  }
  return <>{children(query.data)}</>;
}
