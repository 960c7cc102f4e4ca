/**
 * The popup in real Chromium with the built extension: the whole guide for a facebook and an
 * instagram account, the confirmation e-mail from pasted text and from an .eml file, a non-Meta
 * sender, a 5 MB paste refused, and the 24-hour reminder badge driven by the alarm.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { ExtensionBrowser, ROOT } from './harness'
import { useExtension } from './session'

const MAIL = (name: string) => resolve(ROOT, 'tests/fixtures/mail', name)
const FB_ID = '100012345'
const IG_ID = '4242'
const HOUR = 60 * 60 * 1000

const ext = useExtension()

const row = (page: Page, platform: string, id: string) => page.locator(`[data-testid="account-row"][data-platform="${platform}"][data-account-id="${id}"]`)
const guide = (page: Page) => page.locator('[data-testid="guide"]')
type StoredEvent = { type: string; [key: string]: unknown }
async function storedEvents(platform: string, id: string): Promise<StoredEvent[]> {
  const account = (await ext.browser.storage())[`account:${platform}:${id}`] as { events: StoredEvent[] } | undefined
  return account?.events ?? []
}

/** Visits the site logged in, so the content script reports the account as a user's visit would. */
async function visit(platform: 'facebook' | 'instagram', id: string): Promise<void> {
  await ext.browser.login(platform, id)
  const page = await ext.browser.context.newPage()
  await page.goto(`https://www.${platform}.com/`)
  await expect.poll(async () => Object.keys(await ext.browser.storage())).toContain(`account:${platform}:${id}`)
  await page.close()
}

/** Steps 1 to 4 of the guide for the selected account: open the form, store the e-mail, send. */
async function openAndSend(popup: Page, platform: string, id: string, email: string): Promise<void> {
  await row(popup, platform, id).locator('button').click()
  await expect.poll(() => guide(popup).getAttribute('data-account-id')).toBe(id)
  expect(await row(popup, platform, id).getAttribute('data-status')).toBe('not_started')

  const opened = ext.browser.context.waitForEvent('page')
  await guide(popup).locator('[data-testid="open-form"]').click()
  const formTab = await opened
  expect(formTab.url()).toMatch(platform === 'facebook' ? /^https:\/\/www\.facebook\.com\/help\/contact\/6359191084165019/ : /^https:\/\/help\.instagram\.com\/contact\/233964459562201/)
  await formTab.close()
  await expect.poll(() => row(popup, platform, id).getAttribute('data-status')).toBe('form_opened')

  await popup.getByTestId('expected-email').fill(email)
  await popup.getByTestId('expected-email').press('Enter')
  await expect.poll(async () => ((await ext.browser.storage())[`account:${platform}:${id}`] as { expectedEmail?: string }).expectedEmail).toBe(email)

  await popup.getByTestId('mark-sent').click()
  await expect.poll(() => row(popup, platform, id).getAttribute('data-status')).toBe('submitted')
  expect((await storedEvents(platform, id)).at(-1)).toMatchObject({ type: 'submitted', email })
  await popup.getByTestId('form-email').waitFor()
}

