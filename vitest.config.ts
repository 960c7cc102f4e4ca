import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // As in the build (vite.config.ts): the .msg reader decodes code pages with TextDecoder.
  resolve: { alias: { 'iconv-lite': fileURLToPath(new URL('./src/core/iconv-lite-shim.ts', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
})
