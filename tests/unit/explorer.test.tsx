// The explorer in jsdom: the filter bar, the records table and importing the user's own records.
import { screen, waitFor, within } from '@testing-library/react';
import { landscape } from '../fixtures/landscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IMPORT_COLUMNS } from '../../src/features/mine/lib/user-records';
import { toggleValue } from '../../src/features/filters/components/FilterBar';
const INVESTORS = ['microsoft', 'aws', 'google', 'oracle'] as const;
import { renderApp, searchParams } from '../test-utils';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

const LAZY = { timeout: 8000 };
// A file without the optional investor_ja column, as most files are.
const header = IMPORT_COLUMNS.filter((c) => c !== 'investor_ja').join(',');
/** The heading of All records over the whole dataset. */
const ALL = `All records: ${landscape.commitments.length} commitments`;
const row = (investor: string, country: string, amount: string, source = 'My source') =>
  `${investor},${country},${amount},USD,,2025,2026,,,${source},,a note,`;

function filterBar() {
  return screen.getByRole('region', { name: 'Filters' });
}

function tableRows() {
  const table = screen.getByRole('table', { name: /^All records/ });
  return within(table).getAllByRole('row').slice(1);
}

describe('toggleValue', () => {
  it('adds and removes a value, in the canonical order', () => {
    expect(toggleValue(INVESTORS, ['oracle'], 'aws')).toEqual(['aws', 'oracle']);
    expect(toggleValue(INVESTORS, ['aws', 'oracle'], 'aws')).toEqual(['oracle']);
  });
});

