/**
 * Storage that cannot take what the extension would write, in real Chromium: a newer version's
 * data (after a downgrade) is only read, and full storage leaves reading, export and deletion
 * working; the popup says which. And a page that makes up accounts gets only a few per hour.
 */
import { describe, expect, it } from 'vitest'

import { useExtension } from './session'

const ext = useExtension({ each: true })

const BANNER = '[data-testid="objection-banner"]'
const FB = 'https://www.facebook.com/'
const account = (id: string) => ({ platform: 'facebook', accountId: id, createdAt: '2025-05-01T10:00:00.000Z', events: [], banner: { dismissed: false } })

describe('storage of a newer version of the extension', () => {
  it('is only read: a visit creates no account, nothing is written, and the popup says read-only', async () => {
    const newer = { schemaVersion: 99, settings: {}, 'account:facebook:100000000000801': { ...account('100000000000801'), reminder: 'weekly' } }
    await ext.browser.setStorage(newer)
    // The store reads storage when the worker starts, as after the downgrade.
    await ext.browser.stopServiceWorker()
    await ext.browser.login('facebook', '100000000000802')
    const page = await ext.browser.context.newPage()
    await page.goto(FB)
    const popup = await ext.browser.openPopup()
    await popup.getByTestId('storage-notice').waitFor()
    expect(await popup.getByTestId('storage-notice').getAttribute('data-condition')).toBe('read_only')
    expect(await popup.getByTestId('storage-notice').textContent()).toMatch(/newer version/)
    expect(await page.locator(BANNER).count()).toBe(0)
    expect(await ext.browser.storage()).toEqual(newer)
  })
})

describe('full storage', () => {
  it('tells the user storage is full when a click cannot be recorded, and export and deletion still work', async () => {
    const ID = '100000000000803'
    await ext.browser.setStorage({ [`account:facebook:${ID}`]: account(ID) })
    await ext.browser.login('facebook', ID)
    const page = await ext.browser.context.newPage()
    await page.goto(FB)
    await page.locator(BANNER).waitFor()
    // Fill storage.local to its quota (10 MiB), as forged submissions once did.
    const worker = await ext.browser.worker()
    const filled = await worker.evaluate(async () => {
      let size = 10 * 1024 * 1024
      for (let step = 64 * 1024; step >= 16; step = Math.floor(step / 2)) {
        while (await chrome.storage.local.set({ filler: 'x'.repeat(size) }).then(() => false, () => true)) size -= step
        size += step
      }
      return (await chrome.storage.local.getBytesInUse(null)) > 10 * 1024 * 1024 - 1024
    })
    expect(filled).toBe(true)
    await page.getByTestId('banner-snooze').click()
    const popup = await ext.browser.openPopup()
    await popup.getByTestId('storage-notice').waitFor()
    expect(await popup.getByTestId('storage-notice').getAttribute('data-condition')).toBe('full')
    expect(await popup.getByTestId('storage-notice').textContent()).toMatch(/Storage is full/)
    expect((await ext.browser.storage())[`account:facebook:${ID}`]).toEqual(account(ID))

    await popup.locator('[data-testid="proof"] > summary').click()
    const download = popup.waitForEvent('download')
    await popup.getByTestId('export-data').click()
    expect((await download).suggestedFilename()).toMatch(/\.json$/)

    await popup.locator('[data-testid="settings"] > summary').click()
    await popup.getByTestId('delete-all').click()
    await popup.getByTestId('confirm-delete').click()
    await expect.poll(() => popup.getByTestId('storage-notice').count()).toBe(0)
    expect(Object.keys(await ext.browser.storage()).filter((k) => k !== 'schemaVersion' && k !== 'settings')).toEqual([])
  })
})

describe('accounts at a person’s pace', () => {
  it('hears no visibilitychange the page dispatches, adds only a few accounts a tab makes up, and the popup says it refused some', async () => {
    await ext.browser.login('facebook', '100000000000810')
    const page = await ext.browser.context.newPage()
    await page.goto(FB)
    await page.locator(BANNER).waitFor()
    const keys = async () => Object.keys(await ext.browser.storage()).filter((k) => k.startsWith('account:'))
    // The page writes another account into its cookie and dispatches visibilitychange, 30 times.
    await page.evaluate(() => {
      for (let i = 0; i < 30; i++) {
        document.cookie = `c_user=${200000000000900 + i}; domain=.facebook.com; path=/; secure`
        document.dispatchEvent(new Event('visibilitychange'))
      }
    })
    // The user's own switch: logged out (the page's cookies go too), another account logged in, then a real navigation.
    await ext.browser.logout('facebook')
    await ext.browser.login('facebook', '100000000000811')
    await page.goto(FB)
    await expect.poll(keys).toContain('account:facebook:100000000000811')
    expect(await keys()).toEqual(expect.not.arrayContaining(['account:facebook:200000000000900']))
    expect((await keys()).filter((k) => k.startsWith('account:facebook:2'))).toEqual([])

    // In-page navigation is an event the browser fires: then the background's limit holds.
    await page.evaluate(async () => {
      for (let i = 0; i < 30; i++) {
        document.cookie = `c_user=${300000000000900 + i}; domain=.facebook.com; path=/; secure`
        history.pushState({}, '', `/?n=${i}`)
        await new Promise((next) => setTimeout(next, 30))
      }
    })
    const popup = await ext.browser.openPopup()
    await expect
      .poll(async () => {
        await popup.reload()
        return popup.getByTestId('accounts-refused').count()
      }, { timeout: 15_000 })
      .toBe(1)
    expect((await keys()).length).toBeLessThanOrEqual(3)
  })
})

describe('a stopped worker', () => {
  it('answers every message sent while it starts: two tabs, the popup and 20 events from an extension page, all at once', async () => {
    const ID = '100000000000820'
    await ext.browser.setStorage({ [`account:facebook:${ID}`]: account(ID) })
    await ext.browser.login('facebook', ID)
    await ext.browser.login('instagram', '820')
    const sender = await ext.browser.openPopup()
    await ext.browser.stopServiceWorker(sender)
    const [fb, ig] = await Promise.all([ext.browser.context.newPage(), ext.browser.context.newPage()])
    const [, , replies, popup] = await Promise.all([
      fb.goto(FB),
      ig.goto('https://www.instagram.com/'),
      sender.evaluate((id) =>
        Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            chrome.runtime.sendMessage({ type: 'popup/record-event', platform: 'facebook', accountId: id, event: { type: 'submitted', email: `n${i}@example.org` } }),
          ),
        ),
      ID),
      ext.browser.openPopup(),
    ])
    expect(replies).toEqual(Array.from({ length: 20 }, () => ({ type: 'ok' })))
    await fb.locator(BANNER).waitFor()
    await ig.locator(BANNER).waitFor()
    await popup.locator(`[data-testid="account-row"][data-account-id="${ID}"]`).waitFor()
    const events = ((await ext.browser.storage())[`account:facebook:${ID}`] as { events: unknown[] }).events
    expect(events).toHaveLength(20)
  })
})
