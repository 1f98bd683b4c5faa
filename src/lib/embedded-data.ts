// The single-file build embeds the data files in the page, so that it opens from disk with nothing to fetch.

/** The id of the `<script type="application/json">` element that holds the embedded data files. */
export const EMBEDDED_DATA_ID = 'landscape-data';

/**
 * The embedded data files by name (`{ "commitments": …, "events": … }`), or undefined when the page fetches them.
 * The JSON is parsed here; each file is validated by the same schema as a fetched one.
 */
export function readEmbeddedData(doc: Document): Record<string, unknown> | undefined {
  const element = doc.getElementById(EMBEDDED_DATA_ID);
  if (!element || element.getAttribute('type') !== 'application/json') return undefined;
  const parsed: unknown = JSON.parse(element.textContent ?? '');
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new TypeError('the embedded data is not an object of data files');
  return parsed as Record<string, unknown>;
}

/** Escapes JSON for an inline `<script>`: no `</script>` or `<!--` can end or change the element early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
