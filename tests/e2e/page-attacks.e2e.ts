/**
 * The page against the user's proof: scripts run in the facebook page's own main world
 * (page.evaluate) try what the user can do (the banner's buttons, its date form, Meta's Send, a
 * switch of account), and each attack is followed by the same action through playwright's real
 * input, which must take effect: only the user's own input is recorded.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'

import { useExtension } from './session'

const ext = useExtension()

const BANNER = '[data-testid="objection-banner"]'
const FB = 'https://www.facebook.com/'

interface StoredAccount {
  events: { type: string; email?: string; objectedOn?: string }[]
  banner: { dismissed: boolean; snoozedUntil?: string }
}
const stored = async (id: string): Promise<StoredAccount | undefined> => (await ext.browser.storage())[`account:facebook:${id}`] as StoredAccount | undefined
const eventsOf = async (id: string): Promise<string[]> => ((await stored(id))?.events ?? []).map((e) => e.type)

async function open(url: string, id: string): Promise<Page> {
  await ext.browser.login('facebook', id)
  const page = await ext.browser.context.newPage()
  await page.goto(url)
  return page
}

/** Runs in the page's main world: clicks a banner button through the open shadow root, as a page script can. */
const pageClicks = (page: Page, testId: string) =>
  page.evaluate((id) => {
    const host = document.querySelector('[data-testid="objection-banner"]')
    host?.shadowRoot?.querySelector<HTMLElement>(`[data-testid="${id}"]`)?.click()
    return Boolean(host?.shadowRoot)
  }, testId)

describe('the banner counts only the user’s own clicks and keys', () => {
  it('ignores snooze and dismiss clicked by the page; the user’s own click on each takes effect', async () => {
    const id = '100000000000701'
    const page = await open(FB, id)
    await page.locator(BANNER).waitFor()
    expect(await pageClicks(page, 'banner-snooze')).toBe(true)
    expect(await pageClicks(page, 'banner-dismiss')).toBe(true)
    // The user's own click, after the page's: once it is stored, the page's would have been too.
    await page.getByTestId('banner-snooze').click()
    await expect.poll(async () => (await stored(id))?.banner.snoozedUntil).toBeTruthy()
    expect((await stored(id))?.banner.dismissed).toBe(false)
    await page.close()

    const again = await open(FB, '100000000000702')
    await again.locator(BANNER).waitFor()
    expect(await pageClicks(again, 'banner-dismiss')).toBe(true)
    expect(await pageClicks(again, 'banner-snooze')).toBe(true)
    await again.getByTestId('banner-dismiss').click()
    await expect.poll(async () => (await stored('100000000000702'))?.banner.dismissed).toBe(true)
    expect((await stored('100000000000702'))?.banner.snoozedUntil).toBeUndefined()
    await again.close()
  })

  it('records "I already objected" only from the user: not from the page’s click, its requestSubmit() or its click on Save', async () => {
    const id = '100000000000703'
    const page = await open(FB, id)
    await page.locator(BANNER).waitFor()
    // The page's click does not even open the question.
    await pageClicks(page, 'banner-already-done')
    expect(await page.getByTestId('banner-done-date').count()).toBe(0)
    await page.getByTestId('banner-already-done').click()
    await page.getByTestId('banner-done-date').waitFor()
    const attack = await page.evaluate(() => {
      const root = document.querySelector('[data-testid="objection-banner"]')!.shadowRoot!
      const form = root.querySelector('form')!
      const date = root.querySelector<HTMLInputElement>('[data-testid="banner-done-date"]')!
      date.value = '2025-06-01'
      // requestSubmit() fires a submit event the browser marks trusted.
      let trusted = false
      form.addEventListener('submit', (event) => (trusted = event.isTrusted), { once: true })
      form.requestSubmit()
      form.requestSubmit(root.querySelector<HTMLButtonElement>('[data-testid="banner-done-save"]'))
      root.querySelector<HTMLButtonElement>('[data-testid="banner-done-save"]')!.click()
      date.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
      return trusted
    })
    expect(attack, 'the submit event of requestSubmit() is trusted').toBe(true)
    await page.getByTestId('banner-done-date').fill('2025-06-02')
    await page.getByTestId('banner-done-save').click()
    await expect.poll(() => eventsOf(id)).toContain('marked_done')
    expect((await stored(id))?.events.filter((e) => e.type === 'marked_done')).toEqual([expect.objectContaining({ objectedOn: '2025-06-02' })])
    await page.close()
  })

  it('records the date the user confirms with Enter in the date field', async () => {
    const id = '100000000000704'
    const page = await open(FB, id)
    await page.locator(BANNER).waitFor()
    await page.getByTestId('banner-already-done').click()
    await page.getByTestId('banner-done-date').fill('2025-06-03')
    await page.getByTestId('banner-done-date').press('Enter')
    await expect.poll(async () => (await stored(id))?.events.find((e) => e.type === 'marked_done')?.objectedOn).toBe('2025-06-03')
    await page.close()
  })

  it('does not record "Object now" clicked by the page; the user’s click records form_opened', async () => {
    const id = '100000000000705'
    const page = await open(FB, id)
    await page.locator(BANNER).waitFor()
    const opened: Page[] = []
    ext.browser.context.on('page', (tab) => opened.push(tab))
    await pageClicks(page, 'banner-object-now')
    // The user's click on snooze comes after the page's click; once it is stored, the page's would have been.
    await page.getByTestId('banner-snooze').click()
    await expect.poll(async () => (await stored(id))?.banner.snoozedUntil).toBeTruthy()
    expect(await eventsOf(id)).toEqual([])
    expect(opened, 'the browser opens no tab for a click without the user').toEqual([])
    // The banner back (as the popup's "show banners again" does), for the user's own click on Object now.
    await ext.browser.setStorage({ [`account:facebook:${id}`]: { ...(await stored(id)), banner: { dismissed: false } } })
    await page.reload()
    const [form] = await Promise.all([ext.browser.context.waitForEvent('page'), page.getByTestId('banner-object-now').click()])
    await expect.poll(() => eventsOf(id)).toContain('form_opened')
    // One form_opened: the user's (the form page's own report of the same opening is one with it).
    expect((await eventsOf(id)).filter((type) => type === 'form_opened')).toHaveLength(1)
    await form.close()
    await page.close()
  })
})

