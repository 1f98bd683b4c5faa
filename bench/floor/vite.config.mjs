// The benchmark's floor: the least an app on this stack can load and do (see bench/README in the main README's
// "Performance" section). It serves the dashboard's own data files, so both apps read the same bytes.
import react from '@vitejs/plugin-react';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  publicDir: resolve(here, '../../public'),
  plugins: [react()],
  // recharts is eager here on purpose: one chunk is the point.
  build: { outDir: resolve(here, '../../dist-floor'), emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  logLevel: 'warn',
});
