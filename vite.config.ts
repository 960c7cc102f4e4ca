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
    // What the popup shares with the background is one chunk, not four small ones: every file an
    // extension page loads costs it a few milliseconds on a slow machine. The mail readers stay
    // apart, loaded only when the user records a confirmation.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'shared', minShareCount: 2, test: (id: string) => !/node_modules[\\/](postal-mime|@kenjiuno)[\\/]/.test(id) }] } },
    },
  },
  server: { port: 5173, strictPort: true, cors: { origin: [/^chrome-extension:\/\//] } },
})
