/**
 * `npm run bench [-- --check] [-- --runs N]`: what the extension costs on a heavy facebook-like
 * page, against the same extension with an empty content script, in real Chromium.
 * Run after `npm run build`. With --check, exits 1 when a budget is missed.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import type { CDPSession, Page } from 'playwright-core'
import { EXTENSION_DIR, ExtensionBrowser, ROOT, startFixtureServer, type FixtureServer } from '../../tests/e2e/harness'
import { attributeToExtension, type TraceEvent } from './trace-attribution'

const argv = process.argv.slice(2)
const CHECK = argv.includes('--check')
const RUNS = Number(argv[argv.indexOf('--runs') + 1] ?? 0) || 8
/** The popup's runs take a second each and spread widely on this machine: at least 20 of them. */
const POPUP_RUNS = Math.max(RUNS, 20)
/** `--extension DIR`: measure another unpacked build (to compare variants); default dist/chrome. */
const EXTENSION = argv.includes('--extension') ? argv[argv.indexOf('--extension') + 1]! : EXTENSION_DIR
/** `--only popup`: measure only the popup and the background's wake-up, skipping the heavy-page runs. */
const ONLY_POPUP = argv.includes('--only') && argv[argv.indexOf('--only') + 1] === 'popup'
const WINDOW_MS = 4000
const CONTENT_SCRIPT = 'src/content/main.iife.js'
const BANNER_SCRIPT = 'src/content/banner-script.js'
const ASSISTANT_SCRIPT = 'src/content/assistant.iife.js'
/** An empty page added to the copy of the build the popup is measured in. */
const EMPTY_PAGE = 'bench-empty-page.html'
const BUDGETS = { gzipBytes: 12 * 1024, cpuMs: 2, bannerMs: 100, popupMs: 100 }

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const summary = (xs: number[], unit: string, digits = 2) =>
  xs.length ? `${median(xs).toFixed(digits)} ${unit} (min ${Math.min(...xs).toFixed(digits)} – max ${Math.max(...xs).toFixed(digits)}, n=${xs.length})` : 'n/a'

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])))
  const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok))
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'] },
    transferMode: 'ReportEvents',
  })
  await run()
  await cdp.send('Tracing.end')
  await complete
  return events
}

interface PageRun {
  cpuMs: number
  scriptDurationMs: number
  heapBytes: number
  bannerAfterDclMs: number | null
}

/**
 * Records, from the page's own world, when the banner host is attached to <html>. The observer
 * runs in both variants alike, so it costs the page, not the extension.
 */
const WATCH_BANNER = `
  new MutationObserver((records, observer) => {
    for (const r of records) if (r.target === document.documentElement) for (const n of r.addedNodes)
      if (n.nodeType === 1 && n.getAttribute('data-testid') === 'objection-banner') { window.__bannerAt = performance.now(); observer.disconnect() }
  }).observe(document, { childList: true, subtree: true })
`

/** Who looks at the feed: an account whose banner shows, one whose objection is confirmed (nothing to show), nobody. */
type Visitor = 'banner' | 'confirmed' | 'logged-out'

async function heavyPageRun(server: FixtureServer, extensionDir: string, visitor: Visitor = 'banner'): Promise<PageRun> {
  const browser = await ExtensionBrowser.launch(server, { extensionDir })
  try {
    if (visitor !== 'logged-out') await browser.login('facebook', '100012345')
    if (visitor === 'confirmed') {
      const events = [{ type: 'submitted', at: '2025-05-20T10:00:00.000Z' }, { type: 'confirmation_recorded', at: '2025-05-20T11:00:00.000Z', receivedAt: '2025-05-20T10:30:00.000Z' }]
      await browser.setStorage({ schemaVersion: 1, settings: {}, 'account:facebook:100012345': { platform: 'facebook', accountId: '100012345', createdAt: '2025-05-01T00:00:00.000Z', events, banner: { dismissed: false } } })
    }
    const origin = `chrome-extension://${browser.extensionId}/`
    const page = await browser.context.newPage()
    await page.addInitScript(WATCH_BANNER)
    const cdp = await browser.context.newCDPSession(page)
    await cdp.send('Performance.enable')
    let startUs = 0
    const events = await trace(cdp, async () => {
      await page.goto('https://www.facebook.com/heavy', { waitUntil: 'commit' })
      const elapsed = await page.evaluate(() => performance.now())
      await page.waitForTimeout(Math.max(0, WINDOW_MS - elapsed))
    })
    const navigationStart = events.find((e) => e.name === 'navigationStart' && (e.args as { data?: { isLoadingMainFrame?: boolean; documentLoaderURL?: string } })?.data?.documentLoaderURL?.includes('/heavy'))
    startUs = navigationStart?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts))
    const attribution = attributeToExtension(events, origin, startUs, WINDOW_MS * 1000)
    const metrics = (await cdp.send('Performance.getMetrics')).metrics as { name: string; value: number }[]
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0
    const bannerAfterDclMs = await page.evaluate(() => {
      const at = (window as unknown as { __bannerAt?: number }).__bannerAt
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
      return at === undefined ? null : at - nav.domContentLoadedEventEnd
    })
    return { cpuMs: attribution.cpuMs, scriptDurationMs: metric('ScriptDuration') * 1000, heapBytes: metric('JSHeapUsedSize'), bannerAfterDclMs }
  } finally {
    await browser.close()
  }
}

