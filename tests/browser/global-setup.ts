// Global setup of the `browser` project: build the app, serve dist/ with `vite preview` on a free
// port of 127.0.0.1, and hand the URL to the tests (`inject('baseURL')`).
//
// Environment:
//   BROWSER_TEST_URL=http://...   test an app that is already served; no build, no server.
//   BROWSER_TEST_SKIP_BUILD=1     serve the existing dist/ without rebuilding it (quicker local loops).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PreviewServer } from 'vite';
import { securityHeaders } from '../../src/lib/csp';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = resolve(ROOT, 'dist');

/** `vite build` in a child process, so the bundle is built exactly like `npm run build` (NODE_ENV=production). */
async function buildApp(): Promise<void> {
  const viteBin = resolve(
    dirname(createRequire(import.meta.url).resolve('vite/package.json')),
    'bin/vite.js',
  );
  // Vitest sets NODE_ENV=test (and VITEST*); the production build must not see them.
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key !== 'NODE_ENV' && key !== 'TEST' && !key.startsWith('VITEST')) env[key] = value;
  }
  const started = Date.now();
  await new Promise<void>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build', '--logLevel', 'warn', '--outDir', OUT_DIR], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`vite build failed (exit code ${code ?? 'none'}, signal ${signal ?? 'none'})`));
    });
  });
  console.log(`[browser tests] built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function startPreview(): Promise<PreviewServer> {
  const { preview } = await import('vite');
  // configFile: false keeps the test config and plugins out of the static server.
  return preview({
    root: ROOT,
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir: OUT_DIR },
    // The same headers as `npm run preview` (vite.config.ts), so the tests see the policy users get.
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false, headers: securityHeaders() },
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  mkdirSync(resolve(ROOT, 'screenshots'), { recursive: true });

  const external = process.env.BROWSER_TEST_URL;
  if (external) {
    console.log(`[browser tests] using BROWSER_TEST_URL=${external}`);
    project.provide('baseURL', external);
    return async () => {};
  }

  if (process.env.BROWSER_TEST_SKIP_BUILD && existsSync(resolve(OUT_DIR, 'index.html'))) {
    console.log('[browser tests] BROWSER_TEST_SKIP_BUILD set: serving the existing dist/');
  } else {
    await buildApp();
  }

  const server = await startPreview();
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error('vite preview did not report a TCP address');
  }
  const baseURL = `http://127.0.0.1:${address.port}/`;
  console.log(`[browser tests] serving dist/ at ${baseURL}`);
  project.provide('baseURL', baseURL);

  return async () => {
    await server.close();
  };
}
