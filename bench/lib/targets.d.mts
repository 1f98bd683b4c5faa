export const TARGETS: Record<string, number>;
export interface TargetRow {
  target: string;
  value: string;
  met: boolean | null;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the result object of bench/run.mjs
export function evaluateTargets(result: any): TargetRow[];
