// A figure of thousands of records draws and lists at most 25 of them and says so; the CSV keeps every one.
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import enExplorer from '../../locales/en/explorer.json';
import { CommitmentsFigure } from '../../src/components/CommitmentsFigure';
import { initI18n } from '../../src/i18n/i18n';
import { resources } from '../../src/i18n/resources';
import { CHART_ROW_LIMIT, commitmentRows } from '../../src/lib/commitment-rows';
import { landscape } from '../fixtures/landscape';

describe('a figure of many records', () => {
  it('lists the largest 25 of 1,000 bundled records in its table and says how many of how many', () => {
    const i18n = initI18n('en', resources);
    const copies = Array.from({ length: 1000 }, (_, n) => {
      const c = landscape.commitments[n % landscape.commitments.length]!;
      return { ...c, id: `${c.id}-x${n}` };
    });
    const rows = commitmentRows(
      copies,
      landscape,
      { lang: 'en', currency: 'JPY', rate: { kind: 'article' } },
      i18n.t,
    );
    render(
      <I18nextProvider i18n={i18n}>
        <CommitmentsFigure id="many" title="Many" subtitle="In yen" rows={rows} data={landscape} />
      </I18nextProvider>,
    );
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(CHART_ROW_LIMIT + 1);
    const note = enExplorer.figure.limit
      .replace('{{shown, number}}', String(CHART_ROW_LIMIT))
      .replace('{{count, number}}', '1,000');
    expect(screen.getByText(note)).toBeInTheDocument();
    // The rows listed are the largest.
    const listed = [...table.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-record'));
    expect(listed).toEqual(rows.slice(0, CHART_ROW_LIMIT).map((r) => r.commitment.id));
  });
});