describe('the popup guide', () => {
  it('takes a facebook account from not started to confirmed, with the e-mail pasted as text', async () => {
    await visit('facebook', FB_ID)
    const popup = await ext.browser.openPopup()
    await openAndSend(popup, 'facebook', FB_ID, 'jane@example.org')

    await popup.getByTestId('record-confirmation').click()
    const pasted = [
      'From: Facebook <notification@facebookmail.com>',
      'To: jane@example.org',
      'Date: Tue, 20 May 2025 11:14:01 +0200',
      'Subject: We have received your objection',
      '',
      'Hi Jane, we will honor your objection. <script>alert(1)</script>',
    ].join('\n')
    await popup.getByTestId('confirmation-input').fill(pasted)
    await popup.getByTestId('sender-ok').waitFor()
    expect(await popup.getByTestId('mail-from').textContent()).toBe('Facebook <notification@facebookmail.com>')
    // The mail's own time, to the second with its offset; no day to type.
    expect(await popup.getByTestId('mail-date').textContent()).toBe('May 20, 2025, 11:14:01 AM (UTC+02:00)')
    expect(await popup.getByTestId('confirmation-date').count()).toBe(0)
    await popup.getByTestId('confirmation-save').click()

    await expect.poll(() => row(popup, 'facebook', FB_ID).getAttribute('data-status')).toBe('confirmed')
    const confirmation = (await storedEvents('facebook', FB_ID)).at(-1)
    expect(confirmation).toMatchObject({ type: 'confirmation_recorded', senderIsMeta: true, from: 'Facebook <notification@facebookmail.com>', subject: 'We have received your objection', text: pasted })
    expect(confirmation?.receivedAt).toBe('2025-05-20T11:14:01+02:00')
    expect(await guide(popup).locator('[data-step][data-done="true"]').count()).toBe(3)
    // Nothing of the mail ran as HTML.
    expect(await popup.locator('script:not([src])').count()).toBe(0)
    await popup.close()
  })

  it('takes an instagram account through the guide with the .eml file of the e-mail', async () => {
    await visit('instagram', IG_ID)
    const popup = await ext.browser.openPopup()
    await openAndSend(popup, 'instagram', IG_ID, 'jane.doe@example.org')

    await popup.getByTestId('record-confirmation').click()
    await popup.getByTestId('confirmation-file').setInputFiles(MAIL('meta-confirmation.eml'))
    await popup.getByTestId('sender-ok').waitFor()
    await popup.getByTestId('confirmation-save').click()

    await expect.poll(() => row(popup, 'instagram', IG_ID).getAttribute('data-status')).toBe('confirmed')
    const confirmation = (await storedEvents('instagram', IG_ID)).at(-1)
    expect(confirmation).toMatchObject({
      type: 'confirmation_recorded',
      senderIsMeta: true,
      from: 'Facebook <notification@facebookmail.com>',
      to: 'Jane Doe <jane.doe@example.org>',
      subject: 'We’ve received your objection',
      text: readFileSync(MAIL('meta-confirmation.eml'), 'utf8'),
    })
    await popup.close()
  })

  it('warns about a sender outside Meta’s mail domains and lets the user decide', async () => {
    const id = '100099'
    await visit('facebook', id)
    const popup = await ext.browser.openPopup()
    await row(popup, 'facebook', id).locator('button').click()
    // Sent without the popup's "open the form": step 2, folded until then, is unfolded first.
    await popup.locator('[data-step="2"] summary').first().click()
    await popup.getByTestId('mark-sent').click()
    await expect.poll(() => row(popup, 'facebook', id).getAttribute('data-status')).toBe('submitted')
    await popup.getByTestId('record-confirmation').click()
    await popup.getByTestId('confirmation-file').setInputFiles(MAIL('other-sender.eml'))
    const warning = popup.getByTestId('sender-warning')
    await warning.waitFor()
    expect(await warning.getAttribute('role')).toBe('alert')
    expect(await warning.textContent()).toContain('meta-objection-center.com')
    expect(await popup.getByTestId('confirmation-save').textContent()).toBe('Save anyway')
    // Cancelling records nothing…
    await popup.getByRole('button', { name: 'Cancel' }).click()
    expect((await storedEvents('facebook', id)).map((e) => e.type)).toEqual(['submitted'])
    // …saving anyway records it, marked as not from Meta.
    await popup.getByTestId('record-confirmation').click()
    await popup.getByTestId('confirmation-file').setInputFiles(MAIL('other-sender.eml'))
    await popup.getByTestId('sender-warning').waitFor()
    await popup.getByTestId('confirmation-save').click()
    await expect.poll(() => row(popup, 'facebook', id).getAttribute('data-status')).toBe('confirmed')
    expect((await storedEvents('facebook', id)).at(-1)).toMatchObject({ type: 'confirmation_recorded', senderIsMeta: false })
    await popup.close()
  })

  it('refuses a 5 MB paste with a message and changes nothing', async () => {
    const id = '100077'
    await visit('facebook', id)
    const popup = await ext.browser.openPopup()
    await row(popup, 'facebook', id).locator('button').click()
    // Sent without the popup's "open the form": step 2, folded until then, is unfolded first.
    await popup.locator('[data-step="2"] summary').first().click()
    await popup.getByTestId('mark-sent').click()
    await expect.poll(() => row(popup, 'facebook', id).getAttribute('data-status')).toBe('submitted')
    const before = await ext.browser.storage()

    await popup.getByTestId('record-confirmation').click()
    await popup.getByTestId('confirmation-input').fill(`From: Facebook <notification@facebookmail.com>\n\n${'x'.repeat(5 * 1024 * 1024)}`)
    const error = popup.getByTestId('confirmation-error')
    await error.waitFor()
    expect(await error.getAttribute('role')).toBe('alert')
    expect(await error.textContent()).toMatch(/too long.*Nothing was saved/)
    expect(await popup.getByTestId('confirmation-save').isDisabled()).toBe(true)
    expect(await ext.browser.storage()).toEqual(before)
    expect(await row(popup, 'facebook', id).getAttribute('data-status')).toBe('submitted')

    // Only the date it arrived is enough.
    await popup.getByTestId('confirmation-input').fill('')
    await popup.getByTestId('confirmation-date').fill('2025-05-21')
    await popup.getByTestId('confirmation-save').click()
    await expect.poll(() => row(popup, 'facebook', id).getAttribute('data-status')).toBe('confirmed')
    const recorded = (await storedEvents('facebook', id)).at(-1)
    expect(recorded).toMatchObject({ type: 'confirmation_recorded', receivedOn: '2025-05-21', receivedAt: '2025-05-21T12:00:00Z' })
    expect(recorded).not.toHaveProperty('text')
    await popup.close()
  })
})

