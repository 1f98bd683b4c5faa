// The corrections of the December 2026 audit, each as a test that would have caught the error it fixes. Where the
// error was a source that does not state what it is cited for, no test can read the source: the data says so in a
// note or a "missing" reason instead, and the test checks that it does.
import { describe, expect, it } from 'vitest';
import { convertAmount } from '../../src/lib/convert';
import { countOnce } from '../../src/lib/count-once';
import { landscape as data } from '../fixtures/landscape';

const commitment = (id: string) => {
  const found = data.commitments.find((c) => c.id === id) ?? data.capacities.find((c) => c.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
};
const source = (id: string) => data.sources.find((s) => s.id === id)!;

describe('the audit’s corrections', () => {
  it('ms-jp-2024: two years from 2024, the yen figure cited to a source that states it', () => {
    const c = data.commitments.find((r) => r.id === 'ms-jp-2024')!;
    expect(c.period).toEqual({ kind: 'duration', years: 2, from: 2024 });
    expect(c.statedConversion).toMatchObject({ value: 440e9, currency: 'JPY' });
    expect(source(c.statedConversion!.source).url).toMatch(/japan\.zdnet\.com\/article\/35217537/);
    expect(c.statedConversion!.source).not.toBe('ctvnews-2024-04-09');
  });

  it('ms-sg-2026: no machine-written summary as a source, and no period no primary source states', () => {
    const c = commitment('ms-sg-2026');
    expect(c.sources.some((id) => /callmor/.test(source(id).url ?? id))).toBe(false);
    expect(c.period).toEqual({ kind: 'unknown' });
    expect(c.note?.en).toMatch(/primary source/);
  });

  it('aws-my-2023: "at least" RM25.5 billion, as the source says', () => {
    expect(data.commitments.find((c) => c.id === 'aws-my-2023')!.amount).toEqual({
      value: 25.5e9,
      currency: 'MYR',
      qualifier: 'atLeast',
    });
  });

  it('aws-in-2023: the announced rupee amount, the dollar figure as the stated conversion', () => {
    const c = data.commitments.find((r) => r.id === 'aws-in-2023')!;
    expect(c.amount).toEqual({ value: 1_056_000_000_000, currency: 'INR' });
    expect(c.statedConversion).toMatchObject({ value: 12.7e9, currency: 'USD' });
  });

  it('google-jp-cables-2024: cross-border, so never in Japan’s total unless asked', () => {
    const cables = data.commitments.find((c) => c.id === 'google-jp-cables-2024')!;
    expect(cables.scope).toBe('cross-border');
    const japan = data.commitments.filter((c) => c.country === 'JP');
    expect(countOnce(japan, { crossBorder: 'exclude' }).counted).not.toContain(cables);
  });

  it('the fact checks: the AI council "partly", and the two missing "differs" entries', () => {
    const status = (id: string) => data.verification.find((v) => v.id === id)?.status;
    expect(status('v-ai-council')).toBe('partly');
    expect(status('v-gdp-2023')).toBe('differs');
    expect(status('v-between-figures')).toBe('differs');
  });

  it('every source has an https address and a date, or says why not; no address is cut short', () => {
    for (const s of data.sources) {
      if (!s.url || !s.published) expect(s.missing?.en, s.id).toBeTruthy();
      if (s.url) expect(s.url, s.id).toMatch(/^https:\/\/[^/]+\/.+/);
    }
    expect(source('microsoft-au-a5-billion').url).toMatch(/help-australia-seize-the-ai-era\/$/);
    expect(source('nippon-yjj2024041800705').url).toMatch(/oracle-to-spend-over-8-b-dollars-in-japan\.html$/);
  });

  it('rates keep the published figure and its direction: the Australian dollar as 0.6644 US dollars', () => {
    const aud = data.rates.find((r) => r.currency === 'AUD' && r.year === 2023)!;
    expect(aud).toMatchObject({ value: 0.6644, direction: 'usd-per-unit' });
    expect(aud.unitsPerUsd).toBeCloseTo(1.5051, 4);
    const nzd = data.rates.find((r) => r.currency === 'NZD' && r.year === 2023)!;
    expect(nzd).toMatchObject({ value: 0.6143, direction: 'usd-per-unit' });
    expect(data.rates.find((r) => r.currency === 'KRW' && r.year === 2023)?.value).toBe(1306.7637);
  });

  it('"announcement year’s average" uses 2022’s printed average for a 2022 announcement, not the article’s rate', () => {
    const google2022 = data.commitments.find((c) => c.id === 'google-jp-2022')!;
    const dollars = convertAmount(google2022.amount, 'USD', data.rates, { kind: 'year' }, 2022);
    expect(dollars.rates).toEqual([
      expect.objectContaining({ unitsPerUsd: 131.4589, basis: 'year-average', year: 2022 }),
    ]);
  });
});

describe('the audit’s additions', () => {
  it.each([
    ['amazon-in-2025', 'amazon', 'IN'],
    ['ms-au-2026', 'microsoft', 'AU'],
    ['aws-au-2023', 'aws', 'AU'],
    ['aws-kr-2023', 'aws', 'KR'],
    ['aws-th-2024', 'aws', 'TH'],
    ['aws-kr-ulsan-2025', 'aws', 'KR'],
    ['openai-au-2025', 'openai', 'AU'],
    ['softbank-jp-2025-sakai', 'softbank', 'JP'],
    ['nvidia-kr-2025', 'nvidia', 'KR'],
  ])('%s (%s, %s) is in the data, with its sources', (id, investor, country) => {
    const c = commitment(id);
    expect(c).toMatchObject({ investor, country });
    expect(c.sources.length).toBeGreaterThan(0);
  });

  it('the overlaps the audit names are declared, so no total adds them up', () => {
    const relation = (id: string) => commitment(id).relations?.map((r) => [r.kind, r.target]);
    expect(relation('amazon-in-2025')).toContainEqual(['overlaps', 'aws-in-2023']);
    expect(relation('aws-au-2025')).toContainEqual(['supersedes', 'aws-au-2023']);
  });

  it('the twelve Japan events of the audit are on the timeline', () => {
    const ids = data.events.map((e) => e.id);
    for (const id of [
      'nagoya-port-ransomware-2023',
      'nisc-email-breach-2023',
      'jaxa-breach-2023',
      'security-clearance-law-2024',
      'kadokawa-ransomware-2024',
      'jal-ddos-2024',
      'npa-mirrorface-2025',
      'ai-promotion-act-2025',
      'national-cybersecurity-office-2025',
      'ai-strategy-hq-2025',
      'asahi-ransomware-2025',
      'takaichi-prime-minister-2025',
    ])
      expect(ids).toContain(id);
  });
});
