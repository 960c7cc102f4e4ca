import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { crx } from '@crxjs/vite-plugin'
import manifest, { type Target } from './manifest.config.ts'
import pkg from './package.json' with { type: 'json' }

const target = (process.env.TARGET as Target | undefined) ?? 'chrome'

export default defineConfig({
  plugins: [crx({ manifest, browser: target })],
  // The .msg reader's code-page decoding from the browser's TextDecoder, not iconv-lite (Node's Buffer, every table).
  resolve: { alias: { 'iconv-lite': fileURLToPath(new URL('./src/core/iconv-lite-shim.ts', import.meta.url)) } },
  build: {
    outDir: `${process.env.DIST_DIR ?? 'dist'}/${target}`,
    emptyOutDir: true,
    target: `${target}${pkg.minimumBrowserVersions[target]}`,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  server: { port: 5173, strictPort: true, cors: { origin: [/^chrome-extension:\/\//] } },
})
