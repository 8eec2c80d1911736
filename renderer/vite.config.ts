import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Builds the UI for the web host (npm run web) and the browser tests.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  // A desktop app loads its bundle from disk: one chunk of ~600 kB is fine, no need for the size warning.
  build: { outDir: resolve(import.meta.dirname, '../out/renderer'), emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
