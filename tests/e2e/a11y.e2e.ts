/**
 * axe-core on the real pages of the built extension, in light and dark colour schemes: the popup
 * at every step of the guide (an account in each status, the reminder, the complaint guidance,
 * the confirmation recorder, the panels, the delete confirmation), the banner on facebook and
 * instagram, and the form assistant beside Meta's form; then the popup and the banner with the
 * browser in Arabic (right to left), German and Greek. Any violation fails the test with its id,
 * targets and help text.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useExtension } from './session'
import { axeViolations, describeViolations } from './axe'

const DAY = 86_400_000
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString()
const account = (accountId: string, events: unknown[], extra: Record<string, unknown> = {}) => ({
  [`account:facebook:${accountId}`]: { platform: 'facebook', accountId, createdAt: ago(60), events, banner: { dismissed: false }, ...extra },
})
/** One account in each status, and one whose objection went unanswered for over a month. */
const ACCOUNTS = {
  ...account('1001', [], { label: 'Jane' }),
  ...account('1002', [{ type: 'form_opened', at: ago(3) }], { expectedEmail: 'jane@example.org' }),
  ...account('1003', [{ type: 'form_opened', at: ago(3) }, { type: 'submitted', at: ago(2), email: 'jane@example.org' }], { expectedEmail: 'jane@example.org' }),
  ...account('1004', [
    { type: 'submitted', at: ago(5), email: 'jane@example.org' },
    { type: 'confirmation_recorded', at: ago(4), receivedAt: ago(4), senderIsMeta: true, from: 'Facebook <notification@facebookmail.com>', subject: 'We have received your objection', text: 'From: Facebook <notification@facebookmail.com>\n\nWe will honor your objection.' },
  ]),
  ...account('1005', [{ type: 'submitted', at: ago(40) }]),
}

