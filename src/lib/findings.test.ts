import { describe, expect, it } from 'vitest';
import { landscape as data } from '../../tests/fixtures/landscape';
import { initI18n } from '../i18n/i18n';
import { resources } from '../i18n/resources';
import { apacFinding, japanFinding } from './findings';
import type { DisplaySettings } from './settings';

const en = initI18n('en', resources).t;
const ja = initI18n('ja', resources).t;
const settings = (currency: DisplaySettings['currency'], lang: DisplaySettings['lang'] = 'en') =>
  ({ lang, currency, rate: { kind: 'article' } }) satisfies DisplaySettings;

describe('japanFinding', () => {
  it('lists only commitments in Japan, largest first in the display currency', () => {
    const { rows } = japanFinding(data, settings('JPY'), en);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => r.commitment.country === 'JP')).toBe(true);
    const values = rows.map((r) => r.shown.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('ranks the same way whatever the display currency, as announced included', () => {
    const titles = (['JPY', 'USD', 'original'] as const).map(
      (c) => japanFinding(data, settings(c), en).title,
    );
    expect(new Set(titles).size).toBe(1);
    expect(titles[0]).toMatch(/AWS/);
    expect(titles[0]).toMatch(/Microsoft/);
  });

  it('words the title and subtitle in Japanese', () => {
    const finding = japanFinding(data, settings('JPY', 'ja'), ja);
    expect(finding.title).toMatch(/マイクロソフト/);
    expect(finding.subtitle).toMatch(/円/);
  });
});

describe('apacFinding', () => {
  it("lists only Microsoft's commitments and names the country of the largest", () => {
    const { rows, title } = apacFinding(data, settings('USD'), en);
    expect(rows.every((r) => r.commitment.investor === 'microsoft')).toBe(true);
    const top = rows[0]!;
    expect(title).toContain(en(`country.${top.commitment.country}`));
    expect(title).toContain(top.shown.text);
  });

  it('shown as announced, ranks in dollars and quotes the amount as announced', () => {
    const announced = apacFinding(data, settings('original'), en);
    const inDollars = apacFinding(data, settings('USD'), en);
    expect(announced.subtitle).not.toBe(inDollars.subtitle);
    const country = inDollars.rows[0]!.commitment.country;
    expect(announced.title).toContain(en(`country.${country}`));
  });
});
