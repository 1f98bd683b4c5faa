// Security of the built app: the Content-Security-Policy header is sent and nothing in any view breaks it; hostile
// text in the data renders as text and never runs; every external link opens with rel="noopener noreferrer".
import type { Page, Route } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/csp';
import { DESKTOP, LANGS, VIEWS, appUrl, openView, pageText, useSharedBrowser } from './browser';

interface Recorded {
  __cspViolations?: string[];
  __xss?: string[];
}

const recording = new WeakSet<Page>();

/** Records every `securitypolicyviolation` of each document the page opens, from before its first script. */
async function recordViolations(page: Page): Promise<void> {
  if (recording.has(page)) return;
  recording.add(page);
  await page.addInitScript(() => {
    const w = window as unknown as Recorded;
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as Recorded).__cspViolations ?? ['the recorder did not run']);

/** Hostile strings: each one, if it were parsed as HTML, would push its marker onto `window.__xss`. */
const HOSTILE = {
  img: `<img src=x onerror="(window.__xss=window.__xss||[]).push('img')">`,
  script: `<script>(window.__xss=window.__xss||[]).push('script')</script>`,
  svg: `<svg onload="(window.__xss=window.__xss||[]).push('svg')"></svg>`,
};
const HOSTILE_TEXT = `${HOSTILE.img} ${HOSTILE.script} ${HOSTILE.svg}`;

/** Serves `file` with `change` applied to its parsed JSON. */
function serveChanged(change: (json: Record<string, Record<string, unknown>[]>) => void) {
  return async (route: Route) => {
    const response = await route.fetch();
    const json = (await response.json()) as Record<string, Record<string, unknown>[]>;
    change(json);
    await route.fulfill({ response, body: JSON.stringify(json) });
  };
}

function find(records: Record<string, unknown>[] | undefined, id: string): Record<string, unknown> {
  const record = records?.find((r) => r.id === id);
  if (!record) throw new Error(`no record ${id}`);
  return record;
}

describe('security', () => {
  const browser = useSharedBrowser({ viewport: DESKTOP });

  afterEach(async () => {
    await browser.page.unrouteAll({ behavior: 'wait' });
  });

  it('the app is served with the Content-Security-Policy, which allows no inline script', async () => {
    const { page } = browser;
    const response = await page.goto(appUrl(browser.baseURL, { lang: 'en' }));
    const header = response?.headers()['content-security-policy'];
    expect(header).toBe(contentSecurityPolicy());
    const scriptSrc = header?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toMatch(/'self'/);
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    // The data files carry it too (the preview server sends it with every response).
    const data = await page.request.get(new URL('data/commitments.json', browser.baseURL).toString());
    expect(data.headers()['content-security-policy']).toBe(contentSecurityPolicy());
  });

  it('no view, in either language or any currency, violates the policy', async () => {
    const { page } = browser;
    await recordViolations(page);
    for (const lang of LANGS) {
      for (const view of VIEWS) {
        for (const currency of ['JPY', 'USD', 'original']) {
          await openView(page, browser.baseURL, { view, lang, currency });
          expect(await violations(page), `${view}/${lang}/${currency}`).toEqual([]);
        }
      }
    }
    expect(browser.errors.all()).toEqual([]);
  });

  it('the violation recorder catches a planted inline script (so a clean result means something)', async () => {
    const { page } = browser;
    await recordViolations(page);
    await openView(page, browser.baseURL, { lang: 'en' });
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = '(window.__xss = window.__xss || []).push("planted")';
      document.body.append(script);
    });
    await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src/)]);
    expect(await page.evaluate(() => (window as unknown as Recorded).__xss)).toBeUndefined();
  });

  it('hostile text in the data renders as text: no element is made from it and no script runs', async () => {
    const { page } = browser;
    await recordViolations(page);
    await page.route(
      '**/data/commitments.json',
      serveChanged((json) => {
        const record = find(json.commitments, 'ms-jp-2026');
        record.text = { en: HOSTILE_TEXT, ja: HOSTILE_TEXT };
      }),
    );
    await page.route(
      '**/data/verification.json',
      serveChanged((json) => {
        for (const v of json.verification ?? []) v.publicRecord = { en: HOSTILE_TEXT, ja: HOSTILE_TEXT };
      }),
    );
    await page.route(
      '**/data/events.json',
      serveChanged((json) => {
        for (const e of json.events ?? []) e.text = { en: HOSTILE_TEXT, ja: HOSTILE_TEXT };
      }),
    );
    await page.route(
      '**/data/sources.json',
      serveChanged((json) => {
        for (const s of json.sources ?? []) {
          if (s.publisher) s.publisher = HOSTILE.img;
          if (s.title) s.title = HOSTILE.script;
        }
      }),
    );

    for (const lang of LANGS) {
      for (const view of VIEWS) {
        await openView(page, browser.baseURL, { view, lang });
        const made = await page.evaluate(() => ({
          img: document.querySelectorAll('img').length,
          script: document.querySelectorAll('body script').length,
          handlers: [...document.querySelectorAll('*')].filter((el) =>
            [...el.attributes].some((a) => a.name.startsWith('on')),
          ).length,
          xss: (window as unknown as Recorded).__xss ?? [],
        }));
        expect(made, `${view}/${lang}`).toEqual({ img: 0, script: 0, handlers: 0, xss: [] });
        // The markup is on screen as the characters it is made of (the "mine" view lists only imported records;
        // hostile text in an imported file is tested in explorer.test.ts).
        if (view !== 'mine') expect(await pageText(page), `${view}/${lang}`).toContain('<img src=x onerror=');
        expect(await violations(page)).toEqual([]);
      }
    }
    expect(browser.errors.pageErrors.map((e) => e.message)).toEqual([]);
  });

  it('every external link in every view opens in a new tab with rel="noopener noreferrer"', async () => {
    const { page } = browser;
    let checked = 0;
    const bad: string[] = [];
    for (const lang of LANGS) {
      for (const view of VIEWS) {
        await openView(page, browser.baseURL, { view, lang });
        const links = await page.evaluate(() =>
          [...document.querySelectorAll('a[href]')]
            .map((a) => a as HTMLAnchorElement)
            .filter((a) => new URL(a.href, location.href).origin !== location.origin)
            .map((a) => ({ href: a.href, target: a.target, rel: a.rel.split(/\s+/) })),
        );
        for (const link of links) {
          checked += 1;
          if (link.target !== '_blank' || !link.rel.includes('noopener') || !link.rel.includes('noreferrer'))
            bad.push(`${view}/${lang}: ${link.href} target=${link.target} rel=${link.rel.join(' ')}`);
        }
      }
    }
    expect(bad).toEqual([]);
    // The sources view alone lists every source with an address.
    expect(checked).toBeGreaterThan(10);
  });
});
