// Small statistics for benchmark runs.

/** The median of a list of numbers; NaN for an empty list. */
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median, minimum, maximum and the runs themselves, rounded to 0.1. */
export function summarize(values) {
  const finite = values.filter((v) => Number.isFinite(v));
  const round = (v) => Math.round(v * 10) / 10;
  return {
    median: round(median(finite)),
    min: finite.length ? round(Math.min(...finite)) : NaN,
    max: finite.length ? round(Math.max(...finite)) : NaN,
    runs: finite.map(round),
  };
}

/** a / b rounded to two decimals, or null when either is missing or b is zero. */
export function ratio(a, b) {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return Math.round((a / b) * 100) / 100;
}
