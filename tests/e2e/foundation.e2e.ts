import { describe, expect, it } from 'vitest'
import { ExtensionBrowser } from './harness'
import { useExtension } from './session'

const ext = useExtension()

describe('the built extension in Chromium', () => {
  it('asks only for the permissions the mission needs and exposes no resource to pages', () => {
    const manifest = ext.browser.manifest() as unknown as Record<string, unknown>
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'scripting'])
    expect(manifest.host_permissions).toEqual(['https://facebook.com/*', 'https://*.facebook.com/*', 'https://instagram.com/*', 'https://*.instagram.com/*', 'https://help.meta.com/*'])
    expect(manifest).not.toHaveProperty('web_accessible_resources')
  })

  it('answers a valid message and rejects a malformed one', async () => {
    const popup = await ext.browser.openPopup()
    const valid = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'popup/get-state' }))
    expect(valid).toMatchObject({ type: 'state', accounts: [], quarantined: 0 })
    const malformed = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'popup/record-event', platform: 'myspace' }))
    expect(malformed).toMatchObject({ type: 'error', code: 'bad_message' })
    const notAnObject = await popup.evaluate(() => chrome.runtime.sendMessage('hello'))
    expect(notAnObject).toMatchObject({ type: 'error', code: 'bad_message' })
    await popup.close()
  })

  it('runs the content script on facebook and instagram with a logged-in account', async () => {
    await ext.browser.login('facebook', '100012345')
    await ext.browser.login('instagram', '4242')
    for (const [url, key] of [
      ['https://www.facebook.com/', 'account:facebook:100012345'],
      ['https://www.instagram.com/', 'account:instagram:4242'],
    ] as const) {
      const page = await ext.browser.context.newPage()
      await page.goto(url)
      await expect.poll(async () => Object.keys(await ext.browser.storage())).toContain(key)
      await page.locator('[data-testid="objection-banner"]').waitFor()
      expect(await page.locator('[data-testid="objection-banner"]').getAttribute('data-status')).toBe('not_started')
      await page.close()
    }
  })

  it('does nothing on another host', async () => {
    const before = Object.keys(await ext.browser.storage()).length
    const page = await ext.browser.context.newPage()
    await page.goto('https://www.example.org/')
    await page.waitForTimeout(500)
    expect(await page.locator('[data-testid="objection-banner"]').count()).toBe(0)
    expect(Object.keys(await ext.browser.storage()).length).toBe(before)
    await page.close()
  })

  it('keeps storage across a browser restart', async () => {
    const popup = await ext.browser.openPopup()
    const reply = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'popup/record-event', platform: 'facebook', accountId: '100012345', event: { type: 'submitted', email: 'jane@example.org' } }),
    )
    expect(reply).toEqual({ type: 'ok' })
    await popup.close()
    const before = await ext.browser.storage()
    await ext.browser.close(true)
    ext.browser = await ExtensionBrowser.launch(ext.server, { userDataDir: ext.browser.userDataDir })
    const after = await ext.browser.storage()
    expect(after['account:facebook:100012345']).toEqual(before['account:facebook:100012345'])
    const popupAgain = await ext.browser.openPopup()
    const row = popupAgain.locator('[data-testid="account-row"][data-platform="facebook"][data-account-id="100012345"]')
    await expect.poll(() => row.getAttribute('data-status')).toBe('submitted')
    expect(await row.locator('[data-testid="account-status"]').textContent()).toBe('Sent, waiting for confirmation')
  })
})
