// `npm run bench`: builds the dashboard and the floor app, measures bytes, Lighthouse scores and in-browser timings
// (also with the dataset at 100× and 1,000× records), and writes bench/results/latest.json and latest.md.
//
// Environment (all optional):
//   BENCH_RUNS=5               in-browser runs per measurement at the real data size (median reported)
//   BENCH_SCALE_RUNS=3         the same at 100× and 1,000× records, where one interaction can take seconds
//   BENCH_LIGHTHOUSE_RUNS=3    Lighthouse runs per app and preset (median reported)
//   BENCH_SKIP_LIGHTHOUSE=1    no Lighthouse
//   BENCH_SCALES=100,1000      dataset multipliers for the scale runs ("" for none)
//   BENCH_SKIP_BUILD=1         reuse dist-bench/ and dist-floor/
//   BENCH_OUT=bench/results    where latest.json and latest.md go
//   CHROMIUM_PATH=/usr/bin/chromium
/* global window -- inside page.evaluate callbacks, which run in the browser */
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import console from 'node:console';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, release, tmpdir, totalmem, type } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { analyzeBuild } from './lib/first-view.mjs';
import { installFirstChartProbe, measureInteraction } from './lib/probe.mjs';
import { renderMarkdown } from './lib/report.mjs';
import { scaleRecords } from './lib/scale.mjs';
import { summarize } from './lib/stats.mjs';
import { evaluateTargets } from './lib/targets.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The flags of tests/browser/browser.ts.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const env = process.env;
const RUNS = Math.max(1, Number(env.BENCH_RUNS ?? 5));
const SCALE_RUNS = Math.max(1, Number(env.BENCH_SCALE_RUNS ?? 3));
const LH_RUNS = Math.max(1, Number(env.BENCH_LIGHTHOUSE_RUNS ?? 3));
const SKIP_LIGHTHOUSE = Boolean(env.BENCH_SKIP_LIGHTHOUSE);
const SCALES = (env.BENCH_SCALES ?? '100,1000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 1);
const OUT_DIR = resolve(ROOT, env.BENCH_OUT ?? 'bench/results');
const INTERACTION_TIMEOUT = 60_000;
// At 100× and 1,000× records a measurement stops repeating once it has taken this long (the report shows the runs).
const SCALE_TIME_MS = 20_000;

const APPS = {
  app: {
    label: 'Dashboard',
    dist: resolve(ROOT, 'dist-bench'),
    buildArgs: ['build', '--outDir', 'dist-bench'],
  },
  floor: {
    label: 'Floor',
    dist: resolve(ROOT, 'dist-floor'),
    buildArgs: ['build', '-c', 'bench/floor/vite.config.mjs'],
  },
};

const log = (message) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${message}`);
const started = performance.now();

function run(command, args) {
  // A production build must not see a test runner's NODE_ENV.
  const childEnv = { ...process.env };
  delete childEnv.NODE_ENV;
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env: childEnv, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')}: exit ${code}`)),
    );
  });
}

