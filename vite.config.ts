/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { securityHeaders } from './src/lib/csp.ts';
import { languagePrefetchPlugin } from './build/language-prefetch-plugin.ts';
import { precachePlugin } from './build/precache-plugin.ts';

// Relative base so the built app works from any folder (and later from a single file).
export default defineConfig({
  base: './',
  plugins: [react(), languagePrefetchPlugin(), precachePlugin()],
  // The built app's policy; the dev server has none, since its hot reload needs inline scripts.
  preview: { headers: securityHeaders() },
  build: {
    // The map's geography (Natural Earth 1:50m, about 750 kB) is one chunk that only the map view loads.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        // The libraries every page needs (React, i18next, TanStack Query) as one chunk: one request, compressed
        // together (about 2 KB less gzip than the five small shared chunks the default splitting makes), and cached
        // across releases of the app's own code.
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|@tanstack|use-sync-external-store)[\\/]/,
              priority: 10,
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One Chromium at a time: the CI machine has 2 cores.
          fileParallelism: false,
          // Run after the unit project so Chromium and the build do not compete with jsdom for CPU.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
