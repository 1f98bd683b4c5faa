// The benchmark result as a Markdown report (bench/results/latest.md).
import { formatBytes } from './first-view.mjs';
import { ratio } from './stats.mjs';

const cell = (v, unit = '') => (v === null || v === undefined || Number.isNaN(v) ? 'n/a' : `${v}${unit}`);
const ratioCell = (a, b) => {
  const r = ratio(a, b);
  return r === null ? 'n/a' : `${r}×`;
};
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

/** @param {any} result */
export function renderMarkdown(result) {
  const { app, floor } = result.apps;
  const out = [];
  out.push('# Benchmark result', '');
  out.push(
    `${result.date} · ${result.machine.os} · ${result.machine.cpu} × ${result.machine.cores} cores · ` +
      `${result.machine.memoryGB} GB · Node ${result.machine.node} · Chromium ${result.chromiumVersion}` +
      (result.machine.lighthouse ? ` · Lighthouse ${result.machine.lighthouse}` : '') +
      ` · ${result.settings.runs} browser runs (${result.settings.scaleRuns} at 100× and more), ` +
      `${result.settings.lighthouseRuns} Lighthouse runs per preset · ` +
      `wall time ${result.wallSeconds} s`,
    '',
    'Medians. "Floor" is bench/floor: React, recharts (one eager bar chart), TanStack Query and i18next with a ' +
      'language and a currency toggle. Ratio = dashboard ÷ floor.',
    '',
  );

  out.push('## Targets', '');
  out.push(
    table(
      ['target', 'measured', 'met', 'what stands in the way'],
      result.targets.map((t) => [
        t.target,
        t.value,
        t.met === null ? 'not measured' : t.met ? 'met' : '**not met**',
        t.met === false ? (t.detail ?? '') : '',
      ]),
    ),
    '',
  );

  out.push('## Bytes (gzip level 9; raw in brackets)', '');
  const bytes = (b) => `${formatBytes(b.gzip)} (${formatBytes(b.raw)})`;
  const kinds = [
    ['First view JS', 'js'],
    ['First view CSS', 'css'],
    ['First view data', 'data'],
    ['First view, everything', 'all'],
    ['Loaded later (lazy chunks)', 'lazy'],
  ];
  out.push(
    table(
      ['', 'dashboard', 'floor', 'ratio (gzip)'],
      kinds.map(([label, key]) => [
        label,
        bytes(app.bytes.totals[key]),
        bytes(floor.bytes.totals[key]),
        ratioCell(app.bytes.totals[key].gzip, floor.bytes.totals[key].gzip),
      ]),
    ),
    '',
  );
  out.push('Dashboard files:', '');
  const files = [
    ...Object.entries(app.bytes.firstView).flatMap(([kind, list]) =>
      list.map((f) => [`first view (${kind})`, f]),
    ),
    ...app.bytes.lazy.map((f) => ['lazy', f]),
  ];
  out.push(
    table(
      ['when', 'file', 'gzip', 'raw'],
      files.map(([when, f]) => [when, f.file, formatBytes(f.gzip), formatBytes(f.raw)]),
    ),
    '',
  );

  if (app.lighthouse) {
    out.push('## Lighthouse', '');
    const rows = [];
    for (const preset of ['mobile', 'desktop']) {
      const metrics = [
        ['performance', ''],
        ['accessibility', ''],
        ['bestPractices', ''],
        ['fcp', ' ms'],
        ['lcp', ' ms'],
        ['tbt', ' ms'],
        ['cls', ''],
      ];
      for (const [key, unit] of metrics) {
        const a = app.lighthouse[preset][key].median;
        const f = floor.lighthouse?.[preset]?.[key]?.median;
        const round = (v) => (unit ? Math.round(v) : v);
        rows.push([preset, key, cell(round(a), unit), cell(round(f), unit), ratioCell(a, f)]);
      }
    }
    out.push(table(['preset', 'metric', 'dashboard', 'floor', 'ratio'], rows), '');
    for (const preset of ['mobile', 'desktop']) {
      const failing = app.lighthouse[preset].failing;
      if (failing.length)
        out.push(`Dashboard audits below full score (${preset}): ${failing.join(', ')}.`, '');
      const warnings = app.lighthouse[preset].runWarnings;
      if (warnings.length) out.push(`Lighthouse warnings (${preset}): ${warnings.join(' ')}`, '');
    }
  } else out.push('## Lighthouse', '', 'Skipped (BENCH_SKIP_LIGHTHOUSE).', '');

  out.push('## In-browser timings (ms)', '');
  out.push(
    'First chart: navigation start to the first painted frame with a visible recharts surface (cache cleared, ' +
      '`?view=japan`). Switches: from dispatching the click or key press to the first painted frame that shows the ' +
      'change, on the loaded page, after one warm-up. View switch: Japan ↔ Microsoft in Asia-Pacific. 1280 × 800, ' +
      'no throttling.',
    '',
  );
  const scales = Object.keys(result.timings.app)
    .map(Number)
    .sort((a, b) => a - b);
  const rows = [];
  for (const kind of ['firstChart', 'language', 'currency', 'view', 'slide']) {
    for (const factor of scales) {
      const a = kind === 'slide' ? result.slides[factor] : result.timings.app[factor]?.[kind];
      const f = result.timings.floor[factor]?.[kind];
      const base = kind === 'slide' ? result.slides[1] : result.timings.app[1]?.[kind];
      const value =
        kind === 'slide' && a && !a.available
          ? 'not available'
          : a
            ? `${cell(a.median)} (${cell(a.min)}–${cell(a.max)})`
            : 'n/a';
      rows.push([
        kind,
        `${factor}×`,
        value,
        f ? `${cell(f.median)} (${cell(f.min)}–${cell(f.max)})` : 'n/a',
        f ? ratioCell(a?.median, f.median) : 'n/a',
        factor === 1 ? '' : ratioCell(a?.median, base?.median),
      ]);
    }
  }
  out.push(
    table(['interaction', 'records', 'dashboard (min–max)', 'floor (min–max)', 'ratio', 'vs 1×'], rows),
    '',
  );
  const dataRows = scales
    .filter((f) => f > 1)
    .map((f) => [`${f}×`, formatBytes(result.timings.app[f]?.dataBytes ?? 0)]);
  if (dataRows.length)
    out.push(
      'Scaled data served (commitments.json + events.json, raw):',
      '',
      table(['records', 'bytes'], dataRows),
      '',
    );
  return `${out.join('\n')}\n`;
}
