import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset paths: the built site works from any folder a static server puts it in.
  base: './',
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173 },
  server: { host: '127.0.0.1' },
});
