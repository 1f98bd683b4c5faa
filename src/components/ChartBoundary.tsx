import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';

/**
 * Keeps one chart that fails to draw from taking its figure, its view or the page with it: the title, the data
 * table and the sources around it stay, and a message says where the figures still are.
 */
export function ChartBoundary({ resetKey, children }: { resetKey: string; children: ReactNode }) {
  const { t } = useTranslation('reliability');
  const { t: tc } = useTranslation();
  return (
    <ErrorBoundary
      resetKey={resetKey}
      fallback={(_error, reset) => (
        <div className="state state--error chart-failed" role="alert">
          <p>
            <strong>{t('chartFailed')}</strong> {t('chartFailedBody')}
          </p>
          <button type="button" className="button" onClick={reset}>
            {tc('state.retry')}
          </button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