function seedAccounts(count: number, eventsEach: number): Record<string, unknown> {
  const items: Record<string, unknown> = { schemaVersion: 1, settings: {} }
  const start = Date.parse('2025-05-01T00:00:00Z')
  for (let a = 0; a < count; a++) {
    const platform = a % 2 ? 'instagram' : 'facebook'
    const accountId = String(100000 + a)
    const events = Array.from({ length: eventsEach }, (_, i) => ({ type: 'form_opened', at: new Date(start + i * 60_000).toISOString() }))
    items[`account:${platform}:${accountId}`] = { platform, accountId, createdAt: new Date(start).toISOString(), events, banner: { dismissed: false } }
  }
  return items
}

async function popupFirstRender(browser: ExtensionBrowser, expectedRows: number): Promise<number> {
  const page: Page = await browser.context.newPage()
  await page.addInitScript(`
    new MutationObserver(() => {
      if (!window.__renderedAt && document.querySelectorAll('[data-testid="account-row"]').length >= ${expectedRows}) window.__renderedAt = performance.now()
    }).observe(document, { childList: true, subtree: true })
  `)
  await page.goto(browser.url(browser.manifest().action.default_popup))
  const handle = await page.waitForFunction(() => (window as unknown as { __renderedAt?: number }).__renderedAt, undefined, { timeout: 10_000 })
  const at = (await handle.jsonValue()) as number
  await page.close()
  return at
}

/**
 * What any page of the extension costs this machine now: an empty page's DOMContentLoaded, in
 * the same browser, alternating with the popup (the machine's speed varies through a day).
 */
async function emptyPageLoaded(browser: ExtensionBrowser): Promise<number> {
  const page = await browser.context.newPage()
  await page.goto(browser.url(EMPTY_PAGE))
  const at = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd)
  await page.close()
  return at
}

async function wakeAfterStop(browser: ExtensionBrowser): Promise<number> {
  const page = await browser.context.newPage()
  await page.goto(browser.url(browser.manifest().action.default_popup))
  const cdp = await browser.context.newCDPSession(page)
  await cdp.send('ServiceWorker.enable')
  await cdp.send('ServiceWorker.stopAllWorkers')
  await page.waitForTimeout(300)
  const ms = await page.evaluate(async () => {
    const t0 = performance.now()
    await chrome.runtime.sendMessage({ type: 'popup/get-state' })
    return performance.now() - t0
  })
  await page.close()
  return ms
}

