import { describe, expect, it } from 'vitest';
import type { Path, Validator } from './validate';
import {
  SchemaError,
  array,
  describe as describeValue,
  formatPath,
  literal,
  nullable,
  object,
  optional,
  pattern,
  positiveNumber,
  string,
  tagged,
  year,
} from './validate';

/** Runs a validator expecting it to throw, and returns the SchemaError it threw. */
function schemaError(validate: Validator<unknown>, value: unknown, path: Path = []): SchemaError {
  try {
    validate(value, path);
  } catch (error) {
    if (error instanceof SchemaError) return error;
    throw new Error(`expected a SchemaError, got ${String(error)}`);
  }
  throw new Error(`expected a SchemaError, but ${JSON.stringify(value)} was accepted`);
}

describe('formatPath', () => {
  it.each<[Path, string]>([
    [[], ''],
    [['id'], 'id'],
    [['amount', 'value'], 'amount.value'],
    [['sources', 2], 'sources[2]'],
    [['publicRecordDates', 1, 'source'], 'publicRecordDates[1].source'],
    [[0, 'id'], '[0].id'],
    [['a', 0, 1, 'b'], 'a[0][1].b'],
  ])('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('describe (of a received value)', () => {
  it.each<[unknown, string]>([
    [undefined, 'nothing'],
    [null, 'null'],
    [[], 'a list'],
    [[1, 2], 'a list'],
    [{}, 'an object'],
    [{ value: 1 }, 'an object'],
    ['abc', '"abc"'],
    ['', '""'],
    ['say "hi"', '"say \\"hi\\""'],
    [42, '42'],
    [-1.5, '-1.5'],
    [0, '0'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [true, 'true'],
  ])('%j → %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it('keeps a string of exactly 40 characters whole', () => {
    const forty = 'x'.repeat(40);
    expect(describeValue(forty)).toBe(`"${forty}"`);
  });

  it('cuts a longer string to 40 characters and an ellipsis', () => {
    const long = `${'a'.repeat(40)}THE-REST-IS-DROPPED`;
    expect(describeValue(long)).toBe(`"${'a'.repeat(40)}…"`);
  });
});

describe('SchemaError', () => {
  it('is an Error carrying the path, what was expected and what was received', () => {
    const error = new SchemaError(['amount', 'value'], 'a positive number', 'abc');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SchemaError');
    expect(error.path).toEqual(['amount', 'value']);
    expect(error.expected).toBe('a positive number');
    expect(error.received).toBe('abc');
    expect(error.message).toBe('amount.value: expected a positive number, got "abc"');
  });

  it('names the root when the path is empty', () => {
    expect(new SchemaError([], 'an object', null).message).toBe('(root): expected an object, got null');
  });

  it('writes list indexes in brackets', () => {
    expect(new SchemaError(['sources', 2], 'a source id', undefined).message).toBe(
      'sources[2]: expected a source id, got nothing',
    );
  });
});

describe('string', () => {
  it('accepts non-empty text', () => {
    expect(string('Microsoft', [])).toBe('Microsoft');
  });

  it.each<[unknown]>([[''], ['   '], ['\n\t'], [1], [null], [undefined], [['a']]])('rejects %j', (value) => {
    const error = schemaError(string, value, ['publisher']);
    expect(error.expected).toBe('a non-empty text');
    expect(error.path).toEqual(['publisher']);
  });
});

describe('positiveNumber', () => {
  it.each([0.0001, 1, 1.6e12])('accepts %d', (value) => {
    expect(positiveNumber(value, [])).toBe(value);
  });

  it.each<[unknown]>([
    [0],
    [-0],
    [-1],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    ['5'],
    ['abc'],
    [null],
    [undefined],
  ])('rejects %j', (value) => {
    expect(schemaError(positiveNumber, value).expected).toBe('a positive number');
  });
});

describe('year', () => {
  it.each([1900, 2014, 2100])('accepts %d', (value) => {
    expect(year(value, [])).toBe(value);
  });

  it.each<[unknown]>([[1899], [2101], [2020.5], ['2020'], [Number.NaN], [null]])('rejects %j', (value) => {
    expect(schemaError(year, value).expected).toBe('a year between 1900 and 2100');
  });
});

describe('literal', () => {
  const kind = literal('policy', 'cyber', 'corporate');

  it('accepts each option and returns it', () => {
    expect(kind('policy', [])).toBe('policy');
    expect(kind('corporate', [])).toBe('corporate');
  });

  it('lists every option, quoted, in the message', () => {
    const error = schemaError(kind, 'law', ['kind']);
    expect(error.expected).toBe('one of "policy", "cyber", "corporate"');
    expect(error.message).toBe('kind: expected one of "policy", "cyber", "corporate", got "law"');
  });

  it('is case-sensitive', () => {
    expect(() => kind('Policy', [])).toThrow(SchemaError);
  });

  it('rejects a value that is not text, even if it would stringify to an option', () => {
    const numbers = literal('1', '2');
    expect(schemaError(numbers, 1).received).toBe(1);
    expect(() => kind(undefined, [])).toThrow('expected one of "policy", "cyber", "corporate", got nothing');
  });

  it('says so for a single option', () => {
    expect(schemaError(literal('approx'), 'about').message).toBe(
      '(root): expected one of "approx", got "about"',
    );
  });
});

describe('pattern', () => {
  const id = pattern(/^[a-z0-9-]+$/, 'a source id');

  it('accepts a matching string', () => {
    expect(id('cnbc-2024-01-19', [])).toBe('cnbc-2024-01-19');
  });

  it('reports its own description of what was expected', () => {
    const error = schemaError(id, 'Not An Id', ['sources', 0]);
    expect(error.message).toBe('sources[0]: expected a source id, got "Not An Id"');
  });

  it('rejects a value that is not a string', () => {
    expect(schemaError(id, 42).expected).toBe('a source id');
  });
});

describe('array', () => {
  const ids = array(pattern(/^[a-z]+$/, 'a source id'));

  it('validates every entry and returns them in order', () => {
    expect(ids(['a', 'b', 'c'], [])).toEqual(['a', 'b', 'c']);
  });

  it('reports the index of the bad entry, after the path it was given', () => {
    const error = schemaError(ids, ['a', 'b', 'BAD'], ['sources']);
    expect(error.path).toEqual(['sources', 2]);
    expect(formatPath(error.path)).toBe('sources[2]');
    expect(error.received).toBe('BAD');
  });

  it('rejects something that is not a list', () => {
    const error = schemaError(ids, 'a', ['sources']);
    expect(error.path).toEqual(['sources']);
    expect(error.expected).toBe('a list');
  });

  it('enforces a minimum length', () => {
    const atLeastOne = array(string, { min: 1 });
    expect(atLeastOne(['x'], [])).toEqual(['x']);
    const error = schemaError(atLeastOne, [], ['focus']);
    expect(error.expected).toBe('a list of at least 1');
    expect(error.message).toBe('focus: expected a list of at least 1, got a list');
  });

  it('accepts an empty list when there is no minimum', () => {
    expect(ids([], [])).toEqual([]);
  });
});

describe('optional and nullable', () => {
  it('optional: undefined passes as undefined, anything else is validated', () => {
    const maybe = optional(positiveNumber);
    expect(maybe(undefined, [])).toBeUndefined();
    expect(maybe(3, [])).toBe(3);
    expect(schemaError(maybe, 'abc', ['qualifier']).path).toEqual(['qualifier']);
  });

  it('optional does not accept null', () => {
    expect(schemaError(optional(positiveNumber), null).received).toBeNull();
  });

  it('nullable: null passes as null, anything else is validated', () => {
    const orNull = nullable(string);
    expect(orNull(null, [])).toBeNull();
    expect(orNull('x', [])).toBe('x');
    expect(schemaError(orNull, '', ['publisher']).path).toEqual(['publisher']);
  });

  it('nullable does not accept a missing value', () => {
    const error = schemaError(nullable(string), undefined, ['publisher']);
    expect(error.message).toBe('publisher: expected a non-empty text, got nothing');
  });
});

describe('object', () => {
  const money = object({
    value: positiveNumber,
    currency: literal('JPY', 'USD'),
    qualifier: optional(literal('atLeast', 'moreThan')),
  });
  const record = object({ id: string, amount: money, sources: array(string, { min: 1 }) });

  it('returns the validated fields', () => {
    expect(money({ value: 5, currency: 'USD', qualifier: 'atLeast' }, [])).toEqual({
      value: 5,
      currency: 'USD',
      qualifier: 'atLeast',
    });
  });

  it('leaves out an optional field that is missing, rather than setting it to undefined', () => {
    const parsed = money({ value: 5, currency: 'USD' }, []);
    expect('qualifier' in parsed).toBe(false);
  });

  it('drops fields the shape does not name', () => {
    const parsed = money({ value: 5, currency: 'USD', extra: 'x' }, []);
    expect(parsed).toEqual({ value: 5, currency: 'USD' });
    expect('extra' in parsed).toBe(false);
  });

  it('reports the dotted path of a nested field', () => {
    const error = schemaError(record, { id: 'x', amount: { value: 'abc', currency: 'JPY' }, sources: ['a'] });
    expect(error.path).toEqual(['amount', 'value']);
    expect(error.message).toBe('amount.value: expected a positive number, got "abc"');
  });

  it('reports a list index inside an object', () => {
    const error = schemaError(record, {
      id: 'x',
      amount: { value: 1, currency: 'JPY' },
      sources: ['a', 'b', ''],
    });
    expect(formatPath(error.path)).toBe('sources[2]');
  });

  it('reports a missing required field as "nothing"', () => {
    const error = schemaError(record, { amount: { value: 1, currency: 'JPY' }, sources: ['a'] });
    expect(error.message).toBe('id: expected a non-empty text, got nothing');
  });

  it('checks fields in the order of the shape, so the first bad field is reported', () => {
    const error = schemaError(record, { id: '', amount: 'nope', sources: [] });
    expect(error.path).toEqual(['id']);
  });

  it.each<[unknown, string]>([
    [null, 'null'],
    [[], 'a list'],
    ['x', '"x"'],
    [undefined, 'nothing'],
  ])('rejects %j as not an object', (value, received) => {
    const error = schemaError(money, value, ['amount']);
    expect(error.message).toBe(`amount: expected an object, got ${received}`);
  });
});

describe('tagged', () => {
  const period = tagged('kind', {
    range: object({ kind: literal('range'), start: year, end: year }),
    until: object({ kind: literal('until'), end: year }),
    unknown: object({ kind: literal('unknown') }),
  });

  it('picks the branch named by the discriminator', () => {
    expect(period({ kind: 'range', start: 2026, end: 2029 }, [])).toEqual({
      kind: 'range',
      start: 2026,
      end: 2029,
    });
    expect(period({ kind: 'until', end: 2027, start: 2020 }, [])).toEqual({ kind: 'until', end: 2027 });
    expect(period({ kind: 'unknown' }, [])).toEqual({ kind: 'unknown' });
  });

  it('names the discriminator and lists the known tags when the tag is unknown', () => {
    const error = schemaError(period, { kind: 'sometime', end: 2027 }, ['period']);
    expect(error.path).toEqual(['period', 'kind']);
    expect(error.expected).toBe('one of "range", "until", "unknown"');
    expect(error.message).toBe('period.kind: expected one of "range", "until", "unknown", got "sometime"');
  });

  it('names the discriminator when it is missing', () => {
    const error = schemaError(period, { end: 2027 }, ['period']);
    expect(error.message).toBe('period.kind: expected one of "range", "until", "unknown", got nothing');
  });

  it("reports an error inside the chosen branch with that branch's field path", () => {
    const error = schemaError(period, { kind: 'range', start: 2026, end: 'later' }, ['period']);
    expect(error.path).toEqual(['period', 'end']);
    expect(error.expected).toBe('a year between 1900 and 2100');
  });

  it('does not fall through to another branch when the chosen one fails', () => {
    // `{ kind: 'until', end }` would be a valid "until", but the tag says "range".
    const error = schemaError(period, { kind: 'range', end: 2027 }, []);
    expect(error.path).toEqual(['start']);
  });

  it.each<[unknown, string]>([
    [null, 'null'],
    ['range', '"range"'],
    [undefined, 'nothing'],
  ])('rejects %j as not an object', (value, received) => {
    expect(schemaError(period, value, ['period']).message).toBe(
      `period: expected an object, got ${received}`,
    );
  });
});
