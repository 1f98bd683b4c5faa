// The size budget: what the first view loads stays within bench/lib/budget.mjs. Bytes are deterministic, so this is
// computed from the production build (dist/, built by global-setup.ts), not timed. With BROWSER_TEST_URL there is no
// dist/: the test then builds the app into dist-size/ itself.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGET, budgetProblems } from '../../bench/lib/budget.mjs';
import type { BuildAnalysis } from '../../bench/lib/first-view.mjs';
import { analyzeBuild, describeFiles, formatBytes, initialRequests } from '../../bench/lib/first-view.mjs';
import { DATA_FILES } from '../../src/lib/schema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function buildDir(): string {
  const dist = resolve(ROOT, 'dist');
  if (!process.env.BROWSER_TEST_URL && existsSync(resolve(dist, 'index.html'))) return dist;
  const out = resolve(ROOT, 'dist-size');
  const vite = resolve(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => key !== 'NODE_ENV' && key !== 'TEST' && !key.startsWith('VITEST'),
    ),
  );
  const built = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', out], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`vite build failed:\n${built.stderr}`);
  return out;
}

describe('size budget of the first view', () => {
  let dist: string;
  let analysis: BuildAnalysis;
  beforeAll(() => {
    dist = buildDir();
    analysis = analyzeBuild(dist);
    const lazy = analysis.lazy.length ? describeFiles(analysis.lazy) : '  (none)';
    console.log(
      `[size budget] first view: JS ${formatBytes(analysis.totals.js.gzip)} of ${formatBytes(BUDGET.firstViewJsGzip)}, ` +
        `CSS ${formatBytes(analysis.totals.css.gzip)} of ${formatBytes(BUDGET.firstViewCssGzip)} (gzip); ` +
        `loaded later:\n${lazy}`,
    );
  });

  it('keeps the JavaScript and CSS the first view loads within budget', () => {
    expect(budgetProblems(analysis), budgetProblems(analysis).join('\n\n')).toEqual([]);
  });

  it('loads an entry script and the stylesheet, and leaves the chart library to the views that draw charts', () => {
    expect(analysis.firstView.js.length).toBeGreaterThan(0);
    expect(analysis.firstView.css.length).toBeGreaterThan(0);
    for (const { file } of analysis.firstView.js) {
      const code = readFileSync(resolve(dist, file), 'utf8');
      expect(code, `${file} is loaded by the first view but contains recharts`).not.toContain(
        'recharts-surface',
      );
    }
    const lazyCharts = analysis.lazy.filter((f) =>
      readFileSync(resolve(dist, f.file), 'utf8').includes('recharts-surface'),
    );
    expect(lazyCharts.length, 'no lazy chunk contains recharts').toBeGreaterThan(0);
  });

  it('preloads every data file the app loads at start (src/lib/schema.ts DATA_FILES), and no other', () => {
    const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
    expect(initialRequests(html).data.sort()).toEqual(DATA_FILES.map((file) => `data/${file}.json`).sort());
  });
});