const row = (page: Page, id: string) => page.locator(`[data-testid="account-row"][data-account-id="${id}"] button`)

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`accessibility (axe-core), ${colorScheme} colour scheme`, () => {
    /** Violations found so far in this test, by the step of the journey they were found at. */
    let found: string[]

    async function check(step: string, page: Page, include?: string[]): Promise<void> {
      const violations = await axeViolations(page, include)
      if (violations.length) found.push(`${step}:\n${describeViolations(violations)}`)
    }

    const ext = useExtension({ colorScheme })

    it('the popup has no violation at any step of the guide', async () => {
      found = []
      await ext.browser.setStorage(ACCOUNTS)
      const popup = await ext.browser.openPopup()
      await popup.getByTestId('guide').waitFor()
      expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark')
      // Each row says its platform once: the mark beside the text is decoration.
      const spoken = await row(popup, '1001').evaluate((button) => button.textContent!.replace(/\s+/g, ' ').trim())
      expect(spoken.match(/Facebook|Instagram/g)).toHaveLength(1)
      expect(await row(popup, '1001').locator('.platform-icon').getAttribute('aria-hidden')).toBe('true')

      for (const [id, status] of [['1001', 'not_started'], ['1002', 'form_opened'], ['1003', 'submitted'], ['1004', 'confirmed'], ['1005', 'submitted']] as const) {
        await row(popup, id).click()
        await expect.poll(() => popup.getByTestId('guide').getAttribute('data-account-id')).toBe(id)
        expect(await popup.locator(`[data-testid="account-row"][data-account-id="${id}"]`).getAttribute('data-status')).toBe(status)
        await check(`guide, account ${id} (${status})`, popup)
      }
      // The overdue account shows the complaint guidance; the two-day-old one the reminder.
      await popup.getByTestId('complaint').waitFor()
      await row(popup, '1003').click()
      await popup.getByTestId('reminder-ask').waitFor()

      await popup.getByTestId('record-confirmation').click()
      await popup.getByTestId('confirmation-input').fill('From: Facebook <notification@facebookmail.com>\nDate: Tue, 20 May 2025 11:14:01 +0200\nSubject: We have received your objection\n\nWe will honor your objection.')
      await popup.getByTestId('sender-ok').waitFor()
      await check('confirmation recorder, a Meta e-mail pasted', popup)
      await popup.getByTestId('confirmation-input').fill('From: Someone <a@meta-objection-center.com>\n\nHello')
      await popup.getByTestId('sender-warning').waitFor()
      await check('confirmation recorder, a sender outside Meta', popup)

      for (const panel of ['facts', 'third-party', 'proof', 'settings']) {
        await popup.locator(`[data-testid="${panel}"] > summary`).click()
        // A panel draws its contents once opened: wait for them, so that axe checks them.
        await popup.locator(`[data-testid="${panel}"] > :nth-child(2)`).waitFor()
      }
      await popup.getByTestId('delete-all').click()
      await popup.locator('[role="alertdialog"]').waitFor()
      await check('every panel open, with the delete confirmation', popup)

      expect(found.join('\n\n')).toBe('')
      await popup.close()
    })

    it('the printable proof page and the popup with nothing yet or with quarantined data have no violation', async () => {
      found = []
      await ext.browser.setStorage(ACCOUNTS)
      const proof = await ext.browser.context.newPage()
      await proof.goto(`${ext.browser.url(ext.browser.manifest().action.default_popup)}?proof=${encodeURIComponent('facebook:1004')}`)
      await proof.getByText('We will honor your objection.', { exact: false }).first().waitFor()
      await check('printable proof page', proof)
      await proof.close()

      const worker = await ext.browser.worker()
      await worker.evaluate(() => chrome.storage.local.clear())
      const empty = await ext.browser.openPopup()
      await empty.getByTestId('popup-no-accounts').waitFor()
      await check('popup without accounts', empty)
      await empty.close()

      // What a start found damaged and put aside (as the background does).
      const at = ago(0)
      await ext.browser.setStorage({ [`quarantine:${at}:account:facebook:9`]: { key: 'account:facebook:9', value: { accountId: 'not a number' }, reason: 'invalid', at } })
      const quarantined = await ext.browser.openPopup()
      await quarantined.getByTestId('popup-quarantine').waitFor()
      await check('popup with quarantined data', quarantined)
      await quarantined.close()
      await worker.evaluate(() => chrome.storage.local.clear())
      expect(found.join('\n\n')).toBe('')
    })

    it('the banner has no violation on facebook and on instagram', async () => {
      found = []
      await ext.browser.login('facebook', '2001')
      await ext.browser.login('instagram', '2002')
      for (const site of ['facebook', 'instagram']) {
        const page = await ext.browser.context.newPage()
        await page.goto(`https://www.${site}.com/`)
        await page.getByTestId('banner-object-now').waitFor()
        await check(`banner on ${site}`, page, ['[data-testid="objection-banner"]'])
        await page.getByTestId('banner-already-done').click()
        await page.getByTestId('banner-done-date').waitFor()
        await check(`banner on ${site}, asking when`, page, ['[data-testid="objection-banner"]'])
        await page.close()
      }
      // Sent, waiting for Meta's answer: the banner says so; and collapsed.
      const sentAt = ago(0)
      await ext.browser.setStorage({ 'account:facebook:2001': { platform: 'facebook', accountId: '2001', createdAt: sentAt, events: [{ type: 'submitted', at: sentAt }], banner: { dismissed: false } } })
      const page = await ext.browser.context.newPage()
      await page.goto('https://www.facebook.com/')
      await expect.poll(() => page.locator('[data-testid="objection-banner"]').getAttribute('data-status')).toBe('submitted')
      await check('banner for a sent objection', page, ['[data-testid="objection-banner"]'])
      await page.locator('[data-testid="objection-banner"] button[aria-expanded]').first().press('Enter')
      await expect.poll(() => page.locator('[data-testid="objection-banner"] button[aria-expanded]').first().getAttribute('aria-expanded')).toBe('false')
      await check('banner collapsed', page, ['[data-testid="objection-banner"]'])
      await page.close()
      expect(found.join('\n\n')).toBe('')
    })

    it('the check sees inside the shadow root: a faint text added to the banner is reported', async () => {
      await ext.browser.login('facebook', '2003')
      const page = await ext.browser.context.newPage()
      await page.goto('https://www.facebook.com/')
      await page.getByTestId('banner-object-now').waitFor()
      await page.evaluate((color) => {
        const pale = document.createElement('p')
        pale.textContent = 'Hard to read'
        pale.style.setProperty('color', color)
        document.querySelector('[data-testid="objection-banner"]')!.shadowRoot!.querySelector('.body')!.append(pale)
      }, colorScheme === 'dark' ? '#4a4b4c' : '#c8c8c8')
      const violations = await axeViolations(page, ['[data-testid="objection-banner"]'])
      expect(violations.map((v) => v.id)).toContain('color-contrast')
      expect(describeViolations(violations)).toMatch(/color-contrast .*\["#object-meta-ai-banner","p/)
      await page.close()
    })

    it('the form assistant has no violation beside Meta’s form', async () => {
      found = []
      await ext.browser.login('facebook', '2001')
      // The saved address differs from the one typed below: the assistant warns.
      await ext.browser.setStorage({ 'account:facebook:2001': { platform: 'facebook', accountId: '2001', createdAt: ago(1), expectedEmail: 'jane@example.org', events: [], banner: { dismissed: false } } })
      const page = await ext.browser.context.newPage()
      await page.goto('https://www.facebook.com/help/contact/6359191084165019')
      await page.getByTestId('assistant-highlight-email').waitFor()
      await check('form assistant', page, ['[data-testid="form-assistant"]'])
      await page.locator('input[type="email"]').first().fill('someone@example.org')
      await page.getByTestId('assistant-email').filter({ hasText: 'someone@example.org' }).waitFor()
      await check('form assistant, e-mail read, not the saved one', page, ['[data-testid="form-assistant"]'])
      await page.getByTestId('assistant-insert-explanation').press('Enter')
      await expect.poll(() => page.locator('textarea').first().inputValue()).not.toBe('')
      await check('form assistant, explanation inserted', page, ['[data-testid="form-assistant"]'])
      await page.close()
      // No address saved: the assistant offers to keep the one the form shows.
      await ext.browser.login('facebook', '2005')
      const keep = await ext.browser.context.newPage()
      await keep.goto('https://www.facebook.com/help/contact/6359191084165019')
      await keep.locator('input[type="email"]').first().fill('someone@example.org')
      await keep.getByTestId('assistant-keep-email').waitFor()
      await check('form assistant, an address to keep', keep, ['[data-testid="form-assistant"]'])
      expect(found.join('\n\n')).toBe('')
      await keep.close()
    })

    it('the form assistant\'s steps on help.meta.com, its account question and its way forward have no violation', async () => {
      found = []
      await ext.browser.setStorage({ 'account:instagram:2002': { platform: 'instagram', accountId: '2002', createdAt: ago(1), events: [], banner: { dismissed: false } } })
      const page = await ext.browser.context.newPage()
      await page.goto('https://help.meta.com/support/privacy/request-ar')
      await page.locator('[data-testid="form-assistant"] section').filter({ hasText: 'Facebook or Instagram' }).waitFor()
      await check('form assistant, the product to choose', page, ['[data-testid="form-assistant"]'])
      await page.getByRole('button', { name: 'Instagram' }).click()
      await page.getByTestId('assistant-which-account').waitFor()
      await check('form assistant, which account', page, ['[data-testid="form-assistant"]'])
      const fallback = await ext.browser.context.newPage()
      await fallback.goto('https://help.meta.com/support/privacy/unrecognised')
      await fallback.getByTestId('assistant-fallback').waitFor({ timeout: 10_000 })
      await check('form assistant, the way forward', fallback, ['[data-testid="form-assistant"]'])
      expect(found.join('\n\n')).toBe('')
      await page.close()
      await fallback.close()
    })
  })
}

