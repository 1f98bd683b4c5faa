// `npm run build:single`: one html file that works from disk (file://) with no network request at all, under its
// own Content-Security-Policy (any violation is a console error, and so fails these tests).
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import enExplorer from '../../locales/en/explorer.json';
import enExport from '../../locales/en/export.json';
import jaCommon from '../../locales/ja/common.json';
import jaExplorer from '../../locales/ja/explorer.json';
import { IMPORT_COLUMNS } from '../../src/features/mine/lib/user-records';
import type { LaunchedBrowser, PageErrors } from './browser';
import { VIEWS, collectPageErrors, launchBrowser, screenshot, settle, waitForView } from './browser';
import { SLIDES, counterText, currentSlide, waitForDeck } from './deck-helpers';

function fileUrl(params: Record<string, string>): string {
  const url = pathToFileURL(FILE);
  url.search = new URLSearchParams(params).toString();
  return url.href;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FILE = resolve(ROOT, 'dist-single/apac-ai-investment-dashboard.html');

async function buildSingleFile(): Promise<void> {
  const viteBin = resolve(
    dirname(createRequire(import.meta.url).resolve('vite/package.json')),
    'bin/vite.js',
  );
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (key !== 'NODE_ENV' && key !== 'TEST' && !key.startsWith('VITEST')) env[key] = value;
  await new Promise<void>((done, fail) => {
    const child = spawn(
      process.execPath,
      [viteBin, 'build', '--config', 'vite.single.config.ts', '--logLevel', 'warn'],
      { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`build:single exited with ${code}`))));
  });
}

