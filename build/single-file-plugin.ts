// A Vite plugin for `npm run build:single`: folds the whole build into ONE html file that opens from disk. The
// JavaScript (one chunk: lazy views included) and the CSS are inlined, the data files embedded as JSON, and a
// Content-Security-Policy allows exactly that script and that style by their SHA-256 hashes.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputAsset, OutputChunk } from 'rolldown';
import type { Plugin, ResolvedConfig } from 'vite';
import { EMBEDDED_DATA_ID, jsonForScript } from '../src/lib/embedded-data.ts';

export const SINGLE_FILE_NAME = 'apac-ai-investment-dashboard.html';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Script text that cannot close its element early or open an HTML comment inside it. */
function safeScriptText(code: string): string {
  return code.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
}

/**
 * The policy of the single file: nothing loads from anywhere; the one inline script and the one style element
 * run by hash; images only from blob: (chart export draws its SVG through one) and data: (the empty favicon).
 */
export function singleFileCsp(scriptHash: string, styleHash: string): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHash}`,
    `style-src ${styleHash}`,
    'img-src blob: data:',
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

export function singleFilePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'apac-dashboard:single-file',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find(
        (item): item is OutputAsset => item.type === 'asset' && item.fileName.endsWith('.html'),
      );
      const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
      const styles = Object.values(bundle).filter(
        (item): item is OutputAsset => item.type === 'asset' && item.fileName.endsWith('.css'),
      );
      if (!html) return this.error('no html page in the build');
      if (chunks.length !== 1)
        return this.error(`expected one JavaScript chunk, got ${chunks.map((c) => c.fileName).join(', ')}`);
      // Vite leaves its preload placeholder where a lazy import was inlined into the one chunk: nothing is left to
      // preload there, which Vite itself writes as `void 0`.
      const code = chunks[0]!.code.replace(/\b__VITE_PRELOAD__\b/g, 'void 0');
      const script = `\n${safeScriptText(code)}\n`;
      const css = `\n${styles.map((s) => String(s.source)).join('\n')}\n`.replace(/<\/style/gi, '<\\/style');

      // Every data file, by name without `.json`; the app checks that each file it needs is there.
      const dataDir = join(config.publicDir, 'data');
      const data = Object.fromEntries(
        readdirSync(dataDir)
          .filter((name) => name.endsWith('.json'))
          .sort()
          .map((name) => [
            name.replace(/\.json$/, ''),
            JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as unknown,
          ]),
      );

      if (!/<meta charset="[^"]*" \/>/.test(String(html.source)))
        return this.error('index.html has no charset meta');
      let page = String(html.source)
        // Vite's tags for the entry script, stylesheets and module preloads: replaced by the inline copies.
        .replace(/\s*<script type="module"[^>]*\ssrc="[^"]*"[^>]*><\/script>/g, '')
        .replace(/\s*<link rel="(stylesheet|modulepreload)"[^>]*>/g, '')
        // The data is embedded: nothing to preload (a preload would be a request for a file that is not there).
        .replace(/\s*<!--[^>]*-->(?=\s*<link rel="preload")/g, '')
        .replace(/\s*<link rel="preload"[^>]*as="fetch"[^>]*>/g, '');
      const csp = singleFileCsp(sha256(script), sha256(css));
      page = page
        // After the charset, which must come first; before anything the policy governs.
        .replace(
          /<meta charset="[^"]*" \/>/,
          (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
        )
        .replace('</head>', () => `    <style>${css}</style>\n  </head>`)
        .replace(
          '</body>',
          () =>
            `    <script type="application/json" id="${EMBEDDED_DATA_ID}">${jsonForScript(data)}</script>\n` +
            `    <script type="module">${script}</script>\n  </body>`,
        );

      for (const fileName of Object.keys(bundle)) delete bundle[fileName];
      this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: page });
    },
  };
}