for (const lang of ['ar', 'de', 'el'] as const) {
  describe(`accessibility (axe-core) with the browser in ${lang}`, () => {

    const ext = useExtension({ lang })

    // The popup is asserted to be in that language; the banner is checked in whichever language
    // it shows (its language follow-through has its own tests).
    it('the popup guide, the recorder and the panels in that language, and the banner, have no violation', async () => {
      const found: string[] = []
      const check = async (step: string, page: Page, include?: string[]) => {
        const violations = await axeViolations(page, include)
        if (violations.length) found.push(`${step}:\n${describeViolations(violations)}`)
      }
      await ext.browser.setStorage(ACCOUNTS)
      const popup = await ext.browser.openPopup()
      await row(popup, '1003').click()
      await expect.poll(() => popup.getByTestId('guide').getAttribute('data-account-id')).toBe('1003')
      expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${lang}`))
      await popup.getByTestId('record-confirmation').click()
      for (const panel of ['facts', 'third-party', 'proof', 'settings']) {
        await popup.locator(`[data-testid="${panel}"] > summary`).click()
        await popup.locator(`[data-testid="${panel}"] > :nth-child(2)`).waitFor()
      }
      await check(`popup (${lang})`, popup)
      await popup.close()

      await ext.browser.login('facebook', '2004')
      const page = await ext.browser.context.newPage()
      await page.goto('https://www.facebook.com/')
      await page.getByTestId('banner-object-now').waitFor()
      await check(`banner (${lang})`, page, ['[data-testid="objection-banner"]'])
      await page.close()
      expect(found.join('\n\n')).toBe('')
    })
  })
}