describe('the single file', () => {
  let browser: LaunchedBrowser;
  let errors: PageErrors;
  const requests: string[] = [];

  beforeAll(async () => {
    await buildSingleFile();
    browser = await launchBrowser();
    errors = collectPageErrors(browser.page);
    browser.page.on('request', (request) => {
      if (!/^(data|blob):/.test(request.url())) requests.push(request.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is one file with the script, style and data inline, and a hash-based policy', async () => {
    const html = await readFile(FILE, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload)"/);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
    expect(policy).not.toContain('unsafe-inline');
    expect(html).toContain('<script type="application/json" id="landscape-data">');
    // Both languages are inside.
    expect(html).toContain(jaCommon.app.title);
  });

  it('opens from disk, shows every view, switches language and currency, and exports, with no request', async () => {
    const { page } = browser;
    const url = pathToFileURL(FILE);
    url.search = '?view=japan&lang=ja&currency=USD';
    await page.goto(url.href);
    await waitForView(page);
    await settle(page);
    expect(await page.locator('figure .figure-title').first().textContent()).toMatch(/日本/);
    expect(await page.locator('figure .recharts-cartesian-axis-tick-value').first().textContent()).toMatch(
      /ドル/,
    );

    for (const [i, view] of VIEWS.entries()) {
      await page.getByRole('navigation').getByRole('link').nth(i).click();
      await page.waitForFunction(
        (v) => new URLSearchParams(location.search).get('view') === v || v === 'overview',
        view,
      );
      await waitForView(page);
      expect(await page.locator('main h2').first().isVisible()).toBe(true);
    }

    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByRole('navigation').getByRole('link').nth(2).click();
    await waitForView(page);
    await settle(page);
    await page
      .getByRole('button', { name: /^Export chart: / })
      .first()
      .click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: enExport.menu.png }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('apac-ai-investment_japan_en_USD.png');
    const png = await readFile((await file.path())!);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    await screenshot(page, 'single-file-japan-en');

    expect(requests.filter((r) => !r.startsWith('file:'))).toEqual([]);
    // The page itself is the only file read.
    expect(new Set(requests.map((r) => r.split('?')[0]))).toEqual(new Set([pathToFileURL(FILE).href]));
    expect(errors.all()).toEqual([]);
  });

  it('presents from disk: the deck steps through every slide and switches language and currency', async () => {
    const { page } = browser;
    await page.goto(fileUrl({ mode: 'deck', slide: 'headline', lang: 'en' }));
    await waitForDeck(page);
    for (const [i, slide] of SLIDES.entries()) {
      expect(await currentSlide(page)).toBe(slide);
      expect(await counterText(page)).toBe(`${i + 1} / ${SLIDES.length}`);
      expect(await page.locator('.deck-slide[data-current] h2').first().isVisible()).toBe(true);
      if (i < SLIDES.length - 1) {
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => currentSlide(page)).toBe(SLIDES[i + 1]);
        await waitForDeck(page);
      }
    }
    await page.keyboard.press('Home');
    await expect.poll(() => currentSlide(page)).toBe('headline');
    await page.keyboard.press('l');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await page.keyboard.press('c');
    await expect.poll(() => new URL(page.url()).searchParams.get('currency')).toBe('USD');
    await waitForDeck(page);
    expect(await page.locator('.deck-slide[data-current]').textContent()).toMatch(/ドル/);
    await screenshot(page, 'single-file-deck-ja');
    expect(requests.filter((r) => !r.startsWith('file:'))).toEqual([]);
    expect(errors.all()).toEqual([]);
  });

  it('shows the map, per-year, records and my records from disk', async () => {
    const { page } = browser;
    await page.goto(fileUrl({ view: 'map', lang: 'ja' }));
    await waitForView(page);
    await page.locator('svg.map .map-bubble').first().waitFor();
    expect(await page.locator('svg.map .map-land').count()).toBeGreaterThan(20);
    await page.goto(fileUrl({ view: 'peryear', lang: 'ja' }));
    await waitForView(page);
    await settle(page);
    expect(await page.locator('#peryear-title').textContent()).toMatch(/年換算/);
    expect(await page.locator('figure .recharts-surface').count()).toBeGreaterThan(0);
    await page.goto(fileUrl({ view: 'records', lang: 'en' }));
    await waitForView(page);
    expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(10);
    await page.goto(fileUrl({ view: 'mine', lang: 'en' }));
    await waitForView(page);
    const storage = Object.values(enExplorer.mine.storage).filter((text) => !text.endsWith('…'));
    await expect
      .poll(async () => {
        const text = (await page.locator('main').textContent()) ?? '';
        return storage.some((kind) => text.includes(kind));
      })
      .toBe(true);
    expect(requests.filter((r) => !r.startsWith('file:'))).toEqual([]);
    expect(errors.all()).toEqual([]);
  });

  it('says so clearly, and keeps working, where the browser allows no storage from disk', async () => {
    const page = await browser.context.newPage();
    const pageErrors = collectPageErrors(page);
    try {
      // As a browser set to block site data for files: no IndexedDB, and localStorage throws.
      await page.addInitScript(() => {
        Object.defineProperty(window, 'indexedDB', { get: () => undefined });
        Object.defineProperty(window, 'localStorage', {
          get: () => {
            throw new DOMException('The document is sandboxed', 'SecurityError');
          },
        });
      });
      await page.goto(fileUrl({ view: 'mine', lang: 'ja' }));
      await waitForView(page);
      await page.getByText(jaExplorer.mine.storage.memory).waitFor();
      const csv = [
        IMPORT_COLUMNS.filter((c) => c !== 'investor_ja').join(','),
        'aws,TW,5000000000,USD,,2025,2037,,,My source,,source note,from disk',
      ].join('\n');
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: 'mine.csv', mimeType: 'text/plain', buffer: Buffer.from(csv, 'utf8') });
      // It says the record is kept for this visit only, never that it was saved.
      await page.getByText(jaExplorer.mine.savedMemory).waitFor();
      expect(await page.getByText(jaExplorer.mine.saved_other).count()).toBe(0);
      // The record is there for this visit: listed here, and on the map as the user's own.
      await expect.poll(() => page.locator('main').textContent()).toContain('from disk');
      await page.getByRole('navigation').getByRole('link').nth(VIEWS.indexOf('map')).click();
      await waitForView(page);
      await page.locator('svg.map g[data-country="TW"]').waitFor();
      // The language buttons still work without storage to remember the choice in.
      await page.getByRole('button', { name: 'English' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await screenshot(page, 'single-file-no-storage-en');
      expect(pageErrors.pageErrors.map((e) => e.message)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
