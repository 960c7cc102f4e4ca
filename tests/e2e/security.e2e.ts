/**
 * Security of the built extension: permissions against an allow-list, a strict content security
 * policy, no eval and no remote code in what ships; nothing from a page or a pasted e-mail inserted
 * as HTML (script, HTML and 5 MB of text pasted); and no network request of the extension's own
 * while the whole journey runs (banner → "Object now" → Meta's form → popup → proof), which the
 * policy's connect-src refuses in the first place.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DIST_DIR, ExtensionBrowser, ROOT } from './harness'
import { useExtension } from './session'
import { FIXTURE_HOSTS } from './fixture-server'

const TARGETS = ['chrome', 'firefox'] as const
/**
 * help.meta.com, and no other host of meta.com: Meta may take the objection there as a privacy
 * request (facts.ts PRIVACY_REQUEST_PLACES); only the form assistant runs there, on its
 * privacy-request pages.
 */
const HOST_PERMISSIONS = ['https://facebook.com/*', 'https://*.facebook.com/*', 'https://instagram.com/*', 'https://*.instagram.com/*', 'https://help.meta.com/*']
/** scripting: only to run the extension's own form assistant file after in-page navigation to Meta's form. */
const ALLOWED_PERMISSIONS = ['storage', 'alarms', 'scripting']

type Manifest = Record<string, unknown> & {
  permissions?: string[]
  host_permissions?: string[]
  content_scripts?: { matches: string[]; js: string[] }[]
  content_security_policy?: { extension_pages?: string; sandbox?: string }
}
const manifestOf = (target: string): Manifest => JSON.parse(readFileSync(join(DIST_DIR, target, 'manifest.json'), 'utf8'))

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesOf(join(dir, entry.name)) : [join(dir, entry.name)]))
}
const shipped = (target: string, ext: RegExp) => filesOf(join(DIST_DIR, target)).filter((f) => ext.test(f))

