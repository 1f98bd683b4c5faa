/**
 * A small schema toolkit for validating JSON at the edge. Each validator either returns a typed value or
 * throws a SchemaError that carries the path to the offending field, so a bad data file can be reported as
 * "commitments.json, record 'ms-jp-2026', field amount.value: expected a positive number".
 */

export type Path = readonly (string | number)[];

export class SchemaError extends Error {
  constructor(
    readonly path: Path,
    readonly expected: string,
    readonly received: unknown,
  ) {
    super(`${formatPath(path) || '(root)'}: expected ${expected}, got ${describe(received)}`);
    this.name = 'SchemaError';
  }
}

export type Validator<T> = (value: unknown, path: Path) => T;
export type Infer<V> = V extends Validator<infer T> ? T : never;

export function formatPath(path: Path): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export const string: Validator<string> = (value, path) => {
  if (typeof value !== 'string' || value.trim() === '')
    throw new SchemaError(path, 'a non-empty text', value);
  return value;
};

export const positiveNumber: Validator<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
    throw new SchemaError(path, 'a positive number', value);
  return value;
};

export const year: Validator<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1900 || value > 2100)
    throw new SchemaError(path, 'a year between 1900 and 2100', value);
  return value;
};

export function literal<const T extends string>(...options: T[]): Validator<T> {
  return (value, path) => {
    if (typeof value !== 'string' || !(options as string[]).includes(value))
      throw new SchemaError(path, `one of ${options.map((o) => `"${o}"`).join(', ')}`, value);
    return value as T;
  };
}

export function pattern(regex: RegExp, expected: string): Validator<string> {
  return (value, path) => {
    if (typeof value !== 'string' || !regex.test(value)) throw new SchemaError(path, expected, value);
    return value;
  };
}

export function array<T>(item: Validator<T>, opts: { min?: number } = {}): Validator<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) throw new SchemaError(path, 'a list', value);
    if (opts.min !== undefined && value.length < opts.min)
      throw new SchemaError(path, `a list of at least ${opts.min}`, value);
    return value.map((entry, i) => item(entry, [...path, i]));
  };
}

export function nullable<T>(inner: Validator<T>): Validator<T | null> {
  return (value, path) => (value === null ? null : inner(value, path));
}

export function optional<T>(inner: Validator<T>): Validator<T | undefined> {
  return (value, path) => (value === undefined ? undefined : inner(value, path));
}

type Shape = Record<string, Validator<unknown>>;
type ObjectOf<S extends Shape> = {
  [K in keyof S as undefined extends Infer<S[K]> ? never : K]: Infer<S[K]>;
} & {
  [K in keyof S as undefined extends Infer<S[K]> ? K : never]?: Infer<S[K]>;
};

export function object<S extends Shape>(shape: S): Validator<ObjectOf<S>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new SchemaError(path, 'an object', value);
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, validate] of Object.entries(shape)) {
      const parsed = validate(record[key], [...path, key]);
      if (parsed !== undefined) out[key] = parsed;
    }
    return out as ObjectOf<S>;
  };
}

/** Picks the validator by a discriminating field, so an error names the branch that was meant. */
export function tagged<K extends string, M extends Record<string, Validator<unknown>>>(
  key: K,
  branches: M,
): Validator<Infer<M[keyof M]>> {
  const tags = literal(...(Object.keys(branches) as (keyof M & string)[]));
  return (value, path) => {
    if (typeof value !== 'object' || value === null) throw new SchemaError(path, 'an object', value);
    const tag = tags((value as Record<string, unknown>)[key], [...path, key]);
    return branches[tag]!(value, path) as Infer<M[keyof M]>;
  };
}
