export function scaleRecords<T extends Record<string, unknown>>(json: T, file: string, factor: number): T;
