export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}
export interface Size {
  raw: number;
  gzip: number;
}
export type Kind = 'html' | 'js' | 'css' | 'data';
export interface BuildAnalysis {
  firstView: Record<Kind, FileSize[]>;
  totals: Record<'js' | 'css' | 'data' | 'all' | 'lazy', Size>;
  lazy: FileSize[];
}
export const GZIP_LEVEL: number;
export function initialRequests(html: string): Record<Kind, string[]>;
export function sizeOf(content: Buffer | string): Size;
export function analyzeBuild(distDir: string): BuildAnalysis;
export function formatBytes(bytes: number): string;
export function describeFiles(files: FileSize[]): string;
