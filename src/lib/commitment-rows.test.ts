import { describe, expect, it } from 'vitest';
import { commitment, landscape as data } from '../../tests/fixtures/landscape';
import { initI18n } from '../i18n/i18n';
import { resources } from '../i18n/resources';
import type { CommitmentRow } from './commitment-rows';
import { commitmentRows, groupByCurrency, limitRows, ratesInUse } from './commitment-rows';
import type { Commitment } from './schema';
import type { DisplaySettings } from './settings';

const { t } = initI18n('en', resources);

const settings = (
  currency: DisplaySettings['currency'],
  rate: DisplaySettings['rate'] = { kind: 'article' },
) => ({ lang: 'en', currency, rate }) satisfies DisplaySettings;

/** A made-up commitment with only the fields that matter here. */
function made(id: string, value: number, currency: Commitment['amount']['currency']): Commitment {
  return {
    ...commitment('ms-jp-2026'),
    id,
    amount: { value, currency },
  };
}

const ids = (rows: readonly CommitmentRow[]) => rows.map((r) => r.commitment.id);

function expectDescending(rows: readonly CommitmentRow[]): void {
  for (let i = 1; i < rows.length; i++)
    expect(rows[i - 1]!.shown.value, `${ids(rows)[i - 1]} before ${ids(rows)[i]}`).toBeGreaterThanOrEqual(
      rows[i]!.shown.value,
    );
}

