/**
 * The extension's own face and a banner that moves with the user: the banner's and the
 * assistant's headers carry the extension's icon (inline, nothing web-accessible) and name and say
 * they are not Meta's; after "Object now" the banner says the form is open and what to check;
 * after sending it thanks, says when the confirmation is expected, opens the popup to record it,
 * and "Remind me later" and "Dismiss" last across reloads.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'

import { useExtension } from './session'

const BANNER = '[data-testid="objection-banner"]'
const hook = (id: string) => `${BANNER} [data-testid="${id}"]`

const ext = useExtension({ each: true })

async function feed(id: string): Promise<Page> {
  await ext.browser.login('facebook', id)
  const page = await ext.browser.context.newPage()
  await page.goto('https://www.facebook.com/')
  await page.locator(BANNER).waitFor()
  return page
}

/** The user sends the objection, as the popup records it. */
async function send(id: string): Promise<void> {
  const popup = await ext.browser.openPopup()
  await popup.locator(`[data-testid="account-row"][data-account-id="${id}"] button`).click()
  await popup.locator('[data-step="2"] summary').first().click()
  await popup.getByTestId('mark-sent').click()
  await expect.poll(() => popup.locator(`[data-testid="account-row"][data-account-id="${id}"]`).getAttribute('data-status')).toBe('submitted')
  await popup.close()
}

const popupUrl = () => ext.browser.url(ext.browser.manifest().action.default_popup)

/** Open toolbar popups: the browser shows them as page targets at the popup's URL, outside Playwright's pages. */
async function popupTargets(page: Page): Promise<number> {
  const cdp = await ext.browser.context.newCDPSession(page)
  const { targetInfos } = await cdp.send('Target.getTargets')
  await cdp.detach()
  return targetInfos.filter((t) => t.type === 'page' && t.url.startsWith(popupUrl())).length
}

describe('the extension’s own face', () => {
  it('banner, assistant and popup carry the extension’s icon and name, and say they are not Meta’s', async () => {
    const page = await feed('3001')
    const head = page.locator(`${BANNER} .head`)
    expect(await head.locator('[role="heading"]').textContent()).toBe('Object to Meta AI')
    expect(await head.textContent()).toContain('Shown by this browser extension, not by Meta')
    // The icon is drawn from a data: address, not loaded from the package: nothing web-accessible to probe.
    const icon = head.locator('img.brand-icon')
    expect(await icon.count()).toBe(1)
    expect(await icon.getAttribute('src')).toMatch(/^data:image\/svg\+xml,/)
    await expect.poll(() => icon.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    expect(ext.browser.manifest()).not.toHaveProperty('web_accessible_resources')

    const form = await ext.browser.context.newPage()
    await form.goto('https://www.facebook.com/help/contact/6359191084165019')
    const panel = form.locator('[data-testid="form-assistant"] .head')
    await panel.waitFor()
    expect(await panel.locator('h2').textContent()).toBe('Object to Meta AI')
    expect(await panel.textContent()).toContain('not by Meta')
    expect(await panel.locator('img.brand-icon').count()).toBe(1)

    const popup = await ext.browser.openPopup()
    expect(await popup.locator('header.top svg.app-icon').count()).toBe(1)
  })
})

describe('a banner that moves with the user', () => {
  it('after "Object now" says the form is open and what to check there, also after a reload', async () => {
    const page = await feed('3002')
    const opened = ext.browser.context.waitForEvent('page')
    await page.locator(hook('banner-object-now')).click()
    await (await opened).close()
    const line = page.locator(hook('banner-opened'))
    await line.waitFor()
    expect(await line.textContent()).toContain('form is open in a new tab')
    expect(await line.textContent()).toContain('e-mail address')
    await page.reload()
    await page.locator(hook('banner-opened')).waitFor()
  })

  it('after sending thanks the user, says when the mail is expected, and opens the popup to record it', async () => {
    const page = await feed('3003')
    await send('3003')
    await expect.poll(() => page.locator(BANNER).getAttribute('data-status')).toBe('submitted')
    const text = (await page.locator(`${BANNER} .body`).textContent()) ?? ''
    expect(text).toContain('Thank you')
    expect(text).toContain('within minutes to a day')
    expect(text).toContain('Remind me later: hidden for 7 days')
    expect(text).toContain('Dismiss: not shown again for this account')

    // A click the page makes through the open shadow root opens nothing…
    await page.evaluate(() => {
      const host = document.querySelector('[data-testid="objection-banner"]')!
      ;(host.shadowRoot!.querySelector('[data-testid="banner-record"]') as HTMLElement).click()
    })
    await page.waitForTimeout(500)
    expect(await popupTargets(page)).toBe(0)
    // …the user's own click opens the toolbar popup (action.openPopup()).
    await page.locator(hook('banner-record')).click()
    await expect.poll(() => popupTargets(page)).toBe(1)
  })

  it('where the popup cannot open, "Record the confirmation" opens its page in a tab, on that account', async () => {
    const page = await feed('3006')
    await send('3006')
    // As in Firefox, where an extension may open its popup only from the toolbar's own user action.
    const worker = await ext.browser.worker()
    await worker.evaluate(() => {
      ;(chrome.action as { openPopup: () => Promise<void> }).openPopup = () => Promise.reject(new Error('not allowed here'))
    })
    const opened = ext.browser.context.waitForEvent('page')
    await page.locator(hook('banner-record')).click()
    const popup = await opened
    await popup.waitForLoadState()
    expect(popup.url()).toBe(`${popupUrl()}?account=${encodeURIComponent('facebook:3006')}`)
    await expect.poll(() => popup.getByTestId('guide').getAttribute('data-account-id')).toBe('3006')
    await popup.getByTestId('record-confirmation').waitFor()
  })

  for (const [control, testId, accountId] of [
    ['Dismiss', 'banner-dismiss', '3004'],
    ['Remind me later', 'banner-snooze', '3005'],
  ] as const) {
    it(`after sending, "${control}" lasts across reloads`, async () => {
      const page = await feed(accountId)
      await send(accountId)
      await page.locator(hook(testId)).waitFor()
      await page.locator(hook(testId)).click()
      await expect.poll(() => page.locator(BANNER).count()).toBe(0)
      await page.reload()
      await page.waitForTimeout(1000)
      expect(await page.locator(BANNER).count()).toBe(0)
    })
  }
})
