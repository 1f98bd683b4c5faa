// The size budget that `npm test` enforces on what the first view loads (tests/browser/size-budget.test.ts).
// Bytes are gzip level 9 (first-view.mjs), 1 KB = 1,000 bytes.
import { describeFiles, formatBytes } from './first-view.mjs';

export const BUDGET = {
  // The target is 110 KB (targets.mjs). The dashboard's first view needs 133.3 KB today, counted honestly: the entry,
  // the vendor chunk and the larger of the two language chunks (Japanese, 11.2 KB), which the first render waits for.
  // The libraries alone are 94.6 KB (React and ReactDOM about 66 KB, i18next and react-i18next 18 KB, TanStack Query
  // 10 KB: bench/results/latest.md). The data's schema (valibot and the dataset's schemas, 9.1 KB with the formatting
  // it shares) validates every file before the first render; moving that validation off the first render is the
  // next step down. This ceiling keeps the first view from growing while it is over the target; lower it to 110 KB
  // once the first view fits.
  firstViewJsGzip: 134_000,
  firstViewCssGzip: 6_000,
};

/**
 * The budget lines a build breaks, each with its files and sizes; empty when the build is within budget.
 * @param {import('./first-view.mjs').BuildAnalysis} analysis
 * @param {{ firstViewJsGzip: number, firstViewCssGzip: number }} [budget]
 * @returns {string[]}
 */
export function budgetProblems(analysis, budget = BUDGET) {
  const problems = [];
  const check = (label, kind, limit) => {
    const total = analysis.totals[kind].gzip;
    if (total > limit)
      problems.push(
        `The first view loads ${formatBytes(total)} of ${label} (gzip), over the budget of ${formatBytes(limit)} ` +
          `by ${formatBytes(total - limit)}:\n${describeFiles(analysis.firstView[kind])}`,
      );
  };
  check('JavaScript', 'js', budget.firstViewJsGzip);
  check('CSS', 'css', budget.firstViewCssGzip);
  return problems;
}
