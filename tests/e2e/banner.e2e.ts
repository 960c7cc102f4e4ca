import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'

import { useExtension } from './session'

const BANNER = '[data-testid="objection-banner"]'
const FB = 'https://www.facebook.com/'
const IG = 'https://www.instagram.com/'

const ext = useExtension({ each: true })

async function open(url: string): Promise<Page> {
  const page = await ext.browser.context.newPage()
  await page.goto(url)
  return page
}

const statusOf = (page: Page) => page.locator(BANNER).getAttribute('data-status')
const account = async (key: string) => (await ext.browser.storage())[`account:${key}`] as { events: { type: string }[]; banner: { dismissed: boolean; snoozedUntil?: string } }

/** Navigates inside the single-page app, as the sites do, without a page load. */
async function spaNavigate(page: Page, path: string) {
  await page.evaluate((p) => history.pushState({}, '', p), path)
}

describe('the deadline banner', () => {
  it('shows the deadline truthfully for a logged-in facebook account, in a labelled region', async () => {
    await ext.browser.login('facebook', '100012345')
    const page = await open(FB)
    const banner = page.locator(BANNER)
    await banner.waitFor()
    expect(await statusOf(page)).toBe('not_started')
    const region = page.getByRole('region', { name: 'Objection to Meta AI training' })
    await expect.poll(() => region.count()).toBe(1)
    const text = (await region.textContent()) ?? ''
    expect(text).toContain('May 27, 2025')
    expect(text).toMatch(/\d+ years? ago|last year/)
    expect(text).toContain('Objecting now keeps what you post from now on out of that training')
    expect(text).not.toMatch(/too late/i)
    expect(text).toContain('Facebook · id 100012345')
  })

  it('shows on instagram too, and not when logged out', async () => {
    await ext.browser.login('instagram', '4242')
    const page = await open(IG)
    await page.locator(BANNER).waitFor()
    expect(await page.locator(BANNER).getAttribute('data-account')).toBe('instagram:4242')
    const loggedOut = await open(FB)
    await loggedOut.waitForTimeout(700)
    expect(await loggedOut.locator(BANNER).count()).toBe(0)
    expect(Object.keys(await ext.browser.storage()).filter((k) => k.startsWith('account:facebook'))).toEqual([])
  })

  it('shows nothing for an account whose objection is confirmed', async () => {
    await ext.browser.setStorage({
      'account:facebook:777': {
        platform: 'facebook', accountId: '777', createdAt: '2025-05-01T10:00:00.000Z', banner: { dismissed: false },
        events: [{ type: 'marked_done', at: '2025-05-01T10:00:00.000Z', objectedOn: '2025-05-01' }],
      },
    })
    await ext.browser.login('facebook', '777')
    const page = await open(FB)
    await page.waitForTimeout(700)
    expect(await page.locator(BANNER).count()).toBe(0)
  })

  it('"Object now" opens the objection form and records form_opened, kept across reloads', async () => {
    await ext.browser.login('facebook', '100012345')
    const page = await open(FB)
    const link = page.getByTestId('banner-object-now')
    expect(await link.getAttribute('href')).toBe('https://www.facebook.com/help/contact/6359191084165019')
    const [form] = await Promise.all([ext.browser.context.waitForEvent('page'), link.click()])
    expect(form.url()).toBe('https://www.facebook.com/help/contact/6359191084165019')
    await expect.poll(async () => (await account('facebook:100012345')).events.map((e) => e.type)).toEqual(['form_opened'])
    await page.reload()
    await page.locator(BANNER).waitFor({ state: 'attached' })
    await expect.poll(() => statusOf(page)).toBe('form_opened')
  })

  it('"I already objected" asks when, records it, and the banner goes for good', async () => {
    await ext.browser.login('facebook', '100012345')
    const page = await open(FB)
    await page.getByTestId('banner-already-done').click()
    const date = page.getByTestId('banner-done-date')
    await expect.poll(() => date.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true)
    await date.fill('2025-05-20')
    await page.getByTestId('banner-done-save').click()
    await expect.poll(() => page.locator(BANNER).count()).toBe(0)
    const stored = await account('facebook:100012345')
    expect(stored.events).toEqual([expect.objectContaining({ type: 'marked_done', objectedOn: '2025-05-20' })])
    await page.reload()
    await page.waitForTimeout(700)
    expect(await page.locator(BANNER).count()).toBe(0)
  })

  it('"Remind me later" hides it for 7 days for that account only', async () => {
    await ext.browser.login('facebook', '100012345')
    await ext.browser.login('instagram', '4242')
    const page = await open(FB)
    await page.getByTestId('banner-snooze').click()
    await expect.poll(() => page.locator(BANNER).count()).toBe(0)
    const until = Date.parse((await account('facebook:100012345')).banner.snoozedUntil ?? '')
    expect(until - Date.now()).toBeGreaterThan(6.9 * 86_400_000)
    expect(until - Date.now()).toBeLessThan(7.1 * 86_400_000)
    await page.reload()
    await page.waitForTimeout(700)
    expect(await page.locator(BANNER).count()).toBe(0)
    const other = await open(IG)
    await other.locator(BANNER).waitFor()
  })

  it('"Dismiss" hides it for that account across reloads', async () => {
    await ext.browser.login('facebook', '100012345')
    const page = await open(FB)
    await page.getByTestId('banner-dismiss').click()
    await expect.poll(() => page.locator(BANNER).count()).toBe(0)
    expect((await account('facebook:100012345')).banner.dismissed).toBe(true)
    await page.reload()
    await page.waitForTimeout(700)
    expect(await page.locator(BANNER).count()).toBe(0)
  })

  it('comes back without a reload when the popup shows a dismissed banner again, its drawing brought then', async () => {
    await ext.browser.login('facebook', '100012345')
    const page = await open(FB)
    await page.getByTestId('banner-dismiss').click()
    await expect.poll(() => page.locator(BANNER).count()).toBe(0)
    // A page that had no banner to show: the background never ran the drawing in it.
    await page.reload()
    await page.waitForTimeout(700)
    expect(await page.locator(BANNER).count()).toBe(0)
    const popup = await ext.browser.openPopup()
    const reply = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'popup/update-account', platform: 'facebook', accountId: '100012345', bannerDismissed: false }),
    )
    expect(reply).toEqual({ type: 'ok' })
    await page.locator(BANNER).waitFor({ timeout: 5000 })
    expect(await page.getByTestId('banner-object-now').count()).toBe(1)
  })

  it('follows in-page navigation: no duplicate, account switch, logout', async () => {
    await ext.browser.login('facebook', '100012345')
    const page = await open(FB)
    await page.locator(BANNER).waitFor()
    for (const path of ['/groups', '/marketplace', '/watch', '/']) await spaNavigate(page, path)
    await page.waitForTimeout(300)
    expect(await page.locator(BANNER).count()).toBe(1)

    await ext.browser.login('facebook', '200099')
    await spaNavigate(page, '/friends')
    await expect.poll(() => page.locator(BANNER).getAttribute('data-account')).toBe('facebook:200099')
    expect(await page.locator(BANNER).count()).toBe(1)

    await ext.browser.logout('facebook')
    await spaNavigate(page, '/login')
    await expect.poll(() => page.locator(BANNER).count()).toBe(0)
  })

  it('updates when the status changes in another tab or in the popup', async () => {
    await ext.browser.login('facebook', '100012345')
    const first = await open(FB)
    await first.locator(BANNER).waitFor()
    const popup = await ext.browser.openPopup()
    await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'popup/record-event', platform: 'facebook', accountId: '100012345', event: { type: 'submitted' } }),
    )
    await expect.poll(() => statusOf(first)).toBe('submitted')
    expect(await first.getByTestId('banner-object-now').count()).toBe(0)

    const second = await open(FB)
    await second.locator(BANNER).waitFor()
    await popup.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'popup/record-event', platform: 'facebook', accountId: '100012345',
        event: { type: 'confirmation_recorded', receivedAt: new Date().toISOString() },
      }),
    )
    await expect.poll(() => first.locator(BANNER).count()).toBe(0)
    await expect.poll(() => second.locator(BANNER).count()).toBe(0)
  })

  it('keeps the question the user is answering when its account changes elsewhere', async () => {
    await ext.browser.login('facebook', '100012345')
    const page = await open(FB)
    await page.getByTestId('banner-already-done').click()
    await page.getByTestId('banner-done-date').fill('2025-05-19')
    const popup = await ext.browser.openPopup()
    await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'popup/record-event', platform: 'facebook', accountId: '100012345', event: { type: 'form_opened' } }),
    )
    await expect.poll(() => statusOf(page)).toBe('form_opened')
    expect(await page.getByTestId('banner-done-date').inputValue()).toBe('2025-05-19')
    await page.getByTestId('banner-done-save').click()
    await expect.poll(() => page.locator(BANNER).count()).toBe(0)
  })

  it('is usable with the keyboard alone', async () => {
    await ext.browser.login('facebook', '100012345')
    const page = await open(FB)
    await page.locator(BANNER).waitFor()
    const focused = () => page.evaluate(() => {
      const host = document.querySelector('[data-testid="objection-banner"]')
      return host?.shadowRoot?.activeElement?.getAttribute('data-testid') ?? host?.shadowRoot?.activeElement?.tagName ?? null
    })
    // The banner comes last in the document: tab into it from the page's end.
    await page.locator('[role="article"]').last().evaluate((el) => { el.setAttribute('tabindex', '-1'); (el as HTMLElement).focus() })
    const seen: (string | null)[] = []
    for (let i = 0; i < 12 && !seen.includes('banner-dismiss'); i++) {
      await page.keyboard.press('Tab')
      seen.push(await focused())
    }
    expect(seen).toEqual(expect.arrayContaining(['banner-object-now', 'banner-already-done', 'banner-snooze', 'banner-dismiss']))
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator(BANNER).count()).toBe(0)
  })
})