describe('a submission on Meta’s form is recorded only from the user’s activation of Send', () => {
  it('ignores the page setting the address and clicking Send; records the user’s own click', async () => {
    const id = '100000000000706'
    const page = await open('https://www.facebook.com/help/contact/1000000000000001', id)
    await page.locator('[data-testid="form-assistant"]').waitFor()
    await expect.poll(() => eventsOf(id)).toEqual(['form_opened'])
    await page.evaluate(() => {
      const email = document.querySelector<HTMLInputElement>('input[type="email"]')!
      email.value = 'page@evil.example'
      email.dispatchEvent(new Event('input', { bubbles: true }))
      const send = document.querySelector<HTMLElement>('[data-send]')!
      send.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
      send.click()
    })
    // The fixture, as Meta's page does, shows its confirmation after the page's click.
    await page.getByText('Merci de nous avoir contactés').waitFor()
    await page.reload()
    await page.locator('[data-testid="form-assistant"]').waitFor()
    await page.locator('input[type="email"]').fill('jane@example.org')
    await page.locator('[data-send]').click()
    await expect.poll(() => eventsOf(id)).toContain('submitted')
    const submitted = (await stored(id))?.events.filter((e) => e.type === 'submitted')
    expect(submitted).toEqual([expect.objectContaining({ email: 'jane@example.org' })])
    await page.close()
  })

  it('ignores a fake form after history.pushState to a contact path on any page', async () => {
    const id = '100000000000707'
    const page = await open(FB, id)
    await page.locator(BANNER).waitFor()
    await page.evaluate(() => {
      history.pushState({}, '', '/help/contact/1000000000000001')
      const el = (tag: string, props: Record<string, string>, ...children: (Node | string)[]) => {
        const element = Object.assign(document.createElement(tag), props)
        element.append(...children)
        return element
      }
      const send = el('div', { role: 'button', tabIndex: '0' }, 'Send')
      send.setAttribute('data-send', '')
      send.setAttribute('role', 'button')
      const main = el('div', {}, el('h2', {}, 'Object to your information being used for AI at Meta'), el('label', { htmlFor: 'e' }, 'Email address'), el('input', { id: 'e', type: 'email' }), send)
      main.setAttribute('role', 'main')
      document.body.replaceChildren(main)
    })
    await page.locator('[data-testid="form-assistant"]').waitFor()
    await page.evaluate(() => {
      document.querySelector<HTMLInputElement>('#e')!.value = 'page@evil.example'
      document.querySelector<HTMLElement>('[data-send]')!.click()
    })
    // The user's own click on the same Send, with the address the user typed.
    await page.locator('#e').fill('jane@example.org')
    await page.locator('[data-send]').click()
    await expect.poll(() => eventsOf(id)).toContain('submitted')
    expect((await stored(id))?.events.filter((e) => e.type === 'submitted')).toEqual([expect.objectContaining({ email: 'jane@example.org' })])
    await page.close()
  })
})

/** The page's own script plants elements with these ids as soon as its document has a root, before anything of the extension draws. */
const plant = (page: Page, ids: string[]) =>
  page.addInitScript((planted) => {
    new MutationObserver((_, observer) => {
      if (!document.documentElement) return
      observer.disconnect()
      for (const id of planted) document.documentElement.append(Object.assign(document.createElement('div'), { id, className: 'planted' }))
    }).observe(document, { childList: true })
  }, ids)

describe('elements a page plants with the extension’s ids', () => {
  it('draws the banner beside a planted element with its host’s id, and never removes the planted one', async () => {
    const id = '100000000000708'
    await ext.browser.login('facebook', id)
    const page = await ext.browser.context.newPage()
    await plant(page, ['object-meta-ai-banner', 'object-meta-ai-form-assistant'])
    await page.goto(FB)
    await page.locator(BANNER).waitFor()
    expect(await page.locator(BANNER).getAttribute('data-status')).toBe('not_started')
    expect(await page.locator('.planted').count()).toBe(2)
    await page.getByTestId('banner-dismiss').click()
    await expect.poll(() => page.locator(BANNER).count()).toBe(0)
    expect(await page.locator('.planted').count()).toBe(2)
    await page.close()
  })

  it('shows the form assistant beside a planted element with its host’s id, and keeps the planted one', async () => {
    const id = '100000000000709'
    await ext.browser.login('facebook', id)
    const page = await ext.browser.context.newPage()
    await plant(page, ['object-meta-ai-form-assistant'])
    await page.goto('https://www.facebook.com/help/contact/1000000000000001')
    await page.locator('[data-testid="form-assistant"]').waitFor()
    expect(await page.locator('[data-testid="form-assistant"]').evaluate((host) => host.shadowRoot?.mode)).toBe('open')
    expect(await page.locator('.planted').count()).toBe(1)
    await page.close()
  })
})
