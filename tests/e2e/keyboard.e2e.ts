/**
 * The whole journey with the keyboard only, in real Chromium with the built extension: Tab into
 * the banner on facebook, Enter on "Object now" (the form opens in a new tab), the form assistant
 * reached with Tab beside Meta's form, the form sent with Enter, then the popup: the confirmation
 * e-mail pasted and saved with Tab and Enter. No mouse click anywhere. At every Tab the focused
 * element (through open shadow roots) has a box on screen and a visible focus indicator, and Tab
 * always moves focus on: never trapped.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'

import { useExtension } from './session'

const ACCOUNT = '100000000000321'
const EMAIL = 'jane@example.org'
const MAIL = [
  'From: Facebook <notification@facebookmail.com>',
  `To: ${EMAIL}`,
  'Date: Tue, 20 May 2025 11:14:01 +0200',
  'Subject: We have received your objection',
  '',
  'Hi Jane, we will honor your objection.',
].join('\n')

const ext = useExtension()

interface Focused {
  /** `host-testid > tag[testid] "text"`, to name the element in a failure. */
  name: string
  testId: string | null
  /** The data-testid of the shadow host the element is in, if any. */
  host: string | null
  hasBox: boolean
  onScreen: boolean
  indicator: boolean
  /** Tab stops inside the element: a date input has one per field and its calendar button. */
  stops: number
}

/** The focused element, through open shadow roots, and whether it is visibly focused. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el = document.activeElement
    let host: Element | null = null
    while (el?.shadowRoot?.activeElement) {
      host = el
      el = el.shadowRoot.activeElement
    }
    if (!el || el === document.body || el === document.documentElement) return null
    const box = el.getBoundingClientRect()
    const style = getComputedStyle(el)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    const testId = el.getAttribute('data-testid')
    const hostId = host?.getAttribute('data-testid') ?? null
    return {
      name: `${hostId ? `${hostId} > ` : ''}${el.tagName.toLowerCase()}${testId ? `[${testId}]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      testId,
      host: hostId,
      hasBox: box.width > 0 && box.height > 0,
      onScreen: box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
      indicator: outline || style.boxShadow !== 'none',
      stops: el instanceof HTMLInputElement && el.type === 'date' ? 4 : 1,
    }
  })
}

/**
 * Presses Tab until the focused element matches `target`, checking every element focus lands on:
 * visible, with a focus indicator, and Tab moving on (the same element stays focused only for
 * its own inner stops, as a date input's fields and calendar button). Fails if `target` is not reached within `max`.
 */
async function tabTo(page: Page, target: (f: Focused) => boolean, max = 40): Promise<Focused> {
  let previous: string | null = null
  let repeats = 0
  const path: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const now = await focused(page)
    if (!now) {
      path.push('(page)')
      previous = null
      continue
    }
    path.push(now.name)
    expect(now.hasBox && now.onScreen, `${now.name} is focused but not visible`).toBe(true)
    expect(now.indicator, `${now.name} is focused without a visible focus indicator`).toBe(true)
    repeats = now.name === previous ? repeats + 1 : 0
    expect(repeats, `Tab did not move on from ${now.name}`).toBeLessThan(now.stops)
    if (target(now)) return now
    previous = now.name
  }
  throw new Error(`not reached with ${max} Tab presses; focus went: ${path.join(' → ')}`)
}

const eventsOf = async (): Promise<{ type: string; email?: string }[]> =>
  ((await ext.browser.storage())[`account:facebook:${ACCOUNT}`] as { events: { type: string }[] } | undefined)?.events ?? []

describe('the keyboard-only journey', () => {
  it('goes from the banner to the form to the recorded confirmation without a mouse, focus always visible and never trapped', async () => {
    await ext.browser.login('facebook', ACCOUNT)
    const feed = await ext.browser.context.newPage()
    await feed.goto('https://www.facebook.com/')
    await feed.getByTestId('banner-object-now').waitFor()

    // 1. The banner: Tab into it, Enter on "Object now": the form opens in a new tab.
    const objectNow = await tabTo(feed, (f) => f.testId === 'banner-object-now')
    expect(objectNow.host).toBe('objection-banner')
    const [form] = await Promise.all([ext.browser.context.waitForEvent('page'), feed.keyboard.press('Enter')])
    await form.waitForLoadState()
    expect(form.url()).toBe('https://www.facebook.com/help/contact/6359191084165019')
    await expect.poll(async () => (await eventsOf()).map((e) => e.type)).toEqual(['form_opened'])
    // Focus is not kept in the banner: Tab goes on past its last control.
    await tabTo(feed, (f) => f.host !== 'objection-banner')

    // 2. Meta's form, with the assistant beside it: the e-mail typed, the explanation inserted
    // from the assistant with Enter, then past the assistant (not trapped) and Send with Enter.
    await form.bringToFront()
    await form.getByTestId('assistant-highlight-email').waitFor()
    await tabTo(form, (f) => f.name.startsWith('input'))
    await form.keyboard.type(EMAIL)
    await form.locator('[data-testid="assistant-email"]').filter({ hasText: EMAIL }).waitFor()
    await tabTo(form, (f) => f.testId === 'assistant-insert-explanation')
    await form.keyboard.press('Enter')
    await expect.poll(() => form.locator('textarea').inputValue()).not.toBe('')
    await tabTo(form, (f) => f.host !== 'form-assistant')
    const send = await tabTo(form, (f) => f.name.startsWith('button') && f.host === null && f.name.includes('Send'))
    expect(send.name).toContain('Send')
    await Promise.all([form.waitForURL(/1000000000000099/), form.keyboard.press('Enter')])
    await expect.poll(async () => (await eventsOf()).at(-1)).toMatchObject({ type: 'submitted', email: EMAIL })

    // 3. The popup: Tab to "Record the confirmation", Enter; the text box has focus; paste the
    // e-mail, Tab to Save, Enter.
    const popup = await ext.browser.openPopup()
    await popup.bringToFront()
    await popup.getByTestId('guide').waitFor()
    await tabTo(popup, (f) => f.testId === 'record-confirmation', 80)
    await popup.keyboard.press('Enter')
    await expect.poll(async () => (await focused(popup))?.testId).toBe('confirmation-input')
    expect((await focused(popup))?.indicator).toBe(true)
    await popup.keyboard.insertText(MAIL)
    await popup.getByTestId('sender-ok').waitFor()
    await tabTo(popup, (f) => f.testId === 'confirmation-save')
    await popup.keyboard.press('Enter')
    await expect.poll(async () => (await eventsOf()).at(-1)?.type).toBe('confirmation_recorded')
    await expect.poll(() => popup.locator(`[data-testid="account-row"][data-account-id="${ACCOUNT}"]`).getAttribute('data-status')).toBe('confirmed')
    // Focus was not lost with the recorder gone: Tab still moves through the popup.
    await tabTo(popup, (f) => f.testId === 'settings' || f.name.startsWith('summary'), 80)
  })
})
