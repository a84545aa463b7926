import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const nodeModule = (names: string) => new RegExp(`[\\\\/]node_modules[\\\\/](${names})[\\\\/]`);

export default defineConfig({
  root: webRoot,
  resolve: { alias: { '@contracts': fileURLToPath(new URL('../contracts', import.meta.url)) } },
  // Vite 8 compiles TSX with oxc; the automatic runtime means no `import React` in every file.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Chinese office browsers (360, QQ, Sogou) often ship Chromium 86–90 cores.
    target: ['chrome87', 'edge88', 'firefox78', 'safari14'],
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // antd marks its modules "use client" (for React Server Components); meaningless in a SPA bundle.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: nodeModule('react|react-dom|scheduler|react-router|cookie|set-cookie-parser'), priority: 30 },
            { name: 'leaflet', test: nodeModule('leaflet'), priority: 30 },
            { name: 'antd', test: nodeModule('antd|@ant-design|@rc-component|rc-[a-z-]+|@emotion|stylis|dayjs|classnames|clsx|throttle-debounce|compute-scroll-into-view|scroll-into-view-if-needed|@babel'), priority: 20 },
            // zod comes with the shared contracts; only pages that use their label maps load it.
            { name: 'zod', test: nodeModule('zod'), priority: 25 },
            { name: 'vendor', test: nodeModule('.+?'), priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
