import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = import.meta.dirname;
const backend = 'http://localhost:3000';

/**
 * Vendor chunks: React + router; small libraries both apps use (so neither app pulls the other's
 * UI kit); antd-mobile and what only it uses (customer H5); antd (staff console); icons.
 */
const vendorGroups = [
  {
    name: 'react',
    test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
    priority: 30,
  },
  {
    name: 'vendor-shared',
    test: /node_modules[\\/](dayjs|@babel[\\/]runtime|classnames|clsx|tslib|react-is|resize-observer-polyfill|react-fast-compare|use-sync-external-store|@rc-component[\\/]mini-decimal)[\\/]/,
    priority: 26,
  },
  {
    name: 'mobile',
    test: /node_modules[\\/](antd-mobile|antd-mobile-icons|antd-mobile-v5-count|@react-spring|@use-gesture|ahooks|rc-field-form|rc-segmented|rc-util|rc-motion|@floating-ui|nano-memoize|runes2|staged-components|deepmerge|lodash|js-cookie|screenfull)[\\/]/,
    priority: 25,
  },
  { name: 'icons', test: /node_modules[\\/]@ant-design[\\/]icons(-svg)?[\\/]/, priority: 20 },
  {
    name: 'antd',
    test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@emotion|dayjs|stylis|clsx|throttle-debounce|scroll-into-view-if-needed|compute-scroll-into-view|json2mq|string-convert|is-mobile)[\\/]/,
    priority: 10,
    // antd is ~1 MB minified. It stays one chunk: cutting it with maxSize split its circular
    // module graph so that a piece ran before the piece it imports ("reading 'Modal'").
  },
];

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: resolve(webRoot, '../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // Two apps: the staff console at / and the customer H5 at /h5/ (its own bundle).
      input: { console: resolve(webRoot, 'index.html'), h5: resolve(webRoot, 'h5/index.html') },
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
  server: {
    proxy: {
      '/api': backend,
      '/healthz': backend,
      '/docs': backend,
    },
  },
});
