// Chart export: PNG, SVG and CSV downloads (their names and contents), copying the image, and the menu's keyboard use.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import enExport from '../../locales/en/export.json';
import jaExport from '../../locales/ja/export.json';
import { join } from 'node:path';
import {
  DESKTOP,
  PHONE,
  SCREENSHOT_DIR,
  horizontalOverflow,
  launchBrowser,
  openView,
  screenshot,
  useSharedBrowser,
} from './browser';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
const AS_OF = { en: 'Data as of Dec 1, 2026.', ja: 'データは2026年12月1日時点。' } as const;

/**
 * The lines of a CSV export (its BOM removed) before the as-of line that closes every export: the data's date is
 * checked here, so each test reads only the figure's rows.
 */
function dataLines(csv: string): string[] {
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  // A CSV cell with a comma is quoted.
  const last = lines.pop()?.replace(/^"(.*)"$/, '$1');
  expect([AS_OF.en, AS_OF.ja]).toContain(last);
  expect(lines.pop()).toBe('');
  return lines;
}

function pngDimensions(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  return {
    width: Number(/\bwidth="([\d.]+)"/.exec(root)?.[1]),
    height: Number(/\bheight="([\d.]+)"/.exec(root)?.[1]),
  };
}

/** The export menu of the figure titled by `figureId`'s heading. */
function exportButton(page: Page, name: RegExp | string) {
  return page.getByRole('button', { name });
}

/** Chooses `item` in the first figure's export menu and returns the download it starts. */
async function download(page: Page, menuName: RegExp, item: string): Promise<Download> {
  await exportButton(page, menuName).first().click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  return file;
}

async function text(file: Download): Promise<string> {
  return readFile((await file.path())!, 'utf8');
}

/** The size in CSS pixels of every chart in the first figure. */
function chartBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure .chart svg.recharts-surface')].map((svg) => {
      const box = svg.getBoundingClientRect();
      return { width: box.width, height: box.height };
    }),
  );
}

const EN_MENU = /^Export chart: /;

async function openTimelinePng(page: Page): Promise<Download> {
  await page.getByRole('link', { name: '2014年と2026～2029年' }).click();
  await page.locator('.figure-title').first().waitFor();
  return download(page, JA_MENU, jaExport.menu.png);
}
const JA_MENU = /^グラフの書き出し：/;

