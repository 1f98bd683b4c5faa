import { describe, expect, it } from 'vitest';
import type { Path } from './schema-errors';
import { describe as describeValue, formatPath } from './schema-errors';

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
