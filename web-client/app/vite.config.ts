// Builds the app into the web-client jar's /public folder, beside the TeaVM engine in /public/engine, so the server
// serves everything from one jar, offline. `npm run dev` proxies /api to a running `./awstrader serve`.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: '../target/classes/public',
    emptyOutDir: false, // the engine's files are already there
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 4096,
  },
  server: {
    proxy: { '/api': 'http://localhost:7070', '/engine': 'http://localhost:7070' },
    // the editor imports bot-api.d.ts from engine-shared at build time (?raw)
    fs: { allow: ['.', '../../engine-shared/src/main/resources/io/awstrader/engine/bot'] },
  },
});
