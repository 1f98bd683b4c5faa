// The Japanese locale must mirror the English one key for key, placeholder for placeholder.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'locales');

type Messages = { [key: string]: string | Messages };

function load(lang: string, file: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')) as Messages;
}

/** Every leaf as `a.b.c` → value; a leaf that is not a string is reported as such. */
function flatten(messages: Messages, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1] ?? ''))].sort();
}

/**
 * Keys whose Japanese text may equal the English text, and why. Anything else that is identical was most
 * likely copied over and never translated.
 */
const SAME_IN_BOTH: Record<string, readonly string[]> = {
  'common.json': [
    'language.en', // each language is named in itself: "English"
    'language.ja', // "日本語"
  ],
  'format.json': [
    'scaled.short', // only placeholders: "{{value}}{{unit}}"
  ],
};

const enFiles = readdirSync(join(LOCALES, 'en'))
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('locale parity', () => {
  it('finds the English locale files', () => {
    expect(enFiles.length).toBeGreaterThan(0);
  });

  it('has no Japanese file without an English one', () => {
    const jaFiles = readdirSync(join(LOCALES, 'ja'))
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(jaFiles).toEqual(enFiles);
  });

  describe.each(enFiles)('%s', (file) => {
    const en = flatten(load('en', file));
    const ja = flatten(load('ja', file));

    it('has exactly the same nested keys in Japanese', () => {
      expect([...ja.keys()].sort()).toEqual([...en.keys()].sort());
    });

    it('has only non-empty strings', () => {
      const bad = [...en, ...ja]
        .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
        .map(([key]) => key);
      expect(bad).toEqual([]);
    });

    it('uses the same {{placeholders}} per key', () => {
      const mismatches = [...en]
        .filter(([key]) => ja.has(key))
        .map(([key, value]) => ({
          key,
          en: placeholders(String(value)),
          ja: placeholders(String(ja.get(key))),
        }))
        .filter((m) => m.en.join() !== m.ja.join());
      expect(mismatches).toEqual([]);
    });

    it('translates every value, except the allow-listed ones', () => {
      const allowed = SAME_IN_BOTH[file] ?? [];
      const identical = [...en].filter(([key, value]) => ja.get(key) === value).map(([key]) => key);
      expect(identical.filter((key) => !allowed.includes(key))).toEqual([]);
      // The allow-list must not go stale: each entry exists and really is identical.
      for (const key of allowed) {
        expect(en.has(key), `${file}: allow-listed key ${key} does not exist`).toBe(true);
        expect(ja.get(key), `${file}: allow-listed key ${key} is now translated`).toBe(en.get(key));
      }
    });
  });
});
