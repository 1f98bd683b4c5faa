// The benchmark's shared logic: what the first view loads, the size budget, the scaled datasets and the statistics.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { budgetProblems } from '../../bench/lib/budget.mjs';
import { analyzeBuild, describeFiles, formatBytes, initialRequests } from '../../bench/lib/first-view.mjs';
import { scaleRecords } from '../../bench/lib/scale.mjs';
import { evaluateTargets } from '../../bench/lib/targets.mjs';
import { median, ratio, summarize } from '../../bench/lib/stats.mjs';

const BUILT_HTML = `<!doctype html>
<html lang="en">
  <head>
    <link rel="icon" href="data:," />
    <link rel="preload" href="./data/commitments.json" as="fetch" crossorigin />
    <link rel="preload" href="./data/rates.json?v=2" as="fetch" crossorigin />
    <link rel="preload" href="https://fonts.example.com/a.woff2" as="font" crossorigin />
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/shared-def.js">
    <link rel="modulepreload" crossorigin href="./assets/shared-def.js">
    <link rel="stylesheet" crossorigin href="./assets/index-123.css">
    <script src="https://cdn.example.com/x.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('initialRequests', () => {
  it('lists the entry script, modulepreloads, stylesheets and preloaded data of a built index.html, once each', () => {
    expect(initialRequests(BUILT_HTML)).toEqual({
      html: ['index.html'],
      js: ['assets/index-abc.js', 'assets/shared-def.js'],
      css: ['assets/index-123.css'],
      data: ['data/commitments.json', 'data/rates.json'],
    });
  });

  it('reads unquoted and single-quoted attributes and absolute paths', () => {
    const html = `<script type=module src=/assets/a.js></script><link rel='stylesheet' href='/assets/b.css'>`;
    expect(initialRequests(html)).toMatchObject({ js: ['assets/a.js'], css: ['assets/b.css'] });
  });
});

describe('analyzeBuild', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  function fakeBuild(files: Record<string, string>): string {
    dir = mkdtempSync(join(tmpdir(), 'first-view-test-'));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    return dir;
  }

  it('sizes the first view by kind, and every other script and stylesheet as lazy', () => {
    const entry = 'console.log("entry");'.repeat(50);
    const build = fakeBuild({
      'index.html': BUILT_HTML,
      'assets/index-abc.js': entry,
      'assets/shared-def.js': 'export const a = 1;',
      'assets/index-123.css': 'body{margin:0}',
      'assets/View-lazy.js': 'export const lazy = 2;',
      'assets/View-lazy.css': '.v{color:var(--text)}',
      'assets/logo.svg': '<svg/>',
      'data/commitments.json': '{"commitments":[]}',
      'data/rates.json': '{"rates":[]}',
      'data/unused.json': '{}',
    });
    const analysis = analyzeBuild(build);
    expect(analysis.firstView.js).toEqual([
      { file: 'assets/index-abc.js', raw: entry.length, gzip: gzipSync(entry, { level: 9 }).length },
      expect.objectContaining({ file: 'assets/shared-def.js', raw: 19 }),
    ]);
    expect(analysis.firstView.data.map((f) => f.file)).toEqual(['data/commitments.json', 'data/rates.json']);
    expect(analysis.lazy.map((f) => f.file)).toEqual(['assets/View-lazy.css', 'assets/View-lazy.js']);
    expect(analysis.totals.js.raw).toBe(entry.length + 19);
    expect(analysis.totals.all.raw).toBe(
      BUILT_HTML.length + entry.length + 19 + 'body{margin:0}'.length + 18 + 12,
    );
  });

  it("counts the larger language chunk in the first view: the first render waits for the page's language", () => {
    const build = fakeBuild({
      'index.html': BUILT_HTML,
      'assets/index-abc.js': 'entry',
      'assets/shared-def.js': 'shared',
      'assets/index-123.css': 'body{margin:0}',
      'data/commitments.json': '{}',
      'data/rates.json': '{}',
      'assets/locale-en-1a.js': 'export const en = {"a":"b"};',
      'assets/locale-ja-2b.js': 'export const ja = {"a":"びー、しー"};',
      'assets/View-lazy.js': 'lazy',
    });
    const analysis = analyzeBuild(build);
    expect(analysis.firstView.js.map((f) => f.file)).toEqual([
      'assets/index-abc.js',
      'assets/shared-def.js',
      'assets/locale-ja-2b.js',
    ]);
    expect(analysis.lazy.map((f) => f.file)).toEqual(['assets/View-lazy.js', 'assets/locale-en-1a.js']);
  });

  it('names a file that index.html loads but the build lacks', () => {
    const build = fakeBuild({ 'index.html': BUILT_HTML, 'assets/index-abc.js': '' });
    expect(() => analyzeBuild(build)).toThrow(/index\.html loads assets\/shared-def\.js, which is not in/);
  });
});

describe('budgetProblems', () => {
  const file = (name: string, gzip: number) => ({ file: name, raw: gzip * 3, gzip });
  const analysis = (js: number[], css: number[]) => {
    const firstView = {
      html: [file('index.html', 500)],
      js: js.map((g, i) => file(`assets/js-${i}.js`, g)),
      css: css.map((g, i) => file(`assets/css-${i}.css`, g)),
      data: [],
    };
    const sum = (files: { raw: number; gzip: number }[]) => ({
      raw: files.reduce((a, f) => a + f.raw, 0),
      gzip: files.reduce((a, f) => a + f.gzip, 0),
    });
    return {
      firstView,
      totals: {
        js: sum(firstView.js),
        css: sum(firstView.css),
        data: sum([]),
        all: sum([...firstView.html, ...firstView.js, ...firstView.css]),
        lazy: sum([]),
      },
      lazy: [],
    };
  };
  const budget = { firstViewJsGzip: 100_000, firstViewCssGzip: 5_000 };

  it('passes a build within budget, up to the byte', () => {
    expect(budgetProblems(analysis([60_000, 40_000], [5_000]), budget)).toEqual([]);
  });

  it('names the kind, the overshoot and every file, largest first', () => {
    const [problem, ...rest] = budgetProblems(analysis([1_200, 99_000], [4_000]), budget);
    expect(rest).toEqual([]);
    expect(problem).toBe(
      'The first view loads 100.2 KB of JavaScript (gzip), over the budget of 100.0 KB by 200 B:\n' +
        '  assets/js-1.js: 99.0 KB gzip (297.0 KB raw)\n' +
        '  assets/js-0.js: 1.2 KB gzip (3.6 KB raw)',
    );
  });

  it('checks the CSS too', () => {
    expect(budgetProblems(analysis([1_000], [3_000, 2_500]), budget)).toEqual([
      expect.stringMatching(
        /^The first view loads 5\.5 KB of CSS \(gzip\), over the budget of 5\.0 KB by 500 B:/,
      ),
    ]);
  });
});

describe('formatBytes and describeFiles', () => {
  it('write bytes in thousands', () => {
    expect([formatBytes(999), formatBytes(1_000), formatBytes(113_855)]).toEqual([
      '999 B',
      '1.0 KB',
      '113.9 KB',
    ]);
    expect(describeFiles([{ file: 'a.js', raw: 10, gzip: 8 }])).toBe('  a.js: 8 B gzip (10 B raw)');
  });
});

describe('scaleRecords', () => {
  const json = {
    commitments: [
      { id: 'a', value: 1 },
      { id: 'b', value: 2 },
    ],
    note: 'kept',
  };

  it('repeats every record with distinct ids, keeping the originals and the rest of the file', () => {
    const scaled = scaleRecords(json, 'commitments', 3);
    expect(scaled.note).toBe('kept');
    expect(scaled.commitments.map((r) => r.id)).toEqual(['a', 'b', 'a-x1', 'b-x1', 'a-x2', 'b-x2']);
    expect(scaled.commitments[4]).toEqual({ id: 'a-x2', value: 1 });
    expect(new Set(scaleRecords(json, 'commitments', 1000).commitments.map((r) => r.id)).size).toBe(2000);
  });

  it('refuses a file without the list or a factor that is not a whole number', () => {
    expect(() => scaleRecords(json, 'events', 2)).toThrow('events.json has no "events" list');
    expect(() => scaleRecords(json, 'commitments', 1.5)).toThrow(/whole number/);
  });
});

describe('stats', () => {
  it('takes the median of odd and even runs, ignoring missing values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([NaN, 7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('summarizes to one decimal and divides safely', () => {
    expect(summarize([10.04, 30.06, 20.01])).toEqual({
      median: 20,
      min: 10,
      max: 30.1,
      runs: [10, 30.1, 20],
    });
    expect(ratio(30, 20)).toBe(1.5);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(undefined, 3)).toBeNull();
  });
});

describe('evaluateTargets', () => {
  const summary = (median: number) => ({ median, min: median, max: median, runs: [median] });
  const lighthouse = (performance: number, cls: number) => ({
    performance: summary(performance),
    accessibility: summary(100),
    bestPractices: summary(100),
    cls: summary(cls),
  });
  const bytes = (jsGzip: number) => ({
    firstView: {
      html: [],
      js: [{ file: 'assets/index.js', raw: jsGzip * 3, gzip: jsGzip }],
      css: [],
      data: [],
    },
    totals: { js: { raw: jsGzip * 3, gzip: jsGzip } },
  });
  const result = (jsGzip: number, language: number, slowestAtScale: number) => ({
    apps: {
      app: { bytes: bytes(jsGzip), lighthouse: { mobile: lighthouse(96, 0), desktop: lighthouse(100, 0) } },
      floor: { bytes: bytes(200_000) },
    },
    timings: {
      app: {
        1: { language: summary(language), currency: summary(20) },
        1000: { firstChart: summary(9_000), language: summary(slowestAtScale), currency: summary(150) },
      },
      floor: { 1: { language: summary(20), currency: summary(20) }, 1000: { language: summary(900) } },
    },
  });
  const verdicts = (r: ReturnType<typeof result>) =>
    Object.fromEntries(evaluateTargets(r).map((t) => [t.target, t.met]));

  it('marks each target met or not met from the medians, leaving the first chart out of the scale limit', () => {
    expect(verdicts(result(109_000, 25, 180))).toEqual({
      'First view JS ≤ 110 KB gzip': true,
      'Lighthouse mobile performance ≥ 95': true,
      'Lighthouse desktop performance = 100': true,
      'Accessibility = 100 (mobile)': true,
      'Best practices = 100 (mobile)': true,
      'CLS = 0 (mobile)': true,
      'Accessibility = 100 (desktop)': true,
      'Best practices = 100 (desktop)': true,
      'CLS = 0 (desktop)': true,
      'language switch < 50 ms to the next frame': true,
      'language switch ≤ 1.5× the floor': true,
      'currency switch < 50 ms to the next frame': true,
      'currency switch ≤ 1.5× the floor': true,
      'At 1,000× records no interaction over 200 ms': true,
    });
  });

  it('says what stands in the way of a target that is not met', () => {
    const rows = evaluateTargets(result(114_100, 40, 250));
    const row = (name: string) => rows.find((t) => t.target === name);
    expect(row('First view JS ≤ 110 KB gzip')).toMatchObject({ value: '114.1 KB', met: false });
    expect(row('First view JS ≤ 110 KB gzip')?.detail).toContain('assets/index.js 114.1 KB');
    expect(row('language switch < 50 ms to the next frame')?.met).toBe(true);
    expect(row('language switch ≤ 1.5× the floor')).toMatchObject({ value: '2× (floor 20 ms)', met: false });
    expect(row('At 1,000× records no interaction over 200 ms')).toMatchObject({
      value: 'slowest: language 250 ms',
      met: false,
    });
    expect(row('At 1,000× records no interaction over 200 ms')?.detail).toContain('900 ms (language)');
  });
});
