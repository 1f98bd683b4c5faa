import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { SourceMap } from 'node:module';
import { readFileSync } from 'node:fs';
const maps = new Map();
const mapOf = (file) => { if (!maps.has(file)) { try { maps.set(file, new SourceMap(JSON.parse(readFileSync('dist-prof/assets/' + file + '.map', 'utf8')))); } catch { maps.set(file, null); } } return maps.get(file); };
const server = await preview({ root: process.cwd(), configFile: false, base: './', logLevel: 'warn', build: { outDir: 'dist-prof' }, preview: { host: '127.0.0.1', port: 0 } });
const url = `http://127.0.0.1:${server.httpServer.address().port}/`;
const ctx = await chromium.launchPersistentContext('', { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu'], viewport: { width: 1280, height: 800 } });
const page = await ctx.newPage();
await page.goto(url + (process.argv[2] ?? '?view=japan&lang=en'));
await page.waitForTimeout(2000);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
const kind = process.argv[3] ?? 'lang';
for (let i = 0; i < 6; i++) await page.evaluate(async (kind) => {
  if (kind === 'lang') { const lang = document.documentElement.lang === 'ja' ? 'en' : 'ja'; document.querySelector(`header button[lang="${lang}"]`).click(); }
  else [...document.querySelectorAll('.controls [role="group"] button')].slice(0, 2).find((b) => b.getAttribute('aria-pressed') !== 'true').click();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}, kind);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map(); const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples.forEach((id, i) => { const n = byId.get(id); const f = n.callFrame.url.split('/').pop(); const m = f && mapOf(f); const e = m ? m.findEntry(n.callFrame.lineNumber, n.callFrame.columnNumber) : null; const k = e && e.originalSource ? `${e.name ?? n.callFrame.functionName} ${e.originalSource.replace(/.*node_modules\//, '').replace(/.*wt-bench\//, '')}:${e.originalLine}` : `${n.callFrame.functionName || '(anon)'} ${f}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const callers = new Map(); profile.samples.forEach((id, i) => { const n = byId.get(id); if (n.callFrame.functionName !== 'getBoundingClientRect') return; let p = byId.get(parent.get(id)); const chain = []; for (let d = 0; d < 4 && p; d++) { const f = p.callFrame.url.split('/').pop(); const m = f && mapOf(f); const e = m ? m.findEntry(p.callFrame.lineNumber, p.callFrame.columnNumber) : null; chain.push(e && e.originalSource ? `${e.originalSource.replace(/.*node_modules\//, '').replace(/.*wt-bench\//, '')}:${e.originalLine}` : p.callFrame.functionName); p = byId.get(parent.get(p.id)); } const k = chain.join(' < '); callers.set(k, (callers.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
console.log([...callers].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
await ctx.close(); await server.close();
