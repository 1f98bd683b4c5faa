// What the first view of a built app loads before it can render, and what it loads later: read from the built
// index.html (entry script, modulepreloads, stylesheets, preloaded data) and the files in the build folder.
// Shared by the benchmark (bench/run.mjs) and the size-budget test, so both count the same bytes.
import { Buffer } from 'node:buffer';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip level used for every size: the level a server that pre-compresses its files would use. */
export const GZIP_LEVEL = 9;

/** @param {string} html */
function attributesOf(html) {
  /** @type {Record<string, string>[]} */
  const tags = [];
  for (const match of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    /** @type {Record<string, string>} */
    const attrs = { tag: match[1].toLowerCase() };
    for (const attr of match[2].matchAll(/([a-zA-Z:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attrs[attr[1].toLowerCase()] = attr[2] ?? attr[3] ?? attr[4] ?? '';
    }
    tags.push(attrs);
  }
  return tags;
}

/** A same-origin URL in index.html as a path inside the build folder; undefined for external and data: URLs. */
function localPath(href) {
  if (!href || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) return undefined;
  const path = href.split(/[?#]/)[0].replace(/^\.?\//, '');
  return path ? decodeURIComponent(path) : undefined;
}

/**
 * The files index.html makes the browser load before the first render, by kind, in document order:
 * `js` (module scripts and modulepreloads), `css` (stylesheets), `data` (preloads with as="fetch") and `html`.
 * @param {string} html
 * @returns {{ html: string[], js: string[], css: string[], data: string[] }}
 */
export function initialRequests(html) {
  /** @type {{ html: string[], js: string[], css: string[], data: string[] }} */
  const out = { html: ['index.html'], js: [], css: [], data: [] };
  const add = (list, path) => {
    if (path && !list.includes(path)) list.push(path);
  };
  for (const attrs of attributesOf(html)) {
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (attrs.tag === 'script' && attrs.src) add(out.js, localPath(attrs.src));
    else if (attrs.tag === 'link' && rel.includes('modulepreload')) add(out.js, localPath(attrs.href));
    else if (attrs.tag === 'link' && rel.includes('stylesheet')) add(out.css, localPath(attrs.href));
    else if (attrs.tag === 'link' && rel.includes('preload')) {
      const as = (attrs.as ?? '').toLowerCase();
      if (as === 'fetch') add(out.data, localPath(attrs.href));
      else if (as === 'script') add(out.js, localPath(attrs.href));
      else if (as === 'style') add(out.css, localPath(attrs.href));
    }
  }
  return out;
}

/** The chunks of interface texts, one per language (src/i18n/locale-<lang>.ts): the first view loads one of them. */
export const LANGUAGE_CHUNK = /(?:^|\/)locale-[a-z]{2}-[\w-]+\.js$/;

/** @param {Buffer | string} content */
export function sizeOf(content) {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: GZIP_LEVEL }).length };
}

function listFiles(dir) {
  /** @type {string[]} */
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...listFiles(path));
    else files.push(path);
  }
  return files;
}

const sum = (files) =>
  files.reduce((total, f) => ({ raw: total.raw + f.raw, gzip: total.gzip + f.gzip }), { raw: 0, gzip: 0 });

/**
 * Sizes of what the built app in `distDir` loads for its first view, by kind, and of each lazily loaded chunk
 * (every other .js or .css file in the build). Throws when index.html names a file the build does not have.
 * @param {string} distDir
 */
export function analyzeBuild(distDir) {
  const requests = initialRequests(readFileSync(join(distDir, 'index.html'), 'utf8'));
  const measure = (path) => {
    let content;
    try {
      content = readFileSync(join(distDir, path));
    } catch {
      throw new Error(`index.html loads ${path}, which is not in ${distDir}`);
    }
    return { file: path, ...sizeOf(content) };
  };
  // The first render also waits for the interface texts of the page's language (src/main.tsx), a chunk of their own
  // that index.html cannot name (the language is chosen at run time): the largest of them counts.
  const languageChunk = listFiles(distDir)
    .map((path) => relative(distDir, path).split(sep).join('/'))
    .filter((file) => LANGUAGE_CHUNK.test(file))
    .map(measure)
    .sort((a, b) => b.gzip - a.gzip)[0];
  /** @type {Record<'html' | 'js' | 'css' | 'data', { file: string, raw: number, gzip: number }[]>} */
  const firstView = {
    html: requests.html.map(measure),
    js: [...requests.js.map(measure), ...(languageChunk ? [languageChunk] : [])],
    css: requests.css.map(measure),
    data: requests.data.map(measure),
  };
  const initial = new Set([
    ...Object.values(requests).flat(),
    ...(languageChunk ? [languageChunk.file] : []),
  ]);
  const lazy = listFiles(distDir)
    .map((path) => relative(distDir, path).split(sep).join('/'))
    .filter((file) => ['.js', '.css'].includes(extname(file)) && !initial.has(file))
    .sort()
    .map(measure);
  return {
    firstView,
    totals: {
      js: sum(firstView.js),
      css: sum(firstView.css),
      data: sum(firstView.data),
      all: sum(Object.values(firstView).flat()),
      lazy: sum(lazy),
    },
    lazy,
  };
}

/** Bytes as "12.3 KB" (1 KB = 1,000 bytes, as the budget is written). */
export function formatBytes(bytes) {
  return bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(1)} KB`;
}

/**
 * The files of a kind with their sizes, largest gzip first, one per line: for failure messages and reports.
 * @param {{ file: string, raw: number, gzip: number }[]} files
 */
export function describeFiles(files) {
  return [...files]
    .sort((a, b) => b.gzip - a.gzip)
    .map((f) => `  ${f.file}: ${formatBytes(f.gzip)} gzip (${formatBytes(f.raw)} raw)`)
    .join('\n');
}
