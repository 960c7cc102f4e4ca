import { defineConfig } from 'vitest/config'

/** End-to-end tests: real Chromium and Firefox with the built extension, one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: 0,
  },
})
