import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot } from './browser';
import type { LaunchedBrowser } from './browser';

describe('smoke', () => {
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads the app without errors', async () => {
    const { page } = browser;
    const errors = collectPageErrors(page);

    await page.goto(inject('baseURL'));
    await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible', timeout: 30_000 });

    expect(errors.all()).toEqual([]);
    await screenshot(page, 'smoke');
  });
});
