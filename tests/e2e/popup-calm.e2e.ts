/**
 * The calm popup at the toolbar's size (380 px wide): first run says why and what next and offers
 * the action; a selected account shows its next step only; a confirmed one shows "Done", its date
 * and its proof, the steps folded and no form button, and the whole popup fits 380×600.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'

import { useExtension } from './session'

const ID = '100012345'

const ext = useExtension()

async function popupAt380(): Promise<Page> {
  const popup = await ext.browser.openPopup()
  await popup.setViewportSize({ width: 380, height: 600 })
  return popup
}
/** The popup's own height: what the browser sizes its window to, at most 600 px. */
const height = (page: Page) => page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height))
const visible = (page: Page, testId: string) => page.getByTestId(testId).isVisible()

describe('the calm popup', () => {
  it('first run: says why and what next in two lines, then offers the action', async () => {
    const popup = await popupAt380()
    const first = popup.getByTestId('popup-no-accounts')
    await first.waitFor()
    expect(await first.locator('p').count()).toBe(2)
    expect(await first.locator('p').first().textContent()).toContain('You can object')
    expect(await popup.getByTestId('first-run-facebook').getAttribute('href')).toBe('https://www.facebook.com/')
    const h = await height(popup)
    console.log(`popup height at 380 px, first run: ${h} px`)
    expect(h).toBeLessThanOrEqual(600)
    await popup.close()
  })

  it('names each fact’s sources by their publisher, the preferred ones first, never "[1]"', async () => {
    const popup = await popupAt380()
    await popup.getByTestId('facts').locator('summary').click()
    const facts = popup.getByTestId('facts')
    await facts.locator('[data-testid="sources"]').first().waitFor()
    expect(await facts.textContent()).not.toMatch(/\[\d\]/)
    const dpc = facts.getByRole('link', { name: 'Irish Data Protection Commission, May 21, 2025' })
    expect(await dpc.getAttribute('href')).toBe('https://www.dataprotection.ie/en/news-media/latest-news/dpc-statement-meta-ai')
    // In each fact, no preferred source comes after one that is not.
    const orders = await facts.locator('[data-testid="sources"]').evaluateAll((lists) => lists.map((l) => [...l.querySelectorAll('a')].map((a) => a.dataset.primary)))
    for (const order of orders) expect(order.join(' ')).toMatch(/^(true ?)*(false ?)*$/)
    await popup.close()
  })

  it('shows the next step only, then "Done" with its date and proof, fitting 380×600 without scrolling', async () => {
    await ext.browser.login('facebook', ID)
    const feed = await ext.browser.context.newPage()
    await feed.goto('https://www.facebook.com/')
    await expect.poll(async () => Object.keys(await ext.browser.storage())).toContain(`account:facebook:${ID}`)
    await feed.close()

    const popup = await popupAt380()
    const step = (n: number) => popup.locator(`[data-step="${n}"] > details`)
    await popup.getByTestId('guide').waitFor()
    // Next step only: step 1 open, the others folded.
    expect(await step(1).getAttribute('open')).toBe('')
    expect(await step(2).getAttribute('open')).toBeNull()
    expect(await visible(popup, 'mark-sent')).toBe(false)

    const opened = ext.browser.context.waitForEvent('page')
    await popup.getByTestId('open-form').click()
    await (await opened).close()
    await expect.poll(() => step(2).getAttribute('open')).toBe('')
    await expect.poll(() => step(1).getAttribute('open')).toBeNull()
    await popup.getByTestId('mark-sent').click()
    await expect.poll(() => step(3).getAttribute('open')).toBe('')

    await popup.getByTestId('record-confirmation').click()
    await popup.getByTestId('confirmation-input').fill('From: Facebook <notification@facebookmail.com>\nDate: Tue, 20 May 2025 09:14:05 +0200\nSubject: We received your objection\n\nHi')
    await popup.getByTestId('sender-ok').waitFor()
    await popup.getByTestId('confirmation-save').click()

    const done = popup.getByTestId('done')
    await done.waitFor()
    expect(await done.textContent()).toContain('Done')
    expect(await done.getByTestId('confirmation-summary').textContent()).toContain('2025')
    expect(await done.getByTestId('done-proof').getAttribute('href')).toContain(`?proof=${encodeURIComponent(`facebook:${ID}`)}`)
    // The steps are folded away, and there is no form button.
    expect(await popup.getByTestId('guide-steps').getAttribute('open')).toBeNull()
    expect(await popup.getByTestId('open-form').count()).toBe(0)
    const h = await height(popup)
    console.log(`popup height at 380 px, one confirmed account: ${h} px`)
    expect(h).toBeLessThanOrEqual(600)
    await popup.close()
  })
  it('offers in one click to keep the address Meta’s form showed, when none is saved for the account', async () => {
    await ext.browser.login('facebook', '3101')
    const form = await ext.browser.context.newPage()
    await form.goto('https://www.facebook.com/help/contact/6359191084165019')
    await form.getByLabel('Email address').fill('jane@example.org')
    await form.locator('[data-testid="form-assistant"] [data-testid="assistant-email"]').filter({ hasText: 'jane@example.org' }).waitFor()
    await form.getByRole('button', { name: 'Send' }).click()
    const stored = async () => (await ext.browser.storage())['account:facebook:3101'] as { expectedEmail?: string; events: { type: string; email?: string }[] } | undefined
    await expect.poll(async () => (await stored())?.events.at(-1)).toMatchObject({ type: 'submitted', email: 'jane@example.org' })
    await form.close()

    const popup = await popupAt380()
    await popup.locator('[data-testid="account-row"][data-account-id="3101"] button').click()
    const keep = popup.getByTestId('save-form-email')
    expect(await keep.textContent()).toBe('Keep jane@example.org as this account\'s address')
    await keep.click()
    await expect.poll(async () => (await stored())?.expectedEmail).toBe('jane@example.org')
    await expect.poll(() => keep.count()).toBe(0)
    // The guide's "check the e-mail" step follows the address kept, in the popup still open.
    await expect.poll(() => popup.getByTestId('expected-email').inputValue()).toBe('jane@example.org')
    await popup.close()
  })
})
