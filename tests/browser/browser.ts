// Helpers for the `browser` project: a throw-away headless Chromium (playwright-core) per test file.
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOT_DIR = resolve(ROOT, 'screenshots');

export interface LaunchOptions {
  /** Default 1280 x 800. */
  viewport?: { width: number; height: number };
  /** BCP 47 locale, e.g. 'ja-JP': sets navigator.language(s) and Accept-Language. Default 'en-US'. */
  locale?: string;
  /** Default 'light'. */
  colorScheme?: 'light' | 'dark' | 'no-preference';
  /** Default 'UTC', so dates render the same on every machine. */
  timezoneId?: string;
  /** Default 'no-preference'. */
  reducedMotion?: 'reduce' | 'no-preference';
  /** Device pixels per CSS pixel. Default 1. */
  deviceScaleFactor?: number;
  /**
   * Default 'block': the app's service worker fetches data itself, and what it fetches does not pass through
   * `page.route`, so a test that intercepts requests would silently test the real files. The offline tests, which
   * are about the worker, use 'allow'.
   */
  serviceWorkers?: 'allow' | 'block';
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The page the persistent context opens with. */
  page: Page;
  /** Closes Chromium and deletes its profile directory. Safe to call twice. */
  close: () => Promise<void>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const profileDir = await mkdtemp(join(tmpdir(), 'apac-dashboard-chromium-'));
  const locale = options.locale ?? 'en-US';
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [...CHROMIUM_ARGS, `--lang=${locale}`],
      viewport: options.viewport ?? { width: 1280, height: 800 },
      locale,
      colorScheme: options.colorScheme ?? 'light',
      reducedMotion: options.reducedMotion ?? 'no-preference',
      timezoneId: options.timezoneId ?? 'UTC',
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      serviceWorkers: options.serviceWorkers ?? 'block',
    });
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());

  let closed = false;
  return {
    context,
    page,
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await context.close();
      } finally {
        await rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
      }
    },
  };
}

export interface PageErrors {
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: Error[];
  /** `console.error` messages (including failed resource loads reported by Chromium). */
  consoleErrors: string[];
  /** Both lists as readable lines; `expect(errors.all()).toEqual([])` gives a useful diff. */
  all: () => string[];
  /** Forgets what was recorded so far (the listeners stay), e.g. between tests that share a page. */
  clear: () => void;
}

/** Starts recording errors of `page`; call it before `page.goto`. */
export function collectPageErrors(page: Page): PageErrors {
  const pageErrors: Error[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error: Error) => pageErrors.push(error));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
  });
  return {
    pageErrors,
    consoleErrors,
    all: () => [
      ...pageErrors.map((error) => `pageerror: ${error.message}`),
      ...consoleErrors.map((text) => `console.error: ${text}`),
    ],
    clear: () => {
      pageErrors.length = 0;
      consoleErrors.length = 0;
    },
  };
}

/** One browser shared by the tests of a describe block; read it inside tests and hooks, not while collecting. */
export interface SharedBrowser {
  readonly browser: LaunchedBrowser;
  /** The browser's page. */
  readonly page: Page;
  /** What `page` reported since the current test started. */
  readonly errors: PageErrors;
  /** The address the app is served at (`inject('baseURL')`). */
  readonly baseURL: string;
}

/**
 * Registers the hooks of a describe block whose tests share one browser: launch it with `options` and record its page
 * errors before all tests, close it after them, and forget the previous test's errors before each one. With
 * `resetViewport`, each test also starts at the launch viewport, whatever size an earlier test left the page at.
 * Call it in the body of a `describe`.
 */
export function useSharedBrowser(
  options: LaunchOptions = {},
  { resetViewport = false }: { resetViewport?: boolean } = {},
): SharedBrowser {
  let launched: { browser: LaunchedBrowser; errors: PageErrors } | undefined;
  const baseURL = inject('baseURL');

  beforeAll(async () => {
    const browser = await launchBrowser(options);
    launched = { browser, errors: collectPageErrors(browser.page) };
  });

  afterAll(async () => {
    await launched?.browser.close();
  });

  beforeEach(async () => {
    const { browser, errors } = current();
    errors.clear();
    if (resetViewport) await browser.page.setViewportSize(options.viewport ?? DESKTOP);
  });

  function current() {
    if (!launched) throw new Error('the shared browser is not launched: use it inside tests and hooks');
    return launched;
  }

  return {
    get browser() {
      return current().browser;
    },
    get page() {
      return current().browser.page;
    },
    get errors() {
      return current().errors;
    },
    baseURL,
  };
}