describe('chart export', () => {
  const browser = useSharedBrowser({ viewport: DESKTOP, serviceWorkers: 'block' });

  afterEach(async () => {
    await browser.page.unrouteAll({ behavior: 'wait' });
  });

  it('the SVG has the title, subtitle, rate, source and axis ticks as text, in concrete colours', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { view: 'japan', lang: 'en' });
    const file = await download(page, EN_MENU, enExport.menu.svg);
    expect(file.suggestedFilename()).toBe('apac-ai-investment_japan_en_JPY.svg');
    const svg = await text(file);
    const title = (await page.locator('figure .figure-title').first().textContent())!;
    const ticks = await page.locator('figure .recharts-cartesian-axis-tick-value').allTextContents();
    expect(ticks.length).toBeGreaterThan(1);
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&apos;');
    expect(svg).toContain(`<title>${escape(title)}</title>`);
    expect(svg).toContain(`>${escape(title)}</text>`);
    expect(svg).toContain('Rate: ¥160/$');
    expect(svg).toMatch(/>Sources: /);
    expect(svg).toContain(`>${AS_OF.en}</text>`);
    for (const tick of ticks) expect(svg).toContain(`>${tick}<`);
    expect(svg).toContain('Microsoft · 2026–2029');
    expect(svg).not.toContain('var(--');
    expect(svg).toMatch(/font-family="[^"]*sans-serif/);
    expect(svg).toContain('lang="en"');
    // The investor colours are resolved from the CSS variables.
    expect(svg).toContain('rgb(0, 114, 178)');
    expect(browser.errors.all()).toEqual([]);
  });

  it('the PNG is twice the screen density times the chart frame, title and source band included', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { view: 'apac', lang: 'en', currency: 'USD' });
    const svgFile = await download(page, EN_MENU, enExport.menu.svg);
    const frame = svgSize(await text(svgFile));
    const [chart] = await chartBoxes(page);
    expect(frame.width).toBe(Math.ceil(chart!.width + 48));
    // The title and source band adds height above and below the chart.
    expect(frame.height).toBeGreaterThan(chart!.height + 100);

    const pngFile = await download(page, EN_MENU, enExport.menu.png);
    expect(pngFile.suggestedFilename()).toBe('apac-ai-investment_apac_en_USD.png');
    const png = pngDimensions(await readFile((await pngFile.path())!));
    expect(png).toEqual({ width: Math.round(frame.width * 2), height: Math.round(frame.height * 2) });
    await expect
      .poll(() => page.locator('.figure-export-status').filter({ hasText: 'Saved' }).count())
      .toBe(1);
    expect(browser.errors.all()).toEqual([]);
  });

  it('the CSV has the BOM, the Japanese header, one row per record, plain amounts and an escaped formula', async () => {
    const { page } = browser;
    // A source whose publisher reads like a spreadsheet formula must reach the CSV inert.
    await page.route('**/data/sources.json', async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as { sources: { id: string; kind: string; publisher?: string }[] };
      for (const source of json.sources) if (source.kind !== 'article') source.publisher = '=HYPERLINK("x")';
      await route.fulfill({ response, body: JSON.stringify(json) });
    });
    await openView(page, browser.baseURL, { view: 'japan', lang: 'ja', currency: 'USD' });
    const file = await download(page, JA_MENU, jaExport.menu.csv);
    expect(file.suggestedFilename()).toBe('apac-ai-investment_japan_ja_USD.csv');
    const bytes = await readFile((await file.path())!);
    expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const lines = dataLines(bytes.toString('utf8'));
    const c = jaExport.csv;
    expect(lines[0]).toBe(
      [
        c.investor,
        c.country,
        c.amount,
        c.currency,
        c.rate,
        c.announcedAmount,
        c.announcedCurrency,
        c.qualifier,
        c.period,
        c.announced,
        c.provenance,
        c.check,
        c.sources,
      ].join(','),
    );
    const tableRows = await page.locator('figure .figure-table tbody tr').count();
    expect(lines.length - 1).toBe(tableRows);
    const microsoft = lines.find((line) => line.startsWith('マイクロソフト,日本,10000000000,USD,'));
    expect(microsoft).toBeDefined();
    expect(microsoft).toContain(',1600000000000,JPY,');
    expect(lines.some((line) => line.includes(`"'=HYPERLINK(""x"")`))).toBe(true);
    expect(lines.some((line) => /(^|,)"?=/.test(line))).toBe(false);
  });

  it('the timeline exports in Japanese: title, markers, events and axis years as text', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { view: 'timeline', lang: 'ja' });
    const file = await download(page, JA_MENU, jaExport.menu.svg);
    expect(file.suggestedFilename()).toBe('apac-ai-investment_timeline_ja_JPY.svg');
    const svg = await text(file);
    const title = (await page.locator('figure .figure-title').first().textContent())!;
    expect(svg).toContain(title);
    expect(svg).toContain('lang="ja"');
    expect(svg).toMatch(/>出典：/);
    const ticks = await page.locator('figure .recharts-cartesian-axis-tick-value').allTextContents();
    expect(ticks).toContain('2030年');
    for (const tick of ticks) expect(svg).toContain(`>${tick}<`);
    expect(svg).toContain('>1. ');
    expect(svg).not.toContain('var(--');

    const csv = await download(page, JA_MENU, jaExport.menu.csv);
    const lines = dataLines(await text(csv));
    const events = await page.locator('.event-list > li').count();
    expect(lines.filter((l) => l.startsWith(`${jaExport.csv.event},`))).toHaveLength(events);
    expect(browser.errors.all()).toEqual([]);
  });

  it('the headline cards export as an image with their figures as text, and as CSV', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { lang: 'en' });
    const file = await download(page, EN_MENU, enExport.menu.svg);
    expect(file.suggestedFilename()).toBe('apac-ai-investment_overview_en_JPY.svg');
    const svg = await text(file);
    const figures = await page.locator('.card .card-figure').allTextContents();
    expect(figures.length).toBeGreaterThanOrEqual(3);
    for (const figure of figures) expect(svg).toContain(`>${figure}</text>`);
    expect(svg).toMatch(/>Sources: /);

    const csv = await download(page, EN_MENU, enExport.menu.csv);
    const lines = dataLines(await text(csv));
    expect(lines[0]).toBe('Item,Value,Unit,As shown,Sources');
    expect(lines).toHaveLength(1 + (await page.locator('.card').count()));
    expect(lines[1]).toContain(',1600000000000,JPY,¥1.6 trillion,');
    const pngFile = await download(page, EN_MENU, enExport.menu.png);
    await pngFile.saveAs(join(SCREENSHOT_DIR, 'export-overview-en.png'));
    const png = pngDimensions(await readFile((await pngFile.path())!));
    const frame = svgSize(svg);
    expect(png).toEqual({ width: Math.round(frame.width * 2), height: Math.round(frame.height * 2) });
    expect(browser.errors.all()).toEqual([]);
  });

  for (const lang of ['en', 'ja'] as const) {
    const words = lang === 'en' ? enExport : jaExport;
    const menu = lang === 'en' ? EN_MENU : JA_MENU;

    it(`the map exports its land, bubbles, country labels, title and source line (${lang})`, async () => {
      const { page } = browser;
      // In Japanese on a phone, where the map is drawn smaller than its own units.
      if (lang === 'ja') await page.setViewportSize(PHONE);
      await openView(page, browser.baseURL, { view: 'map', lang, currency: 'USD' });
      await page.locator('svg.map .map-bubble').first().waitFor();
      const svgFile = await download(page, menu, words.menu.svg);
      expect(svgFile.suggestedFilename()).toBe(`apac-ai-investment_map_${lang}_USD.svg`);
      const svg = await text(svgFile);
      const title = (await page.locator('.map-figure .figure-title').textContent())!;
      expect(svg).toContain(`<title>${title.replace(/&/g, '&amp;')}</title>`);
      expect(svg).toContain(`lang="${lang}"`);
      expect(svg).toMatch(lang === 'en' ? />Sources: / : />出典：/);
      expect(svg).toContain(`>${AS_OF[lang]}</text>`);
      const bubbles = await page.locator('svg.map .map-bubble').count();
      expect(svg.match(/<circle\b/g)?.length).toBe(bubbles);
      expect(svg.match(/<path\b/g)?.length).toBe(await page.locator('svg.map .map-land').count());
      for (const label of await page.locator('svg.map .map-label').allTextContents())
        expect(svg).toContain(`>${label}</text>`);
      expect(svg).not.toContain('var(--');
      // The map is drawn in its own units and scaled to its width on screen, and so in the file.
      const box = (await page.locator('svg.map').boundingBox())!;
      const nested =
        /<svg x="0" y="0" width="([\d.]+)" height="[\d.]+" viewBox="0 0 800 520" overflow="hidden">/.exec(
          svg,
        );
      expect(Number(nested?.[1])).toBeCloseTo(box.width, 1);
      // The country names keep their halo under the fill.
      expect(svg).toContain('paint-order="stroke');
      expect(svgSize(svg).width).toBe(Math.ceil(box.width + 48));

      const pngFile = await download(page, menu, words.menu.png);
      await pngFile.saveAs(join(SCREENSHOT_DIR, `export-map-${lang}.png`));
      const png = pngDimensions(await readFile((await pngFile.path())!));
      expect(png).toEqual({
        width: Math.round(svgSize(svg).width * 2),
        height: Math.round(svgSize(svg).height * 2),
      });

      await page.setViewportSize(DESKTOP);
      const csv = await download(page, menu, words.menu.csv);
      expect(csv.suggestedFilename()).toBe(`apac-ai-investment_map_${lang}_USD.csv`);
      const bytes = await readFile((await csv.path())!);
      expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
      const lines = dataLines(bytes.toString('utf8'));
      expect(lines[0]!.startsWith(`${words.csv.kind},${words.csv.country},${words.csv.investor},`)).toBe(
        true,
      );
      const totals = lines.filter((l) => l.startsWith(`${words.csv.countryTotal},`));
      expect(totals).toHaveLength(bubbles);
      const japan = lang === 'en' ? 'Japan' : '日本';
      const microsoft = lang === 'en' ? 'Microsoft' : 'マイクロソフト';
      expect(totals.some((l) => l.startsWith(`${words.csv.countryTotal},${japan},,`))).toBe(true);
      expect(
        lines.some((l) => l.startsWith(`${words.csv.commitment},${japan},${microsoft},10000000000,USD,`)),
      ).toBe(true);
      expect(browser.errors.all()).toEqual([]);
    });

    it(`the per-year chart and the growth panel export as images and CSV (${lang})`, async () => {
      const { page } = browser;
      await openView(page, browser.baseURL, { view: 'peryear', lang });
      const svgFile = await download(page, menu, words.menu.svg);
      expect(svgFile.suggestedFilename()).toBe(`apac-ai-investment_peryear_${lang}_JPY.svg`);
      const svg = await text(svgFile);
      const title = (await page.locator('#peryear-title').textContent())!;
      const firstWords = title.split(/[:：]/)[0]!.replace(/'/g, '&apos;');
      expect(svg.includes(`>${firstWords}`), firstWords).toBe(true);
      expect(svg).toContain(`lang="${lang}"`);
      expect(svg).toContain(lang === 'en' ? 'Rate: ' : 'レート');
      const ticks = await page
        .locator('figure .recharts-cartesian-axis-tick-value')
        .evaluateAll((els) => els.map((e) => e.textContent));
      for (const tick of ticks) expect(svg).toContain(`>${tick}<`);
      expect(svg).not.toContain('var(--');
      const pngFile = await download(page, menu, words.menu.png);
      await pngFile.saveAs(join(SCREENSHOT_DIR, `export-peryear-${lang}.png`));
      const png = pngDimensions(await readFile((await pngFile.path())!));
      expect(png).toEqual({
        width: Math.round(svgSize(svg).width * 2),
        height: Math.round(svgSize(svg).height * 2),
      });

      const csv = await download(page, menu, words.menu.csv);
      const bytes = await readFile((await csv.path())!);
      expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
      const lines = dataLines(bytes.toString('utf8'));
      expect(lines[0]!.split(',').slice(4, 8)).toEqual([
        words.csv.period,
        words.csv.years,
        words.csv.yearsBasis,
        words.csv.perYear,
      ]);
      const microsoft = lang === 'en' ? 'Microsoft,Japan' : 'マイクロソフト,日本';
      const period = lang === 'en' ? '2026–2029' : '2026～2029年';
      const row = lines.find((l) => l.startsWith(`${microsoft},1600000000000,JPY,${period},4,`));
      expect(row).toBeDefined();
      expect(row).toContain(',400000000000,');

      // The growth panel: its three figures as text in the image, and as CSV rows.
      const growthMenu = page.getByRole('button', { name: menu }).nth(1);
      await growthMenu.click();
      const [growthSvg] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: words.menu.svg }).click(),
      ]);
      expect(growthSvg.suggestedFilename()).toBe(`apac-ai-investment_growth_${lang}_JPY.svg`);
      const growthText = await text(growthSvg);
      for (const figure of await page.locator('.growth-list .big-number').allTextContents())
        expect(growthText).toContain(`>${figure}</text>`);
      await growthMenu.click();
      const [growthCsv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: words.menu.csv }).click(),
      ]);
      const growthLines = dataLines(await text(growthCsv));
      expect(growthLines).toHaveLength(4);
      expect(growthLines[1]).toContain(`,${words.csv.times},`);
      expect(browser.errors.all()).toEqual([]);
    });
  }

  it('the menu fits a phone screen in Japanese', async () => {
    const { page } = browser;
    await page.setViewportSize(PHONE);
    try {
      await openView(page, browser.baseURL, { view: 'apac', lang: 'ja' });
      await exportButton(page, JA_MENU).first().click();
      const menu = page.getByRole('menu');
      const box = (await menu.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      expect(await page.getByRole('menuitem').allTextContents()).toEqual([
        jaExport.menu.png,
        jaExport.menu.svg,
        jaExport.menu.copy,
        jaExport.menu.csv,
      ]);
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, 'export-menu-ja-phone');
      await page.keyboard.press('Escape');
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  it('the menu works from the keyboard: arrows, Enter, Escape back to its button', async () => {
    const { page } = browser;
    await openView(page, browser.baseURL, { view: 'japan', lang: 'en' });
    const button = exportButton(page, EN_MENU).first();
    await button.focus();
    await page.keyboard.press('Enter');
    const items = page.getByRole('menuitem');
    expect(await items.count()).toBe(4);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(enExport.menu.png);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(enExport.menu.csv);
    await page.keyboard.press('Escape');
    expect(await items.count()).toBe(0);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toBe('apac-ai-investment_japan_en_JPY.svg');
    await screenshot(page, 'export-menu-en');
  });
});

describe('chart export on a high-density screen, and the clipboard', () => {
  it('the PNG is 4× the frame at a device pixel ratio of 2', async () => {
    const browser = await launchBrowser({ viewport: DESKTOP, deviceScaleFactor: 2, serviceWorkers: 'block' });
    try {
      const { page } = browser;
      const { inject } = await import('vitest');
      await openView(page, inject('baseURL'), { view: 'japan', lang: 'ja' });
      const frame = svgSize(await text(await download(page, JA_MENU, jaExport.menu.svg)));
      const png = pngDimensions(
        await readFile((await (await download(page, JA_MENU, jaExport.menu.png)).path())!),
      );
      expect(png).toEqual({ width: Math.round(frame.width * 4), height: Math.round(frame.height * 4) });
      const timeline = await openTimelinePng(page);
      await timeline.saveAs(join(SCREENSHOT_DIR, 'export-timeline-ja.png'));
    } finally {
      await browser.close();
    }
  });

  it('copies a PNG to the clipboard, and says so clearly when the browser refuses', async () => {
    const browser = await launchBrowser({ viewport: DESKTOP, serviceWorkers: 'block' });
    try {
      const { page, context } = browser;
      const { inject } = await import('vitest');
      const baseURL = inject('baseURL');
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(baseURL).origin,
      });
      await openView(page, baseURL, { view: 'japan', lang: 'en' });
      await exportButton(page, EN_MENU).first().click();
      await page.getByRole('menuitem', { name: enExport.menu.copy }).click();
      await page.locator('.figure-export-status').filter({ hasText: enExport.status.copied }).waitFor();
      const types = await page.evaluate(async () => {
        const items = await navigator.clipboard.read();
        const blob = await items[0]!.getType('image/png');
        const head = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
        return { types: items.flatMap((i) => i.types), png: [...head].map((b) => b.toString(16)).join(' ') };
      });
      expect(types.types).toContain('image/png');
      expect(types.png).toBe('89 50 4e 47 d a 1a a');

      // A browser that refuses (no permission, insecure page) gets a message in the current language.
      await page.evaluate(() => {
        navigator.clipboard.write = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
      });
      await page.getByRole('button', { name: '日本語' }).click();
      await exportButton(page, JA_MENU).first().click();
      await page.getByRole('menuitem', { name: jaExport.menu.copy }).click();
      await page.locator('.figure-export-status').filter({ hasText: jaExport.status.copyRefused }).waitFor();
    } finally {
      await browser.close();
    }
  });
});
