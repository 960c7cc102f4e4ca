import { defineConfig } from 'vitest/config'

/** End-to-end tests: real Chromium and Firefox with the built extension, one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One retry: on this 2-core machine a cold service worker sometimes starts slowly enough to
    // miss a step's deadline (seen about once in five full runs, on the network-journey test). A
    // test that fails twice fails the run.
    retry: 1,
  },
})
