import { describe, expect, it } from 'vitest';
import { landscape } from '../../../../tests/fixtures/landscape';
import { NO_FILTERS } from '../../../lib/url-state';
import { filterOptionsOf } from './filter-options';

describe('filterOptionsOf', () => {
  it('offers the investors and economies that have records, in the canonical order', () => {
    const options = filterOptionsOf(landscape, NO_FILTERS);
    expect(options.countries).not.toContain('PH');
    expect(options.countries[0]).toBe('JP');
    expect(options.investors.map((i) => i.id)).toContain('nvidia'); // a record with a capacity only
  });

  it('keeps an economy the URL chose even without records, so it can be unchosen', () => {
    expect(filterOptionsOf(landscape, { ...NO_FILTERS, countries: ['PH'] }).countries).toContain('PH');
  });

  it('offers nothing before the data is there', () => {
    expect(filterOptionsOf(undefined, NO_FILTERS)).toEqual({ investors: [], countries: [] });
  });
});
