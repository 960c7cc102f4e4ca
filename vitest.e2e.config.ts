import { defineConfig } from 'vitest/config'

/** End-to-end tests: real Chromium and Firefox with the built extension, one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // No retry: a test fails the run the first time it fails. (The flake that once needed one was
    // a test writing storage while a fresh install's first write still landed: the harness now
    // waits for the extension's start-up, see ExtensionBrowser.launch.)
  },
})
