export const TARGETS: Record<string, number>;
export interface TargetRow {
  target: string;
  value: string;
  met: boolean | null;
  /** For a target not met: what stands in the way, with numbers. */
  detail: string;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the result object of bench/run.mjs
export function evaluateTargets(result: any): TargetRow[];
