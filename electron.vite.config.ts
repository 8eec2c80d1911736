import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// The desktop build. The renderer is the same one the web host serves (renderer/vite.config.ts).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts'), 'jobs-worker': resolve(__dirname, 'electron/core/jobs/worker.ts') }, external: ['better-sqlite3', 'exceljs'] },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: { outDir: resolve(__dirname, 'out/renderer'), chunkSizeWarningLimit: 1500, rollupOptions: { input: resolve(__dirname, 'renderer/index.html') } },
  },
});
