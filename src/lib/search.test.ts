import { describe, expect, it } from 'vitest';
import { buildHaystack, foldText, matchesQuery, sortRows } from './search';
import type { SortableRow } from './search';

describe('foldText', () => {
  it('folds full-width letters and digits to half-width and case to lower', () => {
    expect(foldText('ＡＷＳ　２０２６')).toBe('aws 2026');
    expect(foldText('Microsoft')).toBe('microsoft');
  });

  it('folds half-width katakana to full-width', () => {
    expect(foldText('ﾏｲｸﾛｿﾌﾄ')).toBe('マイクロソフト');
  });
});

describe('matchesQuery', () => {
  const haystack = buildHaystack([
    'Microsoft',
    'マイクロソフト',
    'Japan',
    '日本',
    undefined,
    'electwork.net',
  ]);

  it('matches English and Japanese names alike', () => {
    expect(matchesQuery(haystack, 'microsoft')).toBe(true);
    expect(matchesQuery(haystack, 'マイクロソフト')).toBe(true);
    expect(matchesQuery(haystack, '日本')).toBe(true);
  });

  it('folds the query: full-width, half-width katakana and case', () => {
    expect(matchesQuery(haystack, 'ＭＩＣＲＯＳＯＦＴ')).toBe(true);
    expect(matchesQuery(haystack, 'ﾏｲｸﾛ')).toBe(true);
  });

  it('needs every word, separated by any space', () => {
    expect(matchesQuery(haystack, 'microsoft　japan')).toBe(true);
    expect(matchesQuery(haystack, 'microsoft india')).toBe(false);
  });

  it('matches everything with an empty query', () => {
    expect(matchesQuery(haystack, '  ')).toBe(true);
  });
});

describe('sortRows', () => {
  const rows: (SortableRow & { id: string })[] = [
    { id: 'a', amount: 5, date: '2024-04', investor: 'Oracle', country: 'Japan' },
    { id: 'b', amount: 10, date: undefined, investor: 'AWS', country: 'India' },
    { id: 'c', amount: 1, date: '2014', investor: 'Microsoft', country: 'Japan' },
    { id: 'd', amount: 5, date: '2024-04-09', investor: 'Google', country: 'Australia' },
  ];
  const collator = new Intl.Collator('en-US');
  const order = (key: Parameters<typeof sortRows>[1], dir: 'asc' | 'desc') =>
    sortRows(rows, key, dir, collator).map((r) => r.id);

  it('sorts by amount, stable for ties', () => {
    expect(order('amount', 'desc')).toEqual(['b', 'a', 'd', 'c']);
    expect(order('amount', 'asc')).toEqual(['c', 'a', 'd', 'b']);
  });

  it('sorts by date with undated rows last either way', () => {
    expect(order('date', 'asc')).toEqual(['c', 'a', 'd', 'b']);
    expect(order('date', 'desc')).toEqual(['d', 'a', 'c', 'b']);
  });

  it('sorts names with the collator', () => {
    expect(order('investor', 'asc')).toEqual(['b', 'd', 'c', 'a']);
    expect(order('country', 'desc')).toEqual(['a', 'c', 'b', 'd']);
  });

  it('sorts Japanese names in the Japanese collation', () => {
    const ja = [
      { amount: 0, date: undefined, investor: 'マイクロソフト', country: '' },
      { amount: 0, date: undefined, investor: 'オラクル', country: '' },
      { amount: 0, date: undefined, investor: 'グーグル', country: '' },
    ];
    expect(sortRows(ja, 'investor', 'asc', new Intl.Collator('ja-JP')).map((r) => r.investor)).toEqual([
      'オラクル',
      'グーグル',
      'マイクロソフト',
    ]);
  });

  it('does not change its input', () => {
    const copy = [...rows];
    sortRows(rows, 'amount', 'asc', collator);
    expect(rows).toEqual(copy);
  });
});