async function build() {
  const vite = resolve(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  for (const app of Object.values(APPS)) {
    if (env.BENCH_SKIP_BUILD && existsSync(join(app.dist, 'index.html'))) continue;
    await run(process.execPath, [vite, ...app.buildArgs, '--logLevel', 'warn']);
  }
}

async function serve(dist) {
  const { preview } = await import('vite');
  const server = await preview({
    root: ROOT,
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

// ---------------------------------------------------------------------------------------------------------------
// Lighthouse

async function lighthouseRuns(urls) {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const profile = mkdtempSync(join(tmpdir(), 'apac-bench-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    userDataDir: profile,
  });
  const out = {};
  let version;
  try {
    for (const [name, url] of Object.entries(urls)) {
      out[name] = {};
      for (const preset of ['mobile', 'desktop']) {
        const runs = [];
        for (let i = 0; i < LH_RUNS; i++) {
          const result = await lighthouse(
            url,
            {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance', 'accessibility', 'best-practices'],
            },
            preset === 'desktop' ? desktopConfig : undefined,
          );
          const lhr = result.lhr;
          version = lhr.lighthouseVersion;
          const audit = (id) => lhr.audits[id]?.numericValue;
          const failing = (category) =>
            lhr.categories[category].auditRefs
              .filter(
                (ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1,
              )
              .map((ref) => `${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`);
          runs.push({
            performance: Math.round(lhr.categories.performance.score * 100),
            accessibility: Math.round(lhr.categories.accessibility.score * 100),
            bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
            fcp: audit('first-contentful-paint'),
            lcp: audit('largest-contentful-paint'),
            tbt: audit('total-blocking-time'),
            cls: audit('cumulative-layout-shift'),
            failing: [...failing('performance'), ...failing('accessibility'), ...failing('best-practices')],
            runWarnings: lhr.runWarnings,
          });
          log(`lighthouse ${name} ${preset} run ${i + 1}: performance ${runs.at(-1).performance}`);
        }
        const pick = (key) => summarize(runs.map((r) => r[key]));
        out[name][preset] = {
          performance: pick('performance'),
          accessibility: pick('accessibility'),
          bestPractices: pick('bestPractices'),
          fcp: pick('fcp'),
          lcp: pick('lcp'),
          tbt: pick('tbt'),
          cls: {
            ...summarize(runs.map((r) => r.cls)),
            median: summarize(runs.map((r) => r.cls * 1000)).median / 1000,
          },
          failing: [...new Set(runs.flatMap((r) => r.failing))],
          runWarnings: [...new Set(runs.flatMap((r) => r.runWarnings))],
        };
        // Flatten the medians for the targets and the table.
        for (const key of ['performance', 'accessibility', 'bestPractices', 'fcp', 'lcp', 'tbt', 'cls'])
          out[name][preset][key].value = out[name][preset][key].median;
      }
    }
  } finally {
    await chrome.kill();
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  }
  return { results: out, version };
}

// ---------------------------------------------------------------------------------------------------------------
// In-browser timings

async function launch() {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'apac-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, '--lang=en-US'],
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
  });
  await context.addInitScript(installFirstChartProbe);
  const version = context.browser()?.version() ?? (await chromiumVersion());
  return {
    context,
    version,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

async function chromiumVersion() {
  return new Promise((done) => {
    const child = spawn(CHROMIUM, ['--version']);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', () => done(out.trim()));
    child.on('error', () => done('unknown'));
  });
}

/** Serves the data files multiplied by `factor` through request interception. */
async function routeScaledData(page, dist, factor) {
  if (factor === 1) return 0;
  let bytes = 0;
  for (const file of ['commitments', 'events']) {
    const path = join(dist, 'data', `${file}.json`);
    if (!existsSync(path)) continue;
    const body = JSON.stringify(scaleRecords(JSON.parse(readFileSync(path, 'utf8')), file, factor));
    bytes += Buffer.byteLength(body);
    await page.route(`**/data/${file}.json`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
  }
  return bytes;
}

async function timeApp(context, name, url, factor) {
  const kinds = name === 'app' ? ['language', 'currency', 'view'] : ['language', 'currency'];
  const samples = Object.fromEntries(['firstChart', ...kinds].map((k) => [k, []]));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const dataBytes = await routeScaledData(page, APPS[name].dist, factor);
  const pageUrl = name === 'app' ? `${url}?view=japan&lang=en` : url;
  const runs = factor === 1 ? RUNS : SCALE_RUNS;
  try {
    const begun = performance.now();
    for (let i = 0; i < runs; i++) {
      if (i > 0 && factor > 1 && performance.now() - begun > SCALE_TIME_MS) break;
      await cdp.send('Network.clearBrowserCache');
      await page.goto(pageUrl, { waitUntil: 'load' });
      samples.firstChart.push(await page.evaluate(() => window.__benchFirstChart));
    }
    // Interactions on the loaded page, each after one warm-up that loads lazy chunks and fills caches. At scale, where
    // one interaction can take seconds, there is no warm-up and a measurement stops repeating after SCALE_TIME_MS.
    for (const kind of kinds) {
      const warmUps = factor === 1 ? 1 : 0;
      const begun = performance.now();
      for (let i = 0; i < runs + warmUps; i++) {
        const ms = await page.evaluate(measureInteraction, { app: name, kind, timeout: INTERACTION_TIMEOUT });
        if (i >= warmUps) samples[kind].push(ms);
        if (factor > 1 && performance.now() - begun > SCALE_TIME_MS) break;
      }
    }
  } finally {
    await page.close();
  }
  const out = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarize(v)]));
  if (dataBytes) out.dataBytes = dataBytes;
  return out;
}

/** Whether the build has the slide deck: ArrowRight at ?mode=deck changes the URL's `slide`. */
async function timeSlides(context, url, factor) {
  const count = factor === 1 ? RUNS : SCALE_RUNS;
  const page = await context.newPage();
  try {
    await routeScaledData(page, APPS.app.dist, factor);
    await page.goto(`${url}?mode=deck&lang=en`, { waitUntil: 'load' });
    await page.waitForSelector('h1, h2', { timeout: 30_000 }).catch(() => undefined);
    // Let a slide with a chart draw it (at scale this takes seconds); a deck without charts waits the full time.
    await page
      .waitForSelector('svg.recharts-surface', { timeout: factor === 1 ? 3_000 : 30_000 })
      .catch(() => {});
    const available = await page
      .evaluate(measureInteraction, {
        app: 'app',
        kind: 'slide',
        timeout: factor === 1 ? 3_000 : INTERACTION_TIMEOUT,
      })
      .then(() => true)
      .catch(() => false);
    if (!available) return { available: false };
    const samples = [];
    for (let i = 0; i < count; i++) {
      // Back and forth, so that the deck never runs out of slides.
      await page.evaluate((back) => (window.__benchSlideBack = back), i % 2 === 0);
      samples.push(
        await page.evaluate(measureInteraction, { app: 'app', kind: 'slide', timeout: INTERACTION_TIMEOUT }),
      );
    }
    return { available: true, ...summarize(samples) };
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  log(
    `runs ${RUNS}, lighthouse runs ${SKIP_LIGHTHOUSE ? 'skipped' : LH_RUNS}, scales ${SCALES.join(', ') || 'none'}`,
  );
  await build();
  log('built dist-bench/ and dist-floor/');
  const result = {
    date: new Date().toISOString(),
    machine: {
      os: `${type()} ${release()}`,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: undefined,
      lighthouse: undefined,
    },
    settings: {
      runs: RUNS,
      scaleRuns: SCALE_RUNS,
      lighthouseRuns: SKIP_LIGHTHOUSE ? 0 : LH_RUNS,
      scales: SCALES,
    },
    apps: {},
    timings: { app: {}, floor: {} },
    slides: {},
    targets: [],
    wallSeconds: 0,
  };
  for (const [name, app] of Object.entries(APPS)) result.apps[name] = { bytes: analyzeBuild(app.dist) };

  const servers = {};
  for (const name of Object.keys(APPS)) servers[name] = await serve(APPS[name].dist);
  try {
    if (!SKIP_LIGHTHOUSE) {
      const lh = await lighthouseRuns({ app: `${servers.app.url}?lang=en`, floor: servers.floor.url });
      result.machine.lighthouse = lh.version;
      for (const name of Object.keys(APPS)) result.apps[name].lighthouse = lh.results[name];
    }
    const browser = await launch();
    result.machine.chromium = browser.version;
    try {
      for (const factor of [1, ...SCALES]) {
        for (const name of Object.keys(APPS)) {
          result.timings[name][factor] = await timeApp(browser.context, name, servers[name].url, factor);
          log(
            `timings ${name} ×${factor}: ${JSON.stringify(Object.fromEntries(Object.entries(result.timings[name][factor]).map(([k, v]) => [k, v.median ?? v])))}`,
          );
        }
        result.slides[factor] =
          factor === 1 || result.slides[1]?.available
            ? await timeSlides(browser.context, servers.app.url, factor)
            : { available: false };
        log(`slides ×${factor}: ${JSON.stringify(result.slides[factor])}`);
      }
    } finally {
      await browser.close();
    }
  } finally {
    for (const { server } of Object.values(servers)) await server.close();
  }
  result.chromiumVersion = result.machine.chromium ?? (await chromiumVersion());
  result.targets = evaluateTargets(result);
  result.wallSeconds = Math.round((performance.now() - started) / 1000);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(OUT_DIR, 'latest.md'), renderMarkdown(result));
  log(`wrote ${join(OUT_DIR, 'latest.md')} (${result.wallSeconds} s)`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
