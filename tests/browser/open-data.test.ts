// The open data model as a user meets it: a record for an investor and an economy the dataset lacks, seen and
// filtered in every view and kept after a reload; a Shift_JIS CSV from Japanese Excel; duplicates asked about.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../../src/features/mine/lib/user-records';
import { landscape } from '../fixtures/landscape';
import { appUrl, screenshot, searchParams, useSharedBrowser, waitForView } from './browser';
import { clearMine, importText } from './mine-helpers';

const HEADER = IMPORT_COLUMNS.join(',');
// A fictional company in an economy the bundled data has no record for: a test row, not a real commitment.
const NEW_ROW =
  'Kestrel Compute Test Co,ケストレル試験,Philippines,750000000,USD,,2026,2028,2026-02,infrastructure,Test source,https://example.com/kestrel,,a test row';

async function openMine(page: Page, baseURL: string, lang: 'en' | 'ja' = 'en'): Promise<void> {
  await page.goto(appUrl(baseURL, { view: 'mine', lang }));
  await waitForView(page);
}

describe('records of any investor and any economy of the region', () => {
  const browser = useSharedBrowser({}, { resetViewport: true });

  it('imports them, shows them in every view, filters them and keeps them after a reload', async () => {
    const { page, baseURL } = browser;
    await clearMine(page, baseURL);
    await importText(page, 'kestrel.csv', `${HEADER}\n${NEW_ROW}\n`);
    await page.getByRole('heading', { name: '1 record kept in this browser' }).waitFor();
    expect(await page.locator('main tbody th').first().textContent()).toBe('Kestrel Compute Test Co');
    await page.reload();
    await page.getByRole('heading', { name: '1 record kept in this browser' }).waitFor();

    // All records lists it; the investor filter offers it (among the investors beyond the hyperscalers).
    await page.goto(appUrl(baseURL, { view: 'records', lang: 'en' }));
    await waitForView(page);
    await page.getByRole('button', { name: /more investors/ }).click();
    await page.getByRole('checkbox', { name: 'Kestrel Compute Test Co' }).check();
    await expect.poll(() => searchParams(page).get('investor')).toBe('user-kestrel-compute-test-co');
    await expect.poll(() => page.locator('main h2').first().textContent()).toBe('All records: 1 commitment');
    expect(await page.locator('main tbody tr[data-record] td').first().textContent()).toBe('Philippines');

    // The map places it in the Philippines, with the filter still in force after a reload.
    await page.goto(appUrl(baseURL, { view: 'map', lang: 'en', investor: 'user-kestrel-compute-test-co' }));
    await waitForView(page);
    await page.reload();
    await waitForView(page);
    await page.locator('g[data-country="PH"]').focus();
    await expect.poll(() => page.locator('.map-panel').textContent()).toContain('Kestrel Compute Test Co');
    await expect.poll(() => page.locator('main h2').first().textContent()).toContain('Philippines');
    await screenshot(page, 'open-data-map-new-investor-en');

    // The per-year view and the Japanese page name it too, in Japanese where the file gives the name.
    await page.goto(
      appUrl(baseURL, { view: 'peryear', lang: 'ja', investor: 'user-kestrel-compute-test-co' }),
    );
    await waitForView(page);
    await expect.poll(() => page.locator('main').textContent()).toContain('ケストレル試験');
    await expect.poll(() => page.locator('main').textContent()).toContain('フィリピン');
    expect(browser.errors.all()).toEqual([]);
  });

  it('reads a CSV saved by Japanese Excel (Shift_JIS) and says so', async () => {
    const { page, baseURL } = browser;
    await clearMine(page, baseURL);
    await openMine(page, baseURL, 'ja');
    const bytes = await readFile(path.resolve(__dirname, '../fixtures/excel-shift-jis.csv'));
    await importText(page, 'excel.csv', bytes);
    await page.getByRole('heading', { name: 'このブラウザーに保存中のデータ：1件' }).waitFor();
    const report = (await page.getByRole('status').first().textContent()) ?? '';
    expect(report).toContain('Shift_JIS');
    expect(await page.locator('main tbody th').first().textContent()).toBe('試験運用データセンター');
    expect(await page.locator('main tbody').textContent()).toContain('日本語のメモ：Excelで作成');
    await screenshot(page, 'open-data-shift-jis-ja', { fullPage: true });
  });
});

