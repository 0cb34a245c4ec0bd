import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The planners' map: built into dist/web and served by the gateway at /map (`npm run dev:web` proxies the API). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/map/',
  plugins: [react()],
  // The CSV writer the map shares with the report CLI (src/format/csv.ts), in the build that needs no Node Buffer.
  resolve: { alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The explorer carries its editor (Monaco) and its workers; the map's own chunk stays small.
    chunkSizeWarningLimit: 5_000,
    rollupOptions: {
      // GraphiQL's packages mark modules "use no memo" for the React compiler; bundling drops it harmlessly.
      onwarn: (warning, warn) => warning.code !== 'MODULE_LEVEL_DIRECTIVE' && warn(warning),
      input: {
        map: fileURLToPath(new URL('index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('explorer.html', import.meta.url)),
      },
    },
  },
  server: {
    proxy: { '/graphql': `http://localhost:${process.env.PORT ?? 4000}` },
  },
});
