export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number[];
}
export function median(values: number[]): number;
export function summarize(values: number[]): Summary;
export function ratio(a: number | undefined, b: number | undefined): number | null;