describe('when Meta does not answer within a month', () => {
  it('explains how to complain, offering the user’s own authority and always Ireland’s', async () => {
    const id = '100044'
    const sentAt = new Date(Date.now() - 40 * 24 * HOUR).toISOString()
    await ext.browser.setStorage({
      [`account:facebook:${id}`]: { platform: 'facebook', accountId: id, createdAt: sentAt, events: [{ type: 'submitted', at: sentAt }], banner: { dismissed: false } },
    })
    const popup = await ext.browser.openPopup()
    await row(popup, 'facebook', id).locator('button').click()
    const complaint = popup.getByTestId('complaint')
    await complaint.waitFor()
    expect(await complaint.textContent()).toContain('within 1 month')
    const authorities = complaint.locator('[data-testid="authority"]')
    expect(await authorities.evaluateAll((els) => els.map((e) => e.getAttribute('data-country')))).toEqual(['ie'])
    await complaint.getByLabel('Your country').selectOption('fr')
    await expect.poll(() => authorities.evaluateAll((els) => els.map((e) => e.getAttribute('data-country')))).toEqual(['fr', 'ie'])
    expect(await authorities.first().getByRole('link').getAttribute('href')).toBe('https://www.cnil.fr/fr/plaintes')
    expect(await authorities.last().getByRole('link').getAttribute('href')).toBe('https://forms.dataprotection.ie/contact')
    await popup.close()
    const worker = await ext.browser.worker()
    await worker.evaluate((key) => chrome.storage.local.remove(key), `account:facebook:${id}`)
  })
})

