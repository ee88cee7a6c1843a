/** Vite builds the client from client/ into client/dist, which the server serves at `/`. */
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'client',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
