/**
 * Store readiness from the real built extension: the store and README screenshots (1280x800, in
 * docs/screenshots/), taken on the fixture pages; and Chrome's own verdict on chrome://extensions:
 * no install warning, manifest error or runtime error, with a build that has one shown to fail.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { EXTENSION_DIR, ExtensionBrowser, ROOT, startFixtureServer, type FixtureServer } from './harness'

const SHOTS = join(ROOT, 'docs', 'screenshots')
/** Fixed dates, so the screenshots change only when the extension does. */
const on = (day: string) => `${day}T10:00:00.000Z`

let server: FixtureServer

beforeAll(async () => {
  server = await startFixtureServer()
  mkdirSync(SHOTS, { recursive: true })
})
afterAll(async () => {
  await server?.close()
})

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file)
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

async function shoot(page: Page, name: string): Promise<void> {
  const file = join(SHOTS, name)
  await page.screenshot({ path: file, animations: 'disabled' })
  expect(pngSize(file)).toEqual({ width: 1280, height: 800 })
}

describe('store screenshots at 1280x800, from the built extension on the fixture pages', () => {
  let browser: ExtensionBrowser
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch(server, { lang: 'en' })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('the banner on facebook and on instagram', async () => {
    await browser.login('facebook', '100012345')
    await browser.login('instagram', '4242')
    for (const site of ['facebook', 'instagram']) {
      const page = await browser.context.newPage()
      await page.goto(`https://www.${site}.com/`)
      await page.getByTestId('banner-object-now').waitFor()
      await shoot(page, `banner-${site}.png`)
      await page.close()
    }
  })

  it('the form assistant beside Meta’s objection form', async () => {
    await browser.login('facebook', '100012345')
    await browser.setStorage({
      'account:facebook:100012345': {
        platform: 'facebook', accountId: '100012345', label: 'Jane', expectedEmail: 'jane@example.org', createdAt: on('2025-06-02'), events: [], banner: { dismissed: false },
      },
    })
    const page = await browser.context.newPage()
    await page.goto('https://www.facebook.com/help/contact/6359191084165019')
    await page.locator('#u_0_email').fill('jane@example.org')
    await page.locator('[data-testid="assistant-email"]').filter({ hasText: 'jane@example.org' }).waitFor()
    await shoot(page, 'form-assistant.png')
    await page.close()
  })

  it('the popup guide, as the toolbar popup shows it, centred on the page', async () => {
    await browser.setStorage({
      'account:facebook:100012345': {
        platform: 'facebook', accountId: '100012345', label: 'Jane', expectedEmail: 'jane@example.org', createdAt: on('2025-06-02'),
        events: [{ type: 'form_opened', at: on('2025-06-03') }], banner: { dismissed: false },
      },
      'account:instagram:4242': {
        platform: 'instagram', accountId: '4242', label: 'jane.doe', createdAt: on('2025-05-26'), banner: { dismissed: false },
        events: [
          { type: 'submitted', at: on('2025-05-26'), email: 'jane@example.org' },
          { type: 'confirmation_recorded', at: on('2025-05-27'), receivedAt: on('2025-05-27'), senderIsMeta: true, from: 'Instagram <security@mail.instagram.com>' },
        ],
      },
    })
    const popup = await browser.openPopup()
    await popup.locator('[data-testid="account-row"][data-account-id="100012345"] button').click()
    await expect.poll(() => popup.getByTestId('guide').getAttribute('data-account-id')).toBe('100012345')
    // The toolbar popup is at most 800x600: draw it that size, framed, in the middle of the page.
    await popup.evaluate(() => {
      const set = (el: HTMLElement, styles: Record<string, string>) => Object.entries(styles).forEach(([k, v]) => el.style.setProperty(k, v))
      set(document.documentElement, { background: '#c9ccd1', height: '100%', overflow: 'hidden' })
      set(document.body, {
        position: 'absolute', inset: '0', margin: 'auto', 'inline-size': '420px', 'block-size': '600px', overflow: 'hidden',
        'border-radius': '10px', 'box-shadow': '0 8px 32px rgba(0,0,0,.35)',
      })
    })
    await shoot(popup, 'popup-guide.png')
    await popup.close()
  })
})