describe('the reminder', () => {
  const REMINDED = '100055'
  it('shows the badge and asks in the popup after the 24-hour alarm fires, and again after a browser restart', async () => {
    const worker = await ext.browser.worker()
    const sentAt = new Date(Date.now() - 25 * HOUR).toISOString()
    await ext.browser.setStorage({
      [`account:facebook:${REMINDED}`]: {
        platform: 'facebook',
        accountId: REMINDED,
        createdAt: sentAt,
        events: [{ type: 'submitted', at: sentAt }],
        banner: { dismissed: false },
      },
    })
    // Written behind the extension's back: nothing recomputed the badge yet.
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('')
    await worker.evaluate(() => chrome.alarms.create('reminders', { when: Date.now() + 100 }))
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 5_000 }).toBe('1')
    // The next alarm is the end of Meta's month to answer.
    const next = await worker.evaluate(() => chrome.alarms.get('reminders'))
    expect(new Date(next!.scheduledTime).getUTCMonth()).toBe((new Date(sentAt).getUTCMonth() + 1) % 12)

    const popup = await ext.browser.openPopup()
    await row(popup, 'facebook', REMINDED).locator('button').click()
    await popup.getByTestId('reminder-ask').waitFor()
    await popup.close()

    await ext.browser.close(true)
    ext.browser = await ExtensionBrowser.launch(ext.server, { userDataDir: ext.browser.userDataDir })
    const restarted = await ext.browser.worker()
    await expect.poll(() => restarted.evaluate(() => chrome.action.getBadgeText({})), { timeout: 5_000 }).toBe('1')
    expect(await restarted.evaluate(() => chrome.alarms.get('reminders'))).toBeTruthy()

    // Recording the confirmation clears the badge.
    const again = await ext.browser.openPopup()
    await row(again, 'facebook', REMINDED).locator('button').click()
    await again.getByTestId('reminder-record').click()
    await again.getByTestId('confirmation-date').fill('2025-05-21')
    await again.getByTestId('confirmation-save').click()
    await expect.poll(() => restarted.evaluate(() => chrome.action.getBadgeText({}))).toBe('')
    await again.close()
  })

  it('marks the tab of an account that has not objected yet', async () => {
    await ext.browser.login('facebook', '100033')
    const page = await ext.browser.context.newPage()
    await page.goto('https://www.facebook.com/')
    await expect.poll(async () => Object.keys(await ext.browser.storage())).toContain('account:facebook:100033')
    const worker = await ext.browser.worker()
    const tabId = await worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({ url: 'https://www.facebook.com/*' })
      return tabs[0]?.id
    })
    expect(tabId).toBeTypeOf('number')
    await expect.poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId!)).toBe('!')
    await page.close()
  })
})

describe('the popup’s first request for its state', () => {
  /**
   * Records, in the popup's own window, each call it makes to the browser for its state and
   * whether the page was still being parsed then: the request starts with the query for the
   * active tab, made at once by the script that sends it.
   */
  const RECORD_CALLS = `
    window.__calls = [];
    const record = (api, name, describe) => {
      const original = api[name].bind(api);
      api[name] = (...args) => { window.__calls.push({ call: describe(args[0]), readyState: document.readyState }); return original(...args) };
    };
    record(chrome.tabs, 'query', () => 'tabs.query');
    record(chrome.runtime, 'sendMessage', (message) => message?.type);
  `
  const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: { call: string; readyState: string }[] }).__calls)

  it('is started once, while the page is still parsed, before its modules run; the printable proof sends none', async () => {
    await visit('facebook', '100044')
    const popup = await ext.browser.context.newPage()
    await popup.addInitScript(RECORD_CALLS)
    await popup.goto(ext.browser.url(ext.browser.manifest().action.default_popup))
    await row(popup, 'facebook', '100044').waitFor()
    const made = await calls(popup)
    expect(made.filter((c) => c.call === 'popup/get-state')).toHaveLength(1)
    // A module runs only once the page is parsed ("interactive"): the classic early script started it.
    expect(made.find((c) => c.call === 'tabs.query')).toEqual({ call: 'tabs.query', readyState: 'loading' })

    const proof = await ext.browser.context.newPage()
    await proof.addInitScript(RECORD_CALLS)
    await proof.goto(`${ext.browser.url(ext.browser.manifest().action.default_popup)}?proof=facebook%3A100044`)
    await proof.getByTestId('proof-page').waitFor()
    expect((await calls(proof)).map((c) => c.call)).toEqual(['popup/get-account'])
    await Promise.all([popup.close(), proof.close()])
  })
})