describe('duplicates are asked about, never doubled silently', () => {
  const browser = useSharedBrowser({}, { resetViewport: true });

  it('the same file twice: skip, replace or keep both', async () => {
    const { page, baseURL } = browser;
    await clearMine(page, baseURL);
    const file = `${HEADER}\n${NEW_ROW}\n`;
    await importText(page, 'kestrel.csv', file);
    await page.getByRole('heading', { name: '1 record kept in this browser' }).waitFor();

    await importText(page, 'kestrel.csv', file);
    const prompt = page.getByRole('alertdialog');
    await expect.poll(() => prompt.textContent()).toContain('1 of the 1 records is already in the dashboard');
    await expect.poll(() => prompt.textContent()).toContain('imported before from kestrel.csv');
    await screenshot(page, 'open-data-duplicates-en');
    await prompt.getByRole('button', { name: 'Skip the duplicate' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('1 duplicate was skipped');
    await page.getByRole('heading', { name: '1 record kept in this browser' }).waitFor();

    await importText(page, 'kestrel.csv', file);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Replace 1 earlier import' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('1 earlier import was replaced');
    await page.getByRole('heading', { name: '1 record kept in this browser' }).waitFor();

    await importText(page, 'kestrel.csv', file);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Keep both' }).click();
    await page.getByRole('heading', { name: '2 records kept in this browser' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: '2 records kept in this browser' }).waitFor();
    expect(browser.errors.all()).toEqual([]);
  });

  it('the template, imported as it is, is recognised as a record the dataset has (en, ja)', async () => {
    const { page, baseURL } = browser;
    await clearMine(page, baseURL);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV template' }).click(),
    ]);
    const template = await readFile((await download.path())!);
    await importText(page, 'template.csv', template);
    const prompt = page.getByRole('alertdialog');
    await expect
      .poll(() => prompt.textContent())
      .toContain('the dataset has it (Microsoft, record ms-jp-2024)');
    // A bundled record cannot be replaced.
    expect(await prompt.getByRole('button', { name: /^Replace/ }).isDisabled()).toBe(true);
    await prompt.getByRole('button', { name: 'Skip the duplicate' }).click();
    await page.getByRole('heading', { name: '0 records kept in this browser' }).waitFor();

    await openMine(page, baseURL, 'ja');
    await importText(page, 'template.csv', template);
    await expect
      .poll(() => page.getByRole('alertdialog').textContent())
      .toContain('収録データにあります（マイクロソフト、レコードms-jp-2024）');
    await screenshot(page, 'open-data-template-duplicate-ja');
    expect(browser.errors.all()).toEqual([]);
  });
});

describe('the data says when it was last checked', () => {
  const browser = useSharedBrowser({}, { resetViewport: true });

  it('on every page, in both languages, with a link to what changed', async () => {
    const { page, baseURL } = browser;
    const asOf = landscape.dataset[0]!.asOf.date;
    expect(asOf).toBe('2026-12-01');
    for (const [lang, text] of [
      ['en', 'Data as of Dec 1, 2026.'],
      ['ja', 'データは2026年12月1日時点。'],
    ] as const) {
      await page.goto(appUrl(baseURL, { view: 'japan', lang }));
      await waitForView(page);
      await expect.poll(() => page.locator('footer .as-of').textContent()).toContain(text);
      await page.locator('footer .as-of a').click();
      await expect.poll(() => searchParams(page).get('view')).toBe('sources');
      await page.locator('#changes').waitFor();
    }
  });
});