describe.each(TARGETS)('the built %s extension', (target) => {
  const manifest = manifestOf(target)

  it('asks only for allowed permissions and exactly the four facebook/instagram host patterns and help.meta.com', () => {
    expect(manifest.permissions).toEqual(ALLOWED_PERMISSIONS)
    expect(manifest.host_permissions).toEqual(HOST_PERMISSIONS)
    for (const key of ['optional_permissions', 'optional_host_permissions', 'web_accessible_resources', 'externally_connectable', 'sandbox', 'update_url', 'oauth2', 'key']) {
      expect(manifest, key).not.toHaveProperty(key)
    }
    // Every content script runs within the host permissions: the banner's everywhere on them, the
    // form assistant's on the paths of Meta's form pages only.
    const scripts = manifest.content_scripts ?? []
    expect(scripts.map((s) => s.js.length)).toEqual([1, 1])
    const covering = HOST_PERMISSIONS.map((p) => p.replace(/\*$/, ''))
    for (const script of scripts) for (const match of script.matches) expect(covering.some((prefix) => match.startsWith(prefix)), match).toBe(true)
    const assistantMatches = scripts.find((s) => s.js[0]!.includes('assistant'))?.matches ?? []
    expect(assistantMatches.every((m) => /^https:\/\/\*\.(facebook|instagram)\.com\/(contact|help\/contact|privacy\/policy|privacy\/center|policy)/.test(m) || m === 'https://help.meta.com/support/privacy*')).toBe(true)
    // On help.meta.com, only the assistant, only on the privacy-request pages.
    expect(scripts.flatMap((s) => s.matches).filter((m) => m.includes('meta.com'))).toEqual(['https://help.meta.com/support/privacy*'])
  })

  it('has a content security policy as strict as MV3 allows: own scripts only, no eval, no remote source', () => {
    const csp = manifest.content_security_policy
    expect(Object.keys(csp ?? {})).toEqual(['extension_pages'])
    const directives = new Map(
      (csp?.extension_pages ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    )
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('connect-src')).toEqual(["'self'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    for (const [name, values] of directives) {
      for (const value of values) {
        expect(value, `${name} ${value}`).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|^\*|^https?:|^wss?:|^data:|^blob:|^filesystem:|\./)
      }
    }
  })

  it('ships no eval, no Function constructor, no remote code and no network call in any script or page', () => {
    const scripts = shipped(target, /\.m?js$/)
    expect(scripts.length).toBeGreaterThan(2)
    const forbidden: [string, RegExp][] = [
      // zod's `new Function("")` probe (allowsEval) is not in the build: zod/mini never compiles schemas to code.
      ['eval', /(?<![\w$.])eval\s*\(/g],
      ['Function constructor', /new\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]/g],
      ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g],
      ['remote code', /\bimportScripts\s*\(|import\s*\(\s*["'`]https?:|document\.write\s*\(/g],
      ['network API', /XMLHttpRequest|new\s+WebSocket|sendBeacon|new\s+EventSource/g],
      // fetch only reads the extension's own files (its message catalogues).
      ['fetch beyond the extension', /\bfetch\s*\((?!\s*[\w$.]*runtime\.getURL\()/g],
    ]
    const findings = scripts.flatMap((file) => {
      const code = readFileSync(file, 'utf8')
      return forbidden.flatMap(([what, pattern]) => [...code.matchAll(pattern)].map((m) => `${relative(ROOT, file)}: ${what}: …${code.slice(Math.max(0, m.index - 40), m.index + 60)}…`))
    })
    expect(findings).toEqual([])
    for (const file of shipped(target, /\.html$/)) {
      const html = readFileSync(file, 'utf8')
      const sources = [...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!)
      for (const source of sources) expect(source, relative(ROOT, file)).not.toMatch(/^(?:[a-z]+:)?\/\//i)
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    }
  })

  it('never writes HTML: the content script has no innerHTML at all, the popup only preact’s dangerouslySetInnerHTML branch, which no source uses', () => {
    const [content] = (manifest.content_scripts ?? []).flatMap((s) => s.js)
    const contentCode = readFileSync(join(DIST_DIR, target, content!), 'utf8')
    expect(contentCode.match(/innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|DOMParser/g)).toBeNull()
    for (const file of shipped(target, /\.js$/)) {
      const code = readFileSync(file, 'utf8')
      for (const use of code.matchAll(/.{0,80}(?:innerHTML|outerHTML|insertAdjacentHTML).{0,80}/g)) expect(use[0], relative(ROOT, file)).toMatch(/__html/)
    }
    for (const file of filesOf(join(ROOT, 'src'))) expect(readFileSync(file, 'utf8'), relative(ROOT, file)).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/)
  })
})

const ext = useExtension()

describe('the content security policy in the running extension', () => {
  // DevTools evaluation is exempt from the policy, so each attempt is code the page itself runs later:
  // a string timer (eval), an inline script and a remote script.
  it('refuses eval, inline and remote scripts in the popup, and reports each violation', async () => {
    const popup = await ext.browser.openPopup()
    const outcome = await popup.evaluate(async () => {
      const violations = new Set<string>()
      document.addEventListener('securitypolicyviolation', (e) => violations.add(`${e.effectiveDirective} ${e.blockedURI}`))
      const ran: string[] = []
      Object.assign(window, { ran })
      // eslint-disable-next-line no-implied-eval -- on purpose: the policy must refuse it
      setTimeout('window.ran.push("eval")', 0)
      const inline = document.createElement('script')
      inline.textContent = 'window.ran.push("inline")'
      const remote = document.createElement('script')
      remote.src = 'https://www.example.org/remote.js'
      document.head.append(inline, remote)
      await new Promise((wait) => setTimeout(wait, 300))
      return { ran, violations: [...violations].sort() }
    })
    expect(outcome).toEqual({ ran: [], violations: ['script-src eval', 'script-src-elem https://www.example.org/remote.js', 'script-src-elem inline'] })
    await popup.close()
  })

  it('refuses any connection beyond the extension from its pages and its worker: the no-network promise is the browser’s', async () => {
    const popup = await ext.browser.openPopup()
    const fromPopup = await popup.evaluate(async () => {
      const violations: string[] = []
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`))
      const tried = await Promise.all(
        ['https://www.example.org/beacon', 'https://www.facebook.com/'].map((url) => fetch(url, { mode: 'no-cors' }).then(() => 'sent', () => 'refused')),
      )
      const ownCatalogue = await fetch(chrome.runtime.getURL('_locales/de/messages.json')).then((r) => r.ok, () => false)
      await new Promise((wait) => setTimeout(wait, 100))
      return { tried, ownCatalogue, violations: violations.sort() }
    })
    expect(fromPopup).toEqual({
      tried: ['refused', 'refused'],
      ownCatalogue: true,
      violations: ['connect-src https://www.example.org/beacon', 'connect-src https://www.facebook.com/'],
    })
    await popup.close()
    const worker = await ext.browser.worker()
    const fromWorker = await worker.evaluate(() => fetch('https://www.example.org/', { mode: 'no-cors' }).then(() => 'sent', (e: unknown) => `refused: ${String(e)}`))
    expect(fromWorker).toMatch(/^refused/)
  })

  it('refuses eval in the service worker', async () => {
    const worker = await ext.browser.worker()
    const ran = await worker.evaluate(async () => {
      const ran: string[] = []
      Object.assign(globalThis, { ran })
      // eslint-disable-next-line no-implied-eval -- on purpose: the policy must refuse it
      setTimeout('globalThis.ran.push("eval")', 0)
      setTimeout(() => ran.push('function'), 0)
      await new Promise((wait) => setTimeout(wait, 300))
      return ran
    })
    expect(ran).toEqual(['function'])
  })
})

const HOSTILE_NAME = '<img src=x onerror="document.title=\'pwned\'">'
const HOSTILE_NOTE = '<script>document.title="pwned"</script><b>bold</b>'
const HOSTILE_MAIL = [
  `From: "${HOSTILE_NAME}" <notification@facebookmail.com>`,
  'To: <svg onload=alert(3)>',
  'Subject: <script>alert(2)</script><b>We received your objection</b>',
  'Date: Tue, 20 May 2025 09:00:00 +0000',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<html><body><img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script><iframe src="https://evil.example/"></iframe><b>bold</b></body></html>',
].join('\n')

/** Notes every element added to the page from now on, to prove none came from hostile text. */
const watchElements = (page: Page) =>
  page.evaluate(() => {
    const added: string[] = []
    Object.assign(window, { added })
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof Element) added.push(...[node, ...node.querySelectorAll('*')].filter((e) => !e.closest('[data-icon]')).map((e) => e.tagName))
    }).observe(document, { subtree: true, childList: true })
  })

/** Elements a hostile text would have created, found in the page or among those added. */
async function expectNoHostileElement(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')]
    const withHandler = all.filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).map((e) => e.tagName)
    const added = (window as unknown as { added?: string[] }).added ?? []
    return {
      withHandler,
      // The extension's own icons (data-icon: inline SVG in the popup, a data: image on the page); a hostile text has none.
      hostile: all.filter((e) => e.matches('img:not([data-icon]), iframe, object, embed, b, svg:not([data-icon])') || (e.tagName === 'SCRIPT' && !e.hasAttribute('src'))).map((e) => e.tagName),
      added: added.filter((t) => ['IMG', 'SCRIPT', 'IFRAME', 'SVG', 'B', 'OBJECT', 'EMBED'].includes(t.toUpperCase())),
      title: document.title,
    }
  })
  expect(found).toMatchObject({ withHandler: [], hostile: [], added: [] })
  expect(found.title).not.toBe('pwned')
}

describe('hostile text is never inserted as HTML', () => {
  const ID = '100066'
  const KEY = `account:facebook:${ID}`
  const row = (page: Page) => page.locator(`[data-testid="account-row"][data-platform="facebook"][data-account-id="${ID}"]`)

  it('shows a label and a note a page gave, containing HTML, as text in the banner and the popup', async () => {
    const at = new Date(Date.now() - 60_000).toISOString()
    await ext.browser.setStorage({
      [KEY]: { platform: 'facebook', accountId: ID, label: HOSTILE_NAME, createdAt: at, events: [{ type: 'submitted', at, note: HOSTILE_NOTE }], banner: { dismissed: false } },
    })
    await ext.browser.login('facebook', ID)
    const tab = await ext.browser.context.newPage()
    await tab.goto('https://www.facebook.com/')
    const banner = tab.locator('[data-testid="objection-banner"]')
    await banner.waitFor()
    const inBanner = await banner.evaluate((host) => ({
      text: host.shadowRoot?.textContent ?? '',
      // The extension's own icon is an <img> of a data: address (data-icon); a hostile text makes none.
      elements: [...(host.shadowRoot?.querySelectorAll('img:not([data-icon]), script, b, [onerror]') ?? [])].length,
    }))
    expect(inBanner.text).toContain(HOSTILE_NAME)
    expect(inBanner.elements).toBe(0)
    expect(await tab.title()).not.toBe('pwned')
    await tab.close()

    const popup = await ext.browser.openPopup()
    await watchElements(popup)
    await row(popup).locator('button').click()
    await expect.poll(() => popup.locator('body').textContent()).toContain(HOSTILE_NAME)
    await expectNoHostileElement(popup)
    await popup.close()
  })

  it('keeps a pasted e-mail full of script and HTML as text: in the preview, in storage and on the printable proof', async () => {
    const popup = await ext.browser.openPopup()
    await watchElements(popup)
    await row(popup).locator('button').click()
    await popup.getByTestId('record-confirmation').click()
    await popup.getByTestId('confirmation-input').fill(HOSTILE_MAIL)
    await popup.getByTestId('confirmation-preview').waitFor()
    expect(await popup.getByTestId('mail-from').textContent()).toContain('<img src=x onerror=')
    await expectNoHostileElement(popup)
    await popup.getByTestId('confirmation-save').click()
    await expect.poll(() => row(popup).getAttribute('data-status')).toBe('confirmed')
    await expectNoHostileElement(popup)
    const stored = (await ext.browser.storage())[KEY] as { events: { type: string; text?: string }[] }
    expect(stored.events.at(-1)).toMatchObject({ type: 'confirmation_recorded', text: HOSTILE_MAIL })
    await popup.close()

    const proof = await ext.browser.context.newPage()
    await proof.goto(`${ext.browser.url(ext.browser.manifest().action.default_popup)}?proof=${encodeURIComponent(`facebook:${ID}`)}`)
    await expect.poll(() => proof.locator('body').textContent()).toContain('<iframe src="https://evil.example/"></iframe>')
    await expectNoHostileElement(proof)
    await proof.close()
  })

  it('refuses 5 MB of text through the message API with a reason, and stores nothing', async () => {
    const popup = await ext.browser.openPopup()
    const before = await ext.browser.storage()
    const replies = await popup.evaluate((id) => {
      const huge = `<script>alert(1)</script>${'x'.repeat(5 * 1024 * 1024)}`
      const ref = { platform: 'facebook', accountId: id }
      return Promise.all([
        chrome.runtime.sendMessage({ type: 'popup/record-event', ...ref, event: { type: 'confirmation_recorded', receivedAt: '2025-05-20T09:00:00.000Z', text: huge } }),
        chrome.runtime.sendMessage({ type: 'popup/record-event', ...ref, event: { type: 'confirmation_recorded', receivedAt: '2025-05-20T09:00:00.000Z', subject: huge } }),
        chrome.runtime.sendMessage({ type: 'popup/update-account', ...ref, label: huge }),
      ])
    }, ID)
    expect(replies).toEqual([
      { type: 'error', code: 'bad_message', message: expect.stringMatching(/longer than 100000 characters/) },
      { type: 'error', code: 'bad_message', message: expect.any(String) },
      { type: 'error', code: 'bad_message', message: expect.any(String) },
    ])
    expect(await ext.browser.storage()).toEqual(before)
    await popup.close()
  })
})

describe('no network request of the extension’s own', () => {
  it('records every request of the whole journey: only the fixture sites are reached, and none by the extension', async () => {
    const journey = await ExtensionBrowser.launch(ext.server)
    const recorder = journey.recordRequests()
    const seenByServer = ext.server.requests.length
    try {
      // The worker starts again under the recorder, as after an idle stop or a browser start.
      await journey.stopServiceWorker()
      await journey.login('facebook', '100000000000001')
      await journey.login('instagram', '4242')
      const home = await journey.context.newPage()
      const said: string[] = []
      home.on('console', (m) => said.push(`${m.type()}: ${m.text()}`))
      await home.goto('https://www.facebook.com/')
      await home.getByTestId('banner-object-now').waitFor({ timeout: 20_000 }).catch(async (cause: unknown) => {
        const banner = await home.evaluate(() => {
          const host = document.querySelector('[data-testid="objection-banner"]')
          return host ? `status ${host.getAttribute('data-status')}, account ${host.getAttribute('data-account')}: ${host.shadowRoot?.textContent ?? ''}` : 'no banner host'
        })
        throw new Error(`no banner: ${banner}; console: ${said.join(' | ')}; storage: ${JSON.stringify(await journey.storage()).slice(0, 500)}`, { cause })
      })
      const [form] = await Promise.all([journey.context.waitForEvent('page'), home.getByTestId('banner-object-now').click()])
      await form.waitForLoadState()
      await form.locator('[data-testid="form-assistant"]').waitFor()
      await form.locator('input[type="email"]').fill('jane@example.org')
      await Promise.all([form.waitForURL(/1000000000000099/), form.locator('button[type="submit"]').click()])
      const instagram = await journey.context.newPage()
      await instagram.goto('https://www.instagram.com/')
      await instagram.getByTestId('banner-object-now').waitFor()

      const popup = await journey.openPopup()
      await popup.locator('[data-testid="account-row"][data-account-id="100000000000001"] button').click()
      await popup.getByTestId('record-confirmation').click()
      await popup.getByTestId('confirmation-file').setInputFiles(join(ROOT, 'tests/fixtures/mail/meta-confirmation.eml'))
      await popup.getByTestId('confirmation-preview').waitFor()
      await popup.getByTestId('confirmation-save').click()
      await popup.locator('[data-testid="proof"] > summary').click()
      const download = popup.waitForEvent('download')
      await popup.getByTestId('export-data').click()
      await download
      const [proof] = await Promise.all([journey.context.waitForEvent('page'), popup.getByTestId('print-proof').first().click()])
      await proof.waitForLoadState()
      await popup.waitForTimeout(500)

      const network = recorder.requests.filter((r) => /^(https?|wss?):/.test(r.url))
      expect(network.length).toBeGreaterThan(3)
      for (const { url } of network) expect(Object.keys(FIXTURE_HOSTS), url).toContain(new URL(url).hostname)
      const own = `chrome-extension://${journey.extensionId}/`
      expect(network.filter((r) => r.from.startsWith(own))).toEqual([])
      for (const { host } of ext.server.requests.slice(seenByServer)) expect(Object.keys(FIXTURE_HOSTS)).toContain(host)

      // Nor could the extension's worker make one if it tried: its policy (connect-src) refuses it
      // before any request leaves, so the recorder sees none.
      const worker = await journey.worker()
      expect(await worker.evaluate(() => fetch('https://www.example.org/', { mode: 'no-cors' }).then(() => 'sent', () => 'refused'))).toBe('refused')
      expect(recorder.requests.filter((r) => r.url.startsWith('https://www.example.org/'))).toEqual([])
    } finally {
      recorder.stop()
      await journey.close()
    }
  })
})
