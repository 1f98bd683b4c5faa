// A Vite plugin that names the two language chunks (src/i18n/locale-<lang>.ts) in index.html as prefetches: their
// download starts with the page, at low priority, instead of after the entry script has run and asked for the page's
// language (one round trip less before the first render); the other language is then in the cache for a switch.
// Only the page's language is awaited before the first render (bench/lib/first-view.mjs counts the larger one).
import type { Plugin } from 'vite';

export function languagePrefetchPlugin(): Plugin {
  return {
    name: 'apac-dashboard:language-prefetch',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        return Object.values(ctx.bundle ?? {})
          .filter((item) => item.type === 'chunk' && /^locale-[a-z]{2}$/.test(item.name))
          .map((chunk) => ({
            tag: 'link',
            // crossorigin: module scripts are fetched in CORS mode; the prefetched copy must match to be reused.
            attrs: { rel: 'prefetch', href: `./${chunk.fileName}`, as: 'script', crossorigin: '' },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
