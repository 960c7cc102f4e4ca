/**
 * The one harness every end-to-end test uses: a fixture server, Debian's Chromium with the built
 * extension from dist/chrome, the extension's service worker and id, its popup, its storage.
 */
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { FIXTURE_HOSTS, startFixtureServer, type FixtureServer } from './fixture-server'

export const ROOT = resolve(import.meta.dirname, '..', '..')
/** The built extension under test; DIST_DIR points elsewhere than dist/ (as for the build). */
export const DIST_DIR = resolve(ROOT, process.env.DIST_DIR ?? 'dist')
export const EXTENSION_DIR = join(DIST_DIR, 'chrome')
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export interface LaunchOptions {
  /** Browser UI language, e.g. 'de' or 'ar'. */
  lang?: string
  colorScheme?: 'light' | 'dark'
  /** Reuse a profile (to test a browser restart). */
  userDataDir?: string
  /** Another unpacked build than dist/chrome (the benchmark's baseline). */
  extensionDir?: string
  /** A visible window (the demo, where a display exists); headless by default. */
  headless?: boolean
}

export interface RecordedRequest {
  url: string
  /** URL of the service worker or frame that made it ('unknown' when Playwright cannot tell). */
  from: string
}

export class ExtensionBrowser {
  /** Set by stopServiceWorker: Playwright keeps the stopped worker's handle, usable again once it restarts. */
  private workerStopped = false

  private constructor(
    readonly context: BrowserContext,
    readonly server: FixtureServer,
    readonly userDataDir: string,
    readonly extensionId: string,
    private readonly ownsProfile: boolean,
  ) {}

  static async launch(server: FixtureServer, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
    const ownsProfile = !options.userDataDir
    const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'objection-e2e-'))
    const extensionDir = options.extensionDir ?? EXTENSION_DIR
    const rules = Object.keys(FIXTURE_HOSTS).map((host) => `MAP ${host}:443 127.0.0.1:${server.port}`)
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: options.headless ?? true,
      ignoreHTTPSErrors: true,
      colorScheme: options.colorScheme ?? 'light',
      ...(options.lang ? { locale: options.lang } : {}),
      viewport: { width: 1280, height: 800 },
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        `--host-resolver-rules=${rules.join(', ')}, EXCLUDE localhost`,
        `--ignore-certificate-errors-spki-list=${server.spki}`,
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
        '--disable-quic',
        ...(options.lang ? [`--lang=${options.lang}`] : []),
      ],
    })
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }))
    const extensionId = new URL(worker.url()).host
    // A fresh install stamps storage with its schema version as it starts: a test that wrote
    // storage before that landed would have its data overwritten by the install's first write
    // (on this loaded machine about one run in three of a test that set storage at once).
    // No named function inside: tsx (the bench, the demo) would wrap it in a helper the worker lacks.
    await worker.evaluate(async () => {
      while ((await chrome.storage.local.get('schemaVersion')).schemaVersion === undefined) await new Promise((wait) => setTimeout(wait, 20))
    })
    return new ExtensionBrowser(context, server, userDataDir, extensionId, ownsProfile)
  }

  /** The extension's service worker, waking it if it was stopped. */
  async worker(): Promise<Worker> {
    const current = this.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${this.extensionId}/`))
    if (current && !this.workerStopped) return current
    // A stopped worker is woken by a message from any extension page; the popup is the cheapest one.
    const waiting = current ? Promise.resolve(current) : this.context.waitForEvent('serviceworker', { timeout: 20_000 })
    const page = await this.context.newPage()
    await page.goto(this.url(this.manifest().action.default_popup))
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'popup/get-state' }))
    const worker = await waiting
    await page.close()
    this.workerStopped = false
    return worker
  }

  manifest(): { action: { default_popup: string }; permissions: string[]; host_permissions: string[] } {
    return JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'))
  }

  url(path: string): string {
    return `chrome-extension://${this.extensionId}/${path.replace(/^\//, '')}`
  }

  /** Opens the popup page (action.default_popup) in a tab. */
  async openPopup(): Promise<Page> {
    const page = await this.context.newPage()
    await page.goto(this.url(this.manifest().action.default_popup))
    return page
  }

  async storage(): Promise<Record<string, unknown>> {
    const worker = await this.worker()
    return worker.evaluate(() => chrome.storage.local.get(null))
  }

  async setStorage(items: Record<string, unknown>): Promise<void> {
    const worker = await this.worker()
    await worker.evaluate((values) => chrome.storage.local.set(values), items)
  }

  /** Logs an account in on the fixture sites by setting the cookie the real sites set. */
  async login(platform: 'facebook' | 'instagram', accountId: string): Promise<void> {
    const name = platform === 'facebook' ? 'c_user' : 'ds_user_id'
    await this.context.addCookies([{ name, value: accountId, domain: `.${platform}.com`, path: '/', secure: true, sameSite: 'None' }])
  }

  async logout(platform: 'facebook' | 'instagram'): Promise<void> {
    await this.context.clearCookies({ name: platform === 'facebook' ? 'c_user' : 'ds_user_id' })
  }

  /**
   * Stops the extension's service worker through the DevTools protocol, as the browser does when
   * it is idle, and waits until it has stopped. The next event (a message, an alarm) starts it
   * again. `from`: an extension page to send the command from (opened and closed here otherwise).
   */
  async stopServiceWorker(from?: Page): Promise<void> {
    const page = from ?? (await this.openPopup())
    const script = `chrome-extension://${this.extensionId}/`
    try {
      const cdp = await this.context.newCDPSession(page)
      const stopped = new Promise<void>((ok) =>
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (versions.some((v) => v.scriptURL.startsWith(script) && v.runningStatus === 'stopped')) ok()
        }),
      )
      await cdp.send('ServiceWorker.enable')
      await cdp.send('ServiceWorker.stopAllWorkers')
      await stopped
      this.workerStopped = true
      await cdp.detach()
    } finally {
      if (!from) await page.close()
    }
  }

  /**
   * Records every request any page or worker of the browser makes from now on: its URL and where
   * it came from (the service worker's or the frame's URL), to tell the extension's own apart.
   */
  recordRequests(): { requests: RecordedRequest[]; stop: () => void } {
    const requests: RecordedRequest[] = []
    const record = (request: Request) => {
      const worker = request.serviceWorker()
      let from = worker?.url() ?? ''
      if (!worker) {
        try {
          from = request.frame().url()
        } catch {
          from = 'unknown'
        }
      }
      requests.push({ url: request.url(), from })
    }
    this.context.on('request', record)
    return { requests, stop: () => void this.context.off('request', record) }
  }

  /** Closes the browser; the profile stays when `keepProfile` is set (to relaunch it). */
  async close(keepProfile = false): Promise<void> {
    await this.context.close()
    if (this.ownsProfile && !keepProfile) rmSync(this.userDataDir, { recursive: true, force: true })
  }
}

export { startFixtureServer }
export type { FixtureServer }
