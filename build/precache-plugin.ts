// A Vite plugin that builds the service worker (src/service-worker/sw.ts) as `sw.js` beside index.html and writes
// into it the list of every file the build produced plus the public files (the data), with a version hash of
// their contents, so that a new build gets a new cache and the old one is removed.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const SW_FILE = 'sw.js';
const PLACEHOLDER = '__PRECACHE_MANIFEST__';

function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

export function precachePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'apac-dashboard:precache',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      this.emitFile({
        type: 'chunk',
        id: resolve(config.root, 'src/service-worker/sw.ts'),
        fileName: SW_FILE,
      });
    },
    writeBundle(options, bundle) {
      const outDir = options.dir ?? resolve(config.root, config.build.outDir);
      const hash = createHash('sha256');
      const urls: string[] = [];
      for (const [fileName, item] of Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))) {
        if (fileName === SW_FILE || fileName.endsWith('.map')) continue;
        urls.push(fileName);
        hash.update(fileName).update(item.type === 'chunk' ? item.code : item.source);
      }
      if (config.publicDir)
        for (const file of filesUnder(config.publicDir).sort()) {
          const name = relative(config.publicDir, file).split(sep).join('/');
          if (urls.includes(name)) continue;
          urls.push(name);
          hash.update(name).update(readFileSync(file));
        }
      const manifest = { version: hash.digest('hex').slice(0, 16), urls };
      const swPath = join(outDir, SW_FILE);
      const code = readFileSync(swPath, 'utf8');
      if (!code.includes(PLACEHOLDER)) this.error(`${SW_FILE} has no ${PLACEHOLDER} to fill in`);
      writeFileSync(swPath, code.split(PLACEHOLDER).join(JSON.stringify(manifest)));
    },
  };
}