describe('commitmentRows', () => {
  it('gives one row per commitment', () => {
    const rows = commitmentRows(data.commitments, data, settings('USD'), t);
    expect(rows).toHaveLength(data.commitments.length);
    expect(new Set(ids(rows))).toEqual(new Set(data.commitments.map((c) => c.id)));
  });

  it.each(['USD', 'JPY'] as const)('sorts the real data largest first in %s', (currency) => {
    const rows = commitmentRows(data.commitments, data, settings(currency), t);
    expectDescending(rows);
    expect(rows.every((r) => r.shown.currency === currency)).toBe(true);
  });

  it('puts the largest dollar figure first and the smallest last', () => {
    const rows = commitmentRows(data.commitments, data, settings('USD'), t);
    const byValue = [...rows].sort((a, b) => a.shown.value - b.shown.value);
    expect(rows[0]!.commitment.id).toBe(byValue.at(-1)!.commitment.id);
    expect(rows.at(-1)!.commitment.id).toBe(byValue[0]!.commitment.id);
  });

  it('sorts by the value in the display currency, not by the number as announced', () => {
    // ¥1.6 trillion is the larger number, but $12 billion is the larger amount at ¥160/$.
    const yen = made('yen', 1.6e12, 'JPY');
    const dollars = made('dollars', 12e9, 'USD');
    expect(ids(commitmentRows([yen, dollars], data, settings('USD'), t))).toEqual(['dollars', 'yen']);
    expect(ids(commitmentRows([yen, dollars], data, settings('JPY'), t))).toEqual(['dollars', 'yen']);
    // At ¥100/$ the yen amount is $16 billion, so it comes first.
    const custom = settings('USD', { kind: 'custom', unitsPerUsd: 100 });
    expect(ids(commitmentRows([dollars, yen], data, custom, t))).toEqual(['yen', 'dollars']);
  });

  it('follows the rate choice: in year mode ¥29 billion of 2014 is worth more dollars than at ¥160/$', () => {
    const ms2014 = commitment('ms-jp-2014');
    const [article] = commitmentRows([ms2014], data, settings('USD'), t);
    const [byYear] = commitmentRows([ms2014], data, settings('USD', { kind: 'year' }), t);
    expect(article!.shown.value).toBe(29e9 / 160);
    expect(byYear!.shown.value).toBe(29e9 / 105.74);
  });

  it('does not reorder the list it is given', () => {
    const list = [made('a', 1e9, 'USD'), made('b', 2e9, 'USD')];
    commitmentRows(list, data, settings('USD'), t);
    expect(list.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('labels each row by investor, or by country when asked', () => {
    const [row] = commitmentRows([commitment('ms-jp-2026')], data, settings('USD'), t);
    expect(row!.label).toBe('Microsoft · 2026–2029');
    const [byCountry] = commitmentRows([commitment('ms-jp-2026')], data, settings('USD'), t, {
      labelByCountry: true,
    });
    expect(byCountry!.label).toBe('Japan · 2026–2029');
  });

  it('attaches the verification and flags the figures the public record does not confirm', () => {
    const rows = commitmentRows(data.commitments, data, settings('USD'), t);
    const row = (id: string) => rows.find((r) => r.commitment.id === id)!;
    expect(row('ms-sg-article').verification?.id).toBe('v-ms-sg');
    expect(row('ms-sg-article').flagged).toBe(true);
    expect(row('google-jp-article').flagged).toBe(true);
    expect(row('ms-jp-2014').flagged).toBe(true);
    expect(row('ms-jp-2026').flagged).toBe(false);
    expect(row('aws-jp-article').flagged).toBe(false);
    expect(row('ms-jp-2024').verification).toBeUndefined();
    expect(row('ms-jp-2024').flagged).toBe(false);
  });

  it('carries the shown amount of each row', () => {
    const [row] = commitmentRows([commitment('ms-jp-2026')], data, settings('USD'), t);
    expect(row!.shown).toMatchObject({ value: 10e9, currency: 'USD', converted: true, text: '~$10 billion' });
  });

  it('gives no rows for no commitments', () => {
    expect(commitmentRows([], data, settings('JPY'), t)).toEqual([]);
  });
});

describe('groupByCurrency', () => {
  it.each(['USD', 'JPY'] as const)('gives one group, with every row, for a %s display', (currency) => {
    const rows = commitmentRows(data.commitments, data, settings(currency), t);
    const groups = groupByCurrency(rows);
    expect(groups).toHaveLength(1);
    expect(groups[0]![0]).toBe(currency);
    expect(groups[0]![1]).toEqual(rows);
  });

  it("gives one group per announced currency for 'original', largest group first", () => {
    const rows = commitmentRows(data.commitments, data, settings('original'), t);
    const groups = groupByCurrency(rows);
    const announced = new Set(data.commitments.map((c) => c.amount.currency));
    expect(groups.length).toBe(announced.size);
    expect(groups.length).toBeGreaterThan(1);
    expect(new Set(groups.map(([currency]) => currency))).toEqual(announced);
    for (let i = 1; i < groups.length; i++)
      expect(groups[i - 1]![1].length).toBeGreaterThanOrEqual(groups[i]![1].length);
    expect(groups[0]![0]).toBe('USD');
  });

  it('keeps every row once, in its own currency, still largest first', () => {
    const rows = commitmentRows(data.commitments, data, settings('original'), t);
    const groups = groupByCurrency(rows);
    expect(groups.reduce((n, [, group]) => n + group.length, 0)).toBe(rows.length);
    for (const [currency, group] of groups) {
      expect(
        group.every((r) => r.shown.currency === currency && r.commitment.amount.currency === currency),
      ).toBe(true);
      expectDescending(group);
    }
  });

  it('is empty for no rows', () => {
    expect(groupByCurrency([])).toEqual([]);
  });
});

describe('ratesInUse', () => {
  it("is empty when figures are shown as announced ('original')", () => {
    expect(ratesInUse(commitmentRows(data.commitments, data, settings('original'), t))).toEqual([]);
  });

  it('lists the yen rate once, however many figures used it', () => {
    const yenCommitments = data.commitments.filter((c) => c.amount.currency === 'JPY');
    expect(yenCommitments.length).toBeGreaterThan(1);
    const rates = ratesInUse(commitmentRows(yenCommitments, data, settings('USD'), t));
    expect(rates).toEqual([
      expect.objectContaining({ currency: 'JPY', unitsPerUsd: 160, basis: 'article-implied' }),
    ]);
  });

  it('lists every distinct rate of the real data in a dollar display', () => {
    const rates = ratesInUse(commitmentRows(data.commitments, data, settings('USD'), t));
    const keys = rates.map((r) => `${r.currency} ${r.unitsPerUsd} ${r.basis}`);
    expect(new Set(keys).size).toBe(keys.length);
    // One entry per rate: 2023's average names both its own year and the later years it stands in for.
    expect(keys.sort()).toEqual([
      `AUD ${1 / 0.6644} latest-average`,
      'INR 82.5708 latest-average',
      'JPY 160 article-implied',
      'KRW 1306.7637 latest-average',
      'MYR 4.5577 latest-average',
      'SGD 1.3428 latest-average',
      'THB 34.7841 latest-average',
      'TWD 31.1525 latest-average',
    ]);
  });

  it('names a year average once when it also stands in, as the latest, for a later year', () => {
    const rows = commitmentRows(
      [commitment('ms-au-2023'), ...data.commitments.filter((c) => c.amount.currency === 'AUD')],
      data,
      settings('USD'),
      t,
    );
    const aud = ratesInUse(rows).filter((r) => r.currency === 'AUD');
    expect(aud).toEqual([expect.objectContaining({ unitsPerUsd: 1 / 0.6644, basis: 'latest-average' })]);
  });

  it('includes the yen leg of a two-step conversion', () => {
    const rows = commitmentRows([commitment('ms-au-2023')], data, settings('JPY'), t);
    expect(ratesInUse(rows).map((r) => r.currency)).toEqual(['AUD', 'JPY']);
  });

  it('keeps different yen rates apart in year mode', () => {
    const rows = commitmentRows(
      [commitment('ms-jp-2014'), commitment('ms-jp-2026')],
      data,
      settings('USD', { kind: 'year' }),
      t,
    );
    expect(ratesInUse(rows).map((r) => [r.unitsPerUsd, r.basis])).toEqual(
      expect.arrayContaining([
        [105.74, 'year-average'],
        [160, 'no-year-average'],
      ]),
    );
  });

  // The rate line under a chart reads "¥160/$: no 2024 average in the record, …": merging the fallbacks
  // of different years would name only one of them.
  it('keeps the article-rate fallbacks of different years apart, so each year is named', () => {
    const rows = commitmentRows(
      [commitment('ms-jp-2026'), commitment('google-jp-article')],
      data,
      settings('USD', { kind: 'year' }),
      t,
    );
    const fallbacks = ratesInUse(rows).filter((r) => r.basis === 'no-year-average');
    expect(fallbacks.map((r) => r.year).sort()).toEqual([2024, 2026]);
  });
});

describe('limitRows', () => {
  const rows = commitmentRows(data.commitments, data, settings('JPY'), t);
  const mine = (i: number) => ({
    ...rows[0]!,
    commitment: { ...rows[0]!.commitment, id: `mine-${i}`, provenance: 'mine' as const },
  });

  it('keeps every row under the limit', () => {
    expect(limitRows(rows, 100)).toEqual(rows);
  });

  it("keeps every bundled row and fills the rest with the first of the user's, in order", () => {
    const many = [mine(1), ...rows, mine(2), mine(3)];
    const limited = limitRows(many, rows.length + 1);
    expect(limited.map((r) => r.commitment.id)).toEqual(['mine-1', ...rows.map((r) => r.commitment.id)]);
  });

  it('never draws more than the limit, even when the bundled records alone are more: the largest first', () => {
    const copies = Array.from({ length: 40 }, (_, i) =>
      rows.map((r) => ({ ...r, commitment: { ...r.commitment, id: `${r.commitment.id}-x${i}` } })),
    ).flat();
    const many = [mine(1), ...copies, mine(2)];
    const limited = limitRows(many, 25);
    expect(limited).toHaveLength(25);
    expect(limited.map((r) => r.commitment.id)).toEqual(copies.slice(0, 25).map((r) => r.commitment.id));
  });
});
