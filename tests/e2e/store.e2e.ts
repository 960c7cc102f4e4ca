/**
 * Store readiness from the real built extension: the store and README screenshots (1280x800, in
 * docs/screenshots/), taken on the fixture pages; and Chrome's own verdict on chrome://extensions:
 * no install warning, manifest error or runtime error, with a build that has one shown to fail.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { EXTENSION_DIR, ExtensionBrowser, ROOT } from './harness'
import { useExtension } from './session'

const SHOTS = join(ROOT, 'docs', 'screenshots')
const MAIL = 'From: Instagram <security@mail.instagram.com>\nTo: jane@example.org\nDate: Tue, 27 May 2025 09:14:05 +0200\nSubject: We’ve received your objection\n\nHi Jane,\nWe’ve reviewed your request and we will honor your objection.'

const server = useExtension({ serverOnly: true })
beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true })
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

/** The toolbar popup is 380 px wide and at most 600 px high: draw it that size, framed, in the middle of the page. */
async function framePopup(popup: Page): Promise<void> {
  await popup.evaluate(() => {
    const set = (el: HTMLElement, styles: Record<string, string>) => Object.entries(styles).forEach(([k, v]) => el.style.setProperty(k, v))
    set(document.documentElement, { background: '#c9ccd1', height: '100%', overflow: 'hidden' })
    set(document.body, {
      position: 'absolute', inset: '0', margin: 'auto', 'inline-size': '380px', 'min-inline-size': '380px', 'block-size': '600px', overflow: 'hidden',
      'border-radius': '10px', 'box-shadow': '0 8px 32px rgba(0,0,0,.35)',
    })
  })
}

/**
 * Every state shown is one a user reaches through the UI: logged in on the sites, the accounts
 * named and the address saved in the popup, the form opened from the banner, the confirmation
 * recorded by pasting the mail. Nothing is written into storage directly.
 */
describe('store screenshots at 1280x800, from the built extension on the fixture pages', () => {
  const shots = useExtension({ lang: 'en' })

  const row = (popup: Page, id: string) => popup.locator(`[data-testid="account-row"][data-account-id="${id}"] button`)
  async function name(id: string, label: string): Promise<void> {
    const popup = await shots.browser.openPopup()
    await row(popup, id).click()
    await expect.poll(() => popup.getByTestId('guide').getAttribute('data-account-id')).toBe(id)
    await popup.getByTestId('account-label-input').fill(label)
    await popup.getByTestId('account-label-input').press('Enter')
    await popup.getByText('Name saved.').waitFor()
    await popup.close()
  }

  it('the banner on facebook and on instagram', async () => {
    await shots.browser.login('facebook', '100012345')
    await shots.browser.login('instagram', '4242')
    for (const [site, id, label] of [['facebook', '100012345', 'Jane'], ['instagram', '4242', 'jane.doe']] as const) {
      const page = await shots.browser.context.newPage()
      await page.goto(`https://www.${site}.com/`)
      await page.getByTestId('banner-object-now').waitFor()
      await name(id, label)
      await expect.poll(() => page.locator('[data-testid="objection-banner"] .account').textContent()).toContain(label)
      await shoot(page, `banner-${site}.png`)
      await page.close()
    }
  })

  it('the form assistant beside Meta’s objection form, opened from the banner', async () => {
    const popup = await shots.browser.openPopup()
    await row(popup, '100012345').click()
    await popup.locator('[data-step="2"] summary').first().click()
    await popup.getByTestId('expected-email').fill('jane@example.org')
    await popup.getByTestId('expected-email').press('Enter')
    await expect.poll(async () => ((await shots.browser.storage())['account:facebook:100012345'] as { expectedEmail?: string }).expectedEmail).toBe('jane@example.org')
    await popup.close()

    const feed = await shots.browser.context.newPage()
    await feed.goto('https://www.facebook.com/')
    const opened = shots.browser.context.waitForEvent('page')
    await feed.getByTestId('banner-object-now').click()
    const form = await opened
    await form.locator('#u_0_email').fill('jane@example.org')
    await form.locator('[data-testid="assistant-email"]').filter({ hasText: 'jane@example.org' }).waitFor()
    await shoot(form, 'form-assistant.png')
    await form.close()
    await feed.close()
  })

  it('the popup: the next step of one account, and Done with its proof for the other', async () => {
    const popup = await shots.browser.openPopup()
    await row(popup, '4242').click()
    await expect.poll(() => popup.getByTestId('guide').getAttribute('data-account-id')).toBe('4242')
    await popup.locator('[data-step="2"] summary').first().click()
    await popup.getByTestId('mark-sent').click()
    await popup.getByTestId('record-confirmation').click()
    await popup.getByTestId('confirmation-input').fill(MAIL)
    await popup.getByTestId('sender-ok').waitFor()
    await popup.getByTestId('confirmation-save').click()
    await popup.getByTestId('done').waitFor()
    await framePopup(popup)
    await shoot(popup, 'popup-done.png')
    await popup.reload()
    await row(popup, '100012345').click()
    await expect.poll(() => popup.getByTestId('guide').getAttribute('data-account-id')).toBe('100012345')
    await framePopup(popup)
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
    const browser = await ExtensionBrowser.launch(server.server)
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
    const browser = await ExtensionBrowser.launch(server.server, { extensionDir: copy })
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