// The whole app renders in jsdom; on a busy machine a flow takes longer than the default 5 s.
describe('filter bar', { timeout: 20_000 }, () => {
  it('narrows every view, writes the filters to the URL and resets them in one click', async () => {
    const { user } = renderApp({ url: '/?view=records' });
    await screen.findByRole('heading', { level: 2, name: ALL }, LAZY);
    await user.click(within(filterBar()).getByRole('checkbox', { name: 'Oracle' }));
    await screen.findByRole('heading', { level: 2, name: 'All records: 2 commitments' });
    expect(searchParams().get('investor')).toBe('oracle');

    await user.click(within(filterBar()).getByRole('checkbox', { name: 'Malaysia' }));
    await screen.findByRole('heading', { level: 2, name: 'All records: 1 commitment' });
    expect(searchParams().get('country')).toBe('MY');
    expect(within(filterBar()).getByText('2 filters applied')).toBeInTheDocument();

    await user.click(within(filterBar()).getByRole('button', { name: 'Reset filters' }));
    await screen.findByRole('heading', { level: 2, name: ALL });
    expect(searchParams().get('investor')).toBeNull();
    expect(searchParams().get('country')).toBeNull();
  });

  it('reads the filters from the URL and says when nothing matches, offering the reset', async () => {
    const { user } = renderApp({ url: '/?view=japan&investor=oracle&country=KR' });
    await screen.findByRole('heading', { level: 2, name: 'No records match these filters' }, LAZY);
    expect(within(filterBar()).getByRole('checkbox', { name: 'Oracle' })).toBeChecked();
    await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Reset filters' }));
    await screen.findByRole('heading', { level: 2, name: /has the largest commitment in Japan/ }, LAZY);
  });

  it('tells on the overview when the headline and growth records are filtered out', async () => {
    renderApp({ url: '/?investor=aws' });
    await screen.findByRole('heading', { level: 2, name: 'Headline' }, LAZY);
    expect(screen.getByText(/The filters hide the headline record/)).toBeInTheDocument();
  });

  it('says so on the growth card when only the 2014 record is filtered out', async () => {
    renderApp({ url: '/?from=2020' });
    await screen.findByRole('article', { name: 'Growth since 2014' }, LAZY);
    expect(screen.getByText(/hide Microsoft's 2014 Japan commitment/)).toBeInTheDocument();
  });

  it('takes a year range and ignores a year that is not one', async () => {
    const { user } = renderApp({ url: '/?view=records' });
    await screen.findByRole('heading', { level: 2, name: ALL }, LAZY);
    const from = within(filterBar()).getByRole('textbox', { name: 'From' });
    await user.type(from, '２０３０');
    expect(searchParams().get('from')).toBe('2030');
    const to = within(filterBar()).getByRole('textbox', { name: 'To' });
    await user.type(to, '2029');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(searchParams().get('to')).toBeNull();
  });
});

describe('records table', { timeout: 20_000 }, () => {
  it('sorts by a column and says how in aria-sort', async () => {
    const { user } = renderApp({ url: '/?view=records&currency=USD' });
    await screen.findByRole('heading', { level: 2, name: ALL }, LAZY);
    const amount = screen.getByRole('columnheader', { name: /Amount shown/ });
    expect(amount).toHaveAttribute('aria-sort', 'descending');
    expect(tableRows()[0]).toHaveAttribute('data-record', 'reliance-in-2026'); // ₹10 lakh crore, ~$121 billion
    await user.click(within(amount).getByRole('button'));
    expect(amount).toHaveAttribute('aria-sort', 'ascending');
    expect(tableRows()[0]).toHaveAttribute('data-record', 'siam-ai-th-2025'); // ฿3.25 billion, the smallest

    const investor = screen.getAllByRole('columnheader', { name: /Investor/ })[0]!;
    await user.click(within(investor).getByRole('button'));
    expect(investor).toHaveAttribute('aria-sort', 'ascending');
    const names = tableRows().map((r) => within(r).getByRole('rowheader').textContent ?? '');
    expect(names[0]).toBe('Adani Group');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('searches in both languages, folding width and case', async () => {
    const { user } = renderApp({ url: '/?view=records' });
    await screen.findByRole('heading', { level: 2, name: ALL }, LAZY);
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(search, 'オラクル');
    await waitFor(() => expect(tableRows()).toHaveLength(2));
    await user.clear(search);
    await user.type(search, 'ＯＲＡＣＬＥ malaysia');
    await waitFor(() => expect(tableRows()).toHaveLength(1));
    expect(tableRows()[0]).toHaveAttribute('data-record', 'oracle-my-2024');
    await user.clear(search);
    await user.type(search, 'nothing like this');
    await screen.findByText('No records match this search.');
  });

  it('exports what it shows as CSV', async () => {
    const saved: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(Object.create(URL), URL, {
        createObjectURL: (blob: Blob) => {
          saved.push(blob);
          return 'blob:x';
        },
        revokeObjectURL: () => {},
      }),
    );
    const { user } = renderApp({ url: '/?view=records&investor=oracle' });
    await screen.findByRole('heading', { level: 2, name: 'All records: 2 commitments' }, LAZY);
    await user.click(screen.getByRole('button', { name: 'Download CSV (2 records)' }));
    expect(saved).toHaveLength(1);
    const bytes = new Uint8Array(await saved[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte-order mark Excel needs
    const text = await saved[0]!.text();
    expect(text.trim().split('\r\n')).toHaveLength(3);
    expect(text).toContain('oracle-my-2024');
  });
});

describe('import', { timeout: 20_000 }, () => {
  function fileInput() {
    return screen.getByLabelText('Choose a CSV or JSON file');
  }

  it('imports valid rows, lists the invalid ones by line and field, and keeps them across a reload', async () => {
    const { user, unmount } = renderApp({ url: '/?view=mine' });
    await screen.findByRole('heading', { level: 2, name: 'My records' }, LAZY);
    const text = [
      header,
      row('google', 'TH', '500000000'),
      row('i'.repeat(201), 'TH', '5'),
      row('aws', 'XX', 'abc'),
    ].join('\n');
    await user.upload(fileInput(), new File([text], 'mine.csv', { type: 'text/csv' }));
    const report = await screen.findByRole('alert');
    expect(report).toHaveTextContent('1 record imported from mine.csv. 2 lines were refused:');
    expect(report).toHaveTextContent('Line 3, investor: must be a company name of at most 200 characters');
    expect(report).toHaveTextContent('Line 4, country: must be an economy of the region');
    expect(report).toHaveTextContent('Line 4, amount: must be a positive number');
    expect(await screen.findByRole('heading', { name: '1 record kept in this browser' })).toBeInTheDocument();
    unmount();

    const again = renderApp({ url: '/?view=records&provenance=mine' });
    await screen.findByRole('heading', { level: 2, name: 'All records: 1 commitment' }, LAZY);
    expect(within(tableRows()[0]!).getAllByText('Your own').length).toBeGreaterThan(0);
    again.unmount();
  });

  it('refuses a file with missing columns, naming them', async () => {
    const { user } = renderApp({ url: '/?view=mine' });
    await screen.findByRole('heading', { level: 2, name: 'My records' }, LAZY);
    await user.upload(fileInput(), new File(['investor,amount\naws,5\n'], 'bad.csv', { type: 'text/csv' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('bad.csv was not imported.');
    expect(alert).toHaveTextContent('The header row lacks required columns: country, currency, source_name.');
  });

  it('shows hostile text as text', async () => {
    const { user, container } = renderApp({ url: '/?view=mine' });
    await screen.findByRole('heading', { level: 2, name: 'My records' }, LAZY);
    const hostile = row('aws', 'JP', '100', '"<img src=x onerror=alert(1)>"');
    await user.upload(fileInput(), new File([`${header}\n${hostile}\n`], 'x.csv', { type: 'text/csv' }));
    await screen.findByRole('heading', { name: '1 record kept in this browser' });
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('removes one record and then all, after a confirmation', async () => {
    const { user } = renderApp({ url: '/?view=mine' });
    await screen.findByRole('heading', { level: 2, name: 'My records' }, LAZY);
    const text = [
      header,
      row('google', 'TH', '1', 'One'),
      row('oracle', 'JP', '2', 'Two'),
      row('aws', 'IN', '3', 'Three'),
    ].join('\n');
    await user.upload(fileInput(), new File([text], 'three.csv', { type: 'text/csv' }));
    await screen.findByRole('heading', { name: '3 records kept in this browser' });
    await user.click(screen.getByRole('button', { name: 'Remove Oracle, Japan, Two' }));
    await screen.findByRole('heading', { name: '2 records kept in this browser' });
    await user.click(screen.getByRole('button', { name: 'Remove all' }));
    await user.click(screen.getByRole('button', { name: 'Remove all 2 records for good' }));
    await screen.findByRole('heading', { name: '0 records kept in this browser' });
    expect(JSON.parse(localStorage.getItem('apac-dashboard.user-records') ?? '{}')).toEqual({
      version: 1,
      records: [],
    });
  });
});
