// The performance targets, and which of them a benchmark result meets.

export const TARGETS = {
  firstViewJsGzip: 110_000,
  lighthouseMobilePerformance: 95,
  lighthouseDesktopPerformance: 100,
  accessibility: 100,
  bestPractices: 100,
  cls: 0,
  switchMs: 50,
  switchVsFloor: 1.5,
  scaleMaxMs: 200,
};

const fmt = (v, unit = '') => (v === null || v === undefined || Number.isNaN(v) ? 'n/a' : `${v}${unit}`);

/**
 * Each target with the measured value and whether it is met (`met: null` when it was not measured).
 * @param {any} result the object bench/run.mjs writes to latest.json
 */
export function evaluateTargets(result) {
  const rows = [];
  const add = (target, value, met, detail = '') => rows.push({ target, value, met, detail });
  const app = result.apps.app;
  const floor = result.apps.floor;

  const js = app.bytes.totals.js.gzip;
  const largest = [...app.bytes.firstView.js]
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, 3)
    .map((f) => `${f.file} ${(f.gzip / 1000).toFixed(1)} KB`)
    .join(', ');
  add(
    `First view JS ≤ ${TARGETS.firstViewJsGzip / 1000} KB gzip`,
    `${(js / 1000).toFixed(1)} KB`,
    js <= TARGETS.firstViewJsGzip,
    `largest files: ${largest}; the floor's first view (same libraries, recharts eager) is ${(floor.bytes.totals.js.gzip / 1000).toFixed(1)} KB`,
  );

  const lh = app.lighthouse;
  const score = (preset, key) => lh?.[preset]?.[key]?.median;
  const scored = (label, preset, key, min) => {
    const v = score(preset, key);
    add(label, fmt(v), v === undefined || Number.isNaN(v) ? null : v >= min);
  };
  scored(
    `Lighthouse mobile performance ≥ ${TARGETS.lighthouseMobilePerformance}`,
    'mobile',
    'performance',
    TARGETS.lighthouseMobilePerformance,
  );
  scored(
    `Lighthouse desktop performance = ${TARGETS.lighthouseDesktopPerformance}`,
    'desktop',
    'performance',
    TARGETS.lighthouseDesktopPerformance,
  );
  for (const preset of ['mobile', 'desktop']) {
    scored(`Accessibility = 100 (${preset})`, preset, 'accessibility', TARGETS.accessibility);
    scored(`Best practices = 100 (${preset})`, preset, 'bestPractices', TARGETS.bestPractices);
    const cls = score(preset, 'cls');
    add(`CLS = 0 (${preset})`, fmt(cls), cls === undefined || Number.isNaN(cls) ? null : cls <= TARGETS.cls);
  }

  const base = result.timings?.app?.['1'];
  const floorBase = result.timings?.floor?.['1'];
  for (const kind of ['language', 'currency']) {
    const v = base?.[kind]?.median;
    const f = floorBase?.[kind]?.median;
    const known = Number.isFinite(v);
    const why =
      `the dashboard redraws the view's chart and also its data table, notes and sources in the new ` +
      `${kind === 'language' ? 'language' : 'currency'}; the floor redraws one chart (${f} ms)`;
    add(
      `${kind} switch < ${TARGETS.switchMs} ms to the next frame`,
      fmt(v, ' ms'),
      known ? v < TARGETS.switchMs : null,
      why,
    );
    const r = known && Number.isFinite(f) && f > 0 ? Math.round((v / f) * 100) / 100 : null;
    add(
      `${kind} switch ≤ ${TARGETS.switchVsFloor}× the floor`,
      r === null ? 'n/a' : `${r}× (floor ${f} ms)`,
      r === null ? null : r <= TARGETS.switchVsFloor,
      why,
    );
  }

  const big = result.timings?.app?.['1000'];
  const bigFloor = result.timings?.floor?.['1000'];
  if (big) {
    const slowest = Object.entries(big)
      .filter(([kind, s]) => kind !== 'firstChart' && Number.isFinite(s?.median))
      .sort((a, b) => b[1].median - a[1].median)[0];
    add(
      `At 1,000× records no interaction over ${TARGETS.scaleMaxMs} ms`,
      slowest ? `slowest: ${slowest[0]} ${slowest[1].median} ms` : 'n/a',
      slowest ? slowest[1].median <= TARGETS.scaleMaxMs : null,
      bigFloor
        ? `the floor, one recharts bar chart of the same records and nothing else, takes ${bigFloor.language?.median} ms ` +
            `(language) and ${bigFloor.currency?.median} ms (currency) at 1,000×: drawing thousands of bars in SVG ` +
            `alone is over the limit`
        : '',
    );
  } else add(`At 1,000× records no interaction over ${TARGETS.scaleMaxMs} ms`, 'not measured', null);
  return rows;
}
