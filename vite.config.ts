import { defineConfig } from 'vite'
import { crx } from '@crxjs/vite-plugin'
import manifest, { type Target } from './manifest.config.ts'

const target = (process.env.TARGET as Target | undefined) ?? 'chrome'

export default defineConfig({
  plugins: [crx({ manifest, browser: target })],
  build: {
    outDir: `${process.env.DIST_DIR ?? 'dist'}/${target}`,
    emptyOutDir: true,
    target: target === 'firefox' ? 'firefox140' : 'chrome120',
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  server: { port: 5173, strictPort: true, cors: { origin: [/^chrome-extension:\/\//] } },
})
