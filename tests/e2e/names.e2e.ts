/**
 * Named accounts: the user names an account in the popup (saved on Enter and on blur, through the
 * background), and the banner, the form assistant, the popup and the printable proof call it by
 * that name with its platform, the id after it.
 */
import { describe, expect, it } from 'vitest'

import { useExtension } from './session'

const ID = '100012345'
const KEY = `account:facebook:${ID}`

const ext = useExtension()

const labelOf = async (): Promise<string | undefined> => ((await ext.browser.storage())[KEY] as { label?: string } | undefined)?.label

describe('named accounts', () => {
  it('names an account in the popup, and every surface calls it by that name', async () => {
    await ext.browser.login('facebook', ID)
    const feed = await ext.browser.context.newPage()
    await feed.goto('https://www.facebook.com/')
    const banner = feed.locator('[data-testid="objection-banner"] .account')
    await expect.poll(() => banner.textContent()).toBe('Account: Facebook · id 100012345')

    const popup = await ext.browser.openPopup()
    const row = popup.locator(`[data-testid="account-row"][data-account-id="${ID}"]`)
    await row.locator('button').click()
    const input = popup.getByTestId('account-label-input')
    await input.fill('Jane')
    await input.press('Enter')
    await expect.poll(labelOf).toBe('Jane')
    await expect.poll(() => row.locator('.row-name').textContent()).toBe('Jane Facebook · id 100012345')
    // The banner of the open tab follows at once (the background pushes the change).
    await expect.poll(() => banner.textContent()).toBe('Account: Jane · Facebook · id 100012345')

    // Saved on blur too, trimmed.
    await input.fill('  Jane at work ')
    await input.press('Tab')
    await expect.poll(labelOf).toBe('Jane at work')
    // The popup redraws once the background answered: the stored label comes first.
    await expect.poll(() => popup.getByTestId('guide').locator('h2').first().textContent()).toContain('Jane at work')

    const form = await ext.browser.context.newPage()
    await form.goto('https://www.facebook.com/help/contact/6359191084165019')
    await expect.poll(() => form.locator('[data-testid="form-assistant"] section > p', { hasText: 'This objection is for' }).textContent()).toBe('This objection is for: Jane at work · Facebook · id 100012345')

    await popup.getByTestId('proof').locator('summary').click()
    const opened = ext.browser.context.waitForEvent('page')
    await popup.getByTestId('print-proof').first().click()
    const proof = await opened
    await proof.getByTestId('proof-page').locator('h1').waitFor()
    expect(await proof.locator('h1').textContent()).toContain('Jane at work')
    expect(await proof.getByTestId('proof-page').textContent()).toContain('id 100012345')

    // A name longer than 200 characters cannot be typed; an empty one takes the name away.
    await input.fill('')
    await input.press('Enter')
    await expect.poll(labelOf).toBeUndefined()
    await expect.poll(() => banner.textContent()).toBe('Account: Facebook · id 100012345')
  })
})
