import { afterEach, describe, expect, it } from 'vitest';
import { EMBEDDED_DATA_ID, jsonForScript, readEmbeddedData } from './embedded-data';

afterEach(() => {
  document.getElementById(EMBEDDED_DATA_ID)?.remove();
});

function embed(text: string, type = 'application/json') {
  const script = document.createElement('script');
  script.id = EMBEDDED_DATA_ID;
  script.type = type;
  script.textContent = text;
  document.body.append(script);
}

describe('readEmbeddedData', () => {
  it('is undefined when the page fetches its data', () => {
    expect(readEmbeddedData(document)).toBeUndefined();
  });

  it('reads the embedded files by name', () => {
    embed(jsonForScript({ commitments: { commitments: [] } }));
    expect(readEmbeddedData(document)).toEqual({ commitments: { commitments: [] } });
  });

  it('throws on text that is not JSON, or JSON that is not an object of files', () => {
    embed('{"commitments": ');
    expect(() => readEmbeddedData(document)).toThrow();
    document.getElementById(EMBEDDED_DATA_ID)?.remove();
    embed('[1, 2]');
    expect(() => readEmbeddedData(document)).toThrow(TypeError);
  });

  it('ignores an element of another type', () => {
    embed('{}', 'text/plain');
    expect(readEmbeddedData(document)).toBeUndefined();
  });
});

describe('jsonForScript', () => {
  it('cannot end its script element early, and parses back to the same value', () => {
    const value = { text: '</script><script>alert(1)</script><!-- \u2028' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(text)).toEqual(value);
  });
});
