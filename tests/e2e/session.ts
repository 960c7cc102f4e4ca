/** The one set-up of the end-to-end files, as vitest hooks (kept apart from harness.ts, which the demo and the bench use too). */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { ExtensionBrowser, startFixtureServer, type FixtureServer, type LaunchOptions } from './harness'

/** What a test file (or a describe block) drives: the fixture server and, unless asked not to, a browser with the extension. */
export interface ExtensionSession {
  server: FixtureServer
  /** The browser under test; a test may replace it (a restart on the same profile): the session closes the current one. */
  browser: ExtensionBrowser
}

export interface SessionOptions extends LaunchOptions {
  /** A fresh browser (and profile) for each test instead of one for the whole file or block. */
  each?: boolean
  /** Only the fixture server: the tests launch their browsers themselves. */
  serverOnly?: boolean
}

/**
 * The set-up every end-to-end file shares, registered as vitest hooks where it is called (the
 * file, or a describe block): starts the fixture server and the browser, and closes both after.
 */
export function useExtension(options: SessionOptions = {}): ExtensionSession {
  const { each = false, serverOnly = false, ...launch } = options
  const session = {} as ExtensionSession
  const open = async () => {
    session.browser = await ExtensionBrowser.launch(session.server, launch)
  }
  const close = async () => {
    await session.browser?.close()
  }
  beforeAll(async () => {
    session.server = await startFixtureServer()
    if (!serverOnly && !each) await open()
  })
  afterAll(async () => {
    if (!each) await close()
    await session.server?.close()
  })
  if (!serverOnly && each) {
    beforeEach(open)
    afterEach(close)
  }
  return session
}
