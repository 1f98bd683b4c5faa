import type { BuildAnalysis } from './first-view.mjs';
export interface Budget {
  firstViewJsGzip: number;
  firstViewCssGzip: number;
}
export const BUDGET: Budget;
export function budgetProblems(analysis: BuildAnalysis, budget?: Budget): string[];
