// `npm run build:single`: one html file that works from disk (file://) with no network request at all, under its
// own Content-Security-Policy (any violation is a console error, and so fails these tests).
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import enExport from '../../locales/en/export.json';
import jaCommon from '../../locales/ja/common.json';
import type { LaunchedBrowser, PageErrors } from './browser';
import { VIEWS, collectPageErrors, launchBrowser, screenshot, settle, waitForView } from './browser';

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
});
