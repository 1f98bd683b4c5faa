import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Names the table for screen readers and the scrollable region for keyboard users. */
  caption: string;
  columns: readonly ReactNode[];
  /** The table's rows. */
  children: ReactNode;
  open?: boolean;
}

/** A chart's text alternative: its data as a table, folded under "Data table", scrollable on a phone. */
export function FigureTable({ caption, columns, children, open }: Props) {
  const { t } = useTranslation();
  return (
    <details className="figure-table" open={open}>
      <summary>{t('table.show')}</summary>
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column, i) => (
                <th key={i} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </details>
  );
}