interface ExtensionInfo {
  id: string
  installWarnings: string[]
  manifestErrors: { message: string }[]
  runtimeErrors: { message: string }[]
}

type DeveloperPrivate = {
  updateProfileConfiguration(c: { inDeveloperMode: boolean }): Promise<void>
  updateExtensionConfiguration(c: { extensionId: string; errorCollection: boolean }): Promise<void>
  reload(id: string, options: { failQuietly: boolean }): Promise<void>
  getExtensionsInfo(): Promise<ExtensionInfo[]>
}

/**
 * chrome://extensions as a developer uses it: Developer mode on, "Collect errors" on for the
 * extension, then "Reload", so the error console sees the build load (manifest warnings) and
 * everything it does after (runtime errors). Resolves once the reloaded service worker runs;
 * returns a reader of what the page then shows for the extension.
 */
async function reloadInDeveloperMode(browser: ExtensionBrowser): Promise<() => Promise<ExtensionInfo | undefined>> {
  const page = await browser.context.newPage()
  await page.goto('chrome://extensions/')
  const restarted = browser.context.waitForEvent('serviceworker', { timeout: 20_000 })
  await page.evaluate(async (id) => {
    const api = (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate
    await api.updateProfileConfiguration({ inDeveloperMode: true })
    await api.updateExtensionConfiguration({ extensionId: id, errorCollection: true })
    await api.reload(id, { failQuietly: true })
  }, browser.extensionId)
  await restarted
  return async () => {
    const infos = await page.evaluate(() => (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate.getExtensionsInfo())
    return infos.find((info) => info.id === browser.extensionId)
  }
}

/** Every warning and error chrome://extensions shows for the extension, one per line. */
const problems = (info: ExtensionInfo | undefined): string =>
  [...(info?.installWarnings ?? []), ...(info?.manifestErrors ?? []).map((e) => e.message), ...(info?.runtimeErrors ?? []).map((e) => e.message)].join('\n')

describe('chrome://extensions, in Developer mode', () => {
  it('shows no warning or error for the built extension, also after using it', async () => {
    const browser = await ExtensionBrowser.launch(server)
    try {
      const verdict = await reloadInDeveloperMode(browser)
      await browser.login('facebook', '100012345')
      const page = await browser.context.newPage()
      await page.goto('https://www.facebook.com/')
      await page.getByTestId('banner-object-now').waitFor()
      await (await browser.openPopup()).getByTestId('guide').waitFor()
      const info = await verdict()
      expect(info).toBeDefined()
      expect({ installWarnings: info!.installWarnings, manifestErrors: info!.manifestErrors, runtimeErrors: info!.runtimeErrors }).toEqual({
        installWarnings: [],
        manifestErrors: [],
        runtimeErrors: [],
      })
    } finally {
      await browser.close()
    }
  })

  it('does show a build’s manifest warning and a runtime error (the check can fail)', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'objection-bad-build-'))
    cpSync(EXTENSION_DIR, copy, { recursive: true })
    const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as Record<string, unknown>
    writeFileSync(join(copy, 'manifest.json'), JSON.stringify({ ...manifest, not_a_manifest_key: true }))
    const browser = await ExtensionBrowser.launch(server, { extensionDir: copy })
    try {
      const verdict = await reloadInDeveloperMode(browser)
      await (await browser.worker()).evaluate(() => setTimeout(() => { throw new Error('deliberate runtime error') }))
      await expect.poll(async () => problems(await verdict())).toMatch(/not_a_manifest_key[\s\S]*deliberate runtime error/)
    } finally {
      await browser.close()
      rmSync(copy, { recursive: true, force: true })
    }
  })
})