/** Saves a PNG to screenshots/<name>.png and returns its path. */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false, animations: 'disabled' });
  return path;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers for driving the dashboard.

// The app's own lists, so a new view or language is covered by every test that walks them.
export { LANGS, VIEWS } from '../../src/lib/url-state';
export type { ViewId } from '../../src/lib/url-state';
export type { Lang } from '../../src/lib/format';

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** The app's URL with the given query parameters (in order), e.g. `appUrl(base, { view: 'japan', lang: 'ja' })`. */
export function appUrl(baseURL: string, params: Record<string, string> = {}): string {
  const url = new URL(baseURL);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

/** The query parameters of the page's current URL. */
export function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/**
 * Waits until the app shell is up and `main` shows a view: no loading status left and a view heading (h2).
 * Use `waitForShell` instead when the data is expected to fail.
 */
export async function waitForView(page: Page, timeout = 30_000): Promise<void> {
  await waitForShell(page, timeout);
  await page.waitForFunction(
    () => {
      const main = document.querySelector('main');
      return !!main && !main.querySelector('[role="status"]') && !!main.querySelector('h2');
    },
    undefined,
    { timeout },
  );
}

/** Waits until the app title (h1) is visible: the shell rendered, whatever the state of the data. */
export async function waitForShell(page: Page, timeout = 30_000): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible', timeout });
}

/** Waits for web fonts, for every chart to have drawn its SVG, and for two frames: a stable page to measure or shoot. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.recharts-responsive-container')].every((c) =>
        c.querySelector('svg.recharts-surface'),
      ),
    undefined,
    { timeout: 10_000 },
  );
  // A slide's fade or a control's transition still running would be measured half-way (axe would read blended colours).
  await page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== 'running'),
    undefined,
    {
      timeout: 10_000,
    },
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  });
}

/** Opens the app at `params`, waits for the view and lets it settle. */
export async function openView(
  page: Page,
  baseURL: string,
  params: Record<string, string> = {},
): Promise<void> {
  await page.goto(appUrl(baseURL, params));
  await waitForView(page);
  await settle(page);
}

/** The visible text of the whole page. */
export function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

/** How far the page scrolls sideways, in CSS pixels (0 when it fits its viewport). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The elements that stick out past the right edge of the viewport, as short descriptions, for failure messages. */
export function overflowingElements(page: Page, limit = 8): Promise<string[]> {
  return page.evaluate((max) => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.right <= width + 0.5 || box.width === 0) continue;
      // Skip elements inside a container that scrolls or clips sideways: they do not widen the page.
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const overflowX = getComputedStyle(p).overflowX;
        if (overflowX !== 'visible') {
          clipped = true;
          break;
        }
      }
      if (clipped) continue;
      const cls =
        typeof el.className === 'string' && el.className ? `.${el.className.split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').trim().slice(0, 40);
      out.push(`<${el.tagName.toLowerCase()}${cls}> right=${Math.round(box.right)} "${text}"`);
      if (out.length >= max) break;
    }
    return out;
  }, limit);
}

/**
 * The text of the cell under the column headed `column` in the first table row of `main` with
 * `data-record="<recordId>"`; undefined when there is no such row or column.
 */
export function recordCell(page: Page, recordId: string, column: string): Promise<string | undefined> {
  return page.evaluate(
    ({ id, header }) => {
      const row = document.querySelector(`main tr[data-record="${CSS.escape(id)}"]`);
      const table = row?.closest('table');
      if (!row || !table) return undefined;
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
      const index = headers.indexOf(header);
      if (index < 0) return undefined;
      return row.children[index]?.textContent?.trim() ?? undefined;
    },
    { id: recordId, header: column },
  );
}