async function main() {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`${EXTENSION} is missing: run \`npm run build\` first`)
  /** The same extension with another banner script: empty (what injection alone costs) and the floor (floor-content-script.js). */
  const variant = (name: string, script: string): string => {
    const dir = join(ROOT, '.tmp', `bench-${name}`)
    rmSync(dir, { recursive: true, force: true })
    cpSync(EXTENSION, dir, { recursive: true })
    writeFileSync(join(dir, CONTENT_SCRIPT), script)
    // The background still runs the banner's drawing for a banner that shows: empty, as the variant draws its own.
    writeFileSync(join(dir, BANNER_SCRIPT), '')
    return dir
  }
  const dirs = {
    ext: EXTENSION,
    base: variant('empty-content-script', ''),
    floor: variant('floor-content-script', readFileSync(join(import.meta.dirname, 'floor-content-script.js'), 'utf8')),
  }

  const sizeOf = (file: string) => {
    const source = readFileSync(join(EXTENSION, file))
    return { raw: source.length, gzip: gzipSync(source, { level: 9 }).length }
  }
  const size = sizeOf(CONTENT_SCRIPT)
  const bannerSize = sizeOf(BANNER_SCRIPT)
  const assistantSize = sizeOf(ASSISTANT_SCRIPT)
  /** The most a page loads: the watcher with the banner's drawing, or with the form assistant. */
  const pageGzip = size.gzip + Math.max(bannerSize.gzip, assistantSize.gzip)

  const server = await startFixtureServer()
  const runs = { ext: [] as PageRun[], base: [] as PageRun[], floor: [] as PageRun[] }
  const { ext: withExt, base: baseline } = runs
  const loggedOut: PageRun[] = []
  try {
    for (let i = 0; i < (ONLY_POPUP ? 0 : RUNS); i++) {
      // Alternating, so that a slower spell of the machine falls on every variant alike.
      const order = (['ext', 'base', 'floor'] as const).map((_, k, all) => all[(k + i) % all.length]!)
      for (const which of order) {
        const run = await heavyPageRun(server, dirs[which])
        runs[which].push(run)
        process.stderr.write(`run ${i + 1}/${RUNS} ${which}: ${run.cpuMs.toFixed(2)} ms\n`)
      }
    }
    const confirmed: PageRun[] = []
    for (let i = 0; i < (ONLY_POPUP ? 0 : Math.min(4, RUNS)); i++) {
      loggedOut.push(await heavyPageRun(server, EXTENSION, 'logged-out'))
      confirmed.push(await heavyPageRun(server, EXTENSION, 'confirmed'))
    }

    // The build itself, with one empty page added beside the popup.
    const withEmptyPage = join(ROOT, '.tmp', 'bench-popup')
    rmSync(withEmptyPage, { recursive: true, force: true })
    cpSync(EXTENSION, withEmptyPage, { recursive: true })
    writeFileSync(join(withEmptyPage, EMPTY_PAGE), '<!doctype html><meta charset="utf-8"><title>empty</title>')
    const browser = await ExtensionBrowser.launch(server, { extensionDir: withEmptyPage })
    const popup: number[] = []
    const emptyPage: number[] = []
    const wake: number[] = []
    try {
      await browser.setStorage(seedAccounts(50, 200))
      for (let i = 0; i < POPUP_RUNS; i++) {
        popup.push(await popupFirstRender(browser, 50))
        emptyPage.push(await emptyPageLoaded(browser))
      }
      for (let i = 0; i < RUNS; i++) wake.push(await wakeAfterStop(browser))
    } finally {
      await browser.close()
    }

    const cpu = withExt.map((r) => r.cpuMs)
    const banner = withExt.map((r) => r.bannerAfterDclMs).filter((x): x is number => x !== null)
    const heapAdded = withExt.map((r, i) => (r.heapBytes - (baseline[i]?.heapBytes ?? r.heapBytes)) / 1024)
    const pageLines = [
      `content scripts, the most one page loads: ${pageGzip} B gzip (budget ${BUDGETS.gzipBytes} B)`,
      `  ${CONTENT_SCRIPT} (every facebook/instagram page): ${size.raw} B raw, ${size.gzip} B gzip`,
      `  ${BANNER_SCRIPT} (run by the background on pages with a banner to show): ${bannerSize.raw} B raw, ${bannerSize.gzip} B gzip`,
      `  ${ASSISTANT_SCRIPT} (Meta's form pages only): ${assistantSize.raw} B raw, ${assistantSize.gzip} B gzip`,
      `extension's own main-thread CPU, first ${WINDOW_MS / 1000} s, heavy feed, logged in: ${summary(cpu, 'ms')} (budget ${BUDGETS.cpuMs} ms)`,
      `  same with an empty content script (injection only): ${summary(baseline.map((r) => r.cpuMs), 'ms')}`,
      `  floor, a script that reads the cookie, sends one message and draws one line: ${summary(runs.floor.map((r) => r.cpuMs), 'ms')}`,
      `  logged out (reads the cookie, nothing to show): ${summary(loggedOut.map((r) => r.cpuMs), 'ms')}`,
      `  logged in, objection confirmed (the cookie and one message, nothing to show): ${summary(confirmed.map((r) => r.cpuMs), 'ms')}`,
      `banner after DOMContentLoaded: ${summary(banner, 'ms', 1)} (budget ${BUDGETS.bannerMs} ms)`,
      `JS heap added vs empty content script: ${summary(heapAdded, 'KiB', 0)}`,
      `secondary, whole-page ScriptDuration (noisy): with ${summary(withExt.map((r) => r.scriptDurationMs), 'ms', 1)}; empty ${summary(baseline.map((r) => r.scriptDurationMs), 'ms', 1)}`,
    ]
    const popupLines = [
      `popup first render, 50 accounts x 200 events: ${summary(popup, 'ms', 1)} (budget ${BUDGETS.popupMs} ms)`,
      `  an empty page of the extension, DOMContentLoaded (what any of its pages costs here now): ${summary(emptyPage, 'ms', 1)}`,
      `  the popup's own part, median above the empty page: ${(median(popup) - median(emptyPage)).toFixed(1)} ms`,
      `background answer after its worker was stopped: ${summary(wake, 'ms', 1)}`,
    ]
    console.log([...(ONLY_POPUP ? [] : pageLines), ...popupLines].join('\n'))

    const missed = [
      ...(ONLY_POPUP ? [] : pageBudgetsMissed(pageGzip, cpu, banner, withExt.length)),
      median(popup) >= BUDGETS.popupMs && 'popup first render',
    ].filter(Boolean)
    if (missed.length) console.log(`budgets missed: ${missed.join(', ')}`)
    if (CHECK && missed.length) process.exitCode = 1
  } finally {
    await server.close()
  }
}

function pageBudgetsMissed(gzipBytes: number, cpu: number[], banner: number[], runs: number): (string | false)[] {
  return [
    gzipBytes >= BUDGETS.gzipBytes && 'content script size',
    median(cpu) >= BUDGETS.cpuMs && 'extension CPU',
    (banner.length < runs || median(banner) >= BUDGETS.bannerMs) && 'banner time',
  ]
}

await main()
