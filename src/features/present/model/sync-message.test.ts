import { describe, expect, it } from 'vitest';
import { parseSyncMessage, syncPatch } from './sync-message';

const valid = {
  type: 'apac-deck-sync',
  from: 'w1',
  slide: 'japan',
  lang: 'ja',
  currency: 'USD',
  theme: 'dark',
};

describe('parseSyncMessage', () => {
  it('accepts a well-formed message', () => {
    expect(parseSyncMessage(valid)).toEqual(valid);
  });

  it('rejects anything else', () => {
    expect(parseSyncMessage(null)).toBeUndefined();
    expect(parseSyncMessage('japan')).toBeUndefined();
    expect(parseSyncMessage({ ...valid, type: 'other' })).toBeUndefined();
    expect(parseSyncMessage({ ...valid, from: 3 })).toBeUndefined();
    expect(parseSyncMessage({ ...valid, slide: 'nope' })).toBeUndefined();
    expect(parseSyncMessage({ ...valid, lang: 'fr' })).toBeUndefined();
    expect(parseSyncMessage({ ...valid, currency: 'EUR' })).toBeUndefined();
    expect(parseSyncMessage({ ...valid, theme: 'neon' })).toBeUndefined();
  });

  it('drops unknown fields', () => {
    expect(parseSyncMessage({ ...valid, extra: 1 })).not.toHaveProperty('extra');
  });
});

describe('syncPatch', () => {
  const current = { slide: 'headline', lang: 'en', currency: 'JPY', theme: 'auto' } as const;
  it('names only what differs', () => {
    expect(syncPatch(current, current)).toEqual({});
    expect(syncPatch(current, { ...current, slide: 'apac', currency: 'USD' })).toEqual({
      slide: 'apac',
      currency: 'USD',
    });
    expect(syncPatch(current, { ...current, lang: 'ja', theme: 'contrast' })).toEqual({
      lang: 'ja',
      theme: 'contrast',
    });
  });
});
