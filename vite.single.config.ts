// `npm run build:single`: the whole dashboard as one self-contained html file in dist-single/ (no service worker).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { singleFilePlugin } from './build/single-file-plugin.ts';

export default defineConfig({
  base: './',
  plugins: [react(), singleFilePlugin()],
  build: {
    outDir: 'dist-single',
    emptyOutDir: true,
    // The data is embedded in the page; nothing else from public/ is needed.
    copyPublicDir: false,
    cssCodeSplit: false,
    modulePreload: false,
    // One chunk: the lazily loaded views are inlined too.
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
