import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The planners' map: built into dist/web and served by the gateway at /map (`npm run dev:web` proxies the API). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/map/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1_000,
  },
  server: {
    proxy: { '/graphql': `http://localhost:${process.env.PORT ?? 4000}` },
  },
});
