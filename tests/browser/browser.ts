// Helpers for the `browser` project: a throw-away headless Chromium (playwright-core) per test file.
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';

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
