/**
 * The confirmation e-mail as the user records it and as the proof prints it: a mail the parser
 * rejects clears the earlier one (Save disabled), a webmail copy gives its sender and time, a day
 * typed by hand stays a day, a mail dated before the submission asks first, warnings come above
 * the preview, and the printable proof shows the mail decoded on at most two A4 pages.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { ROOT } from './harness'
import { useExtension } from './session'
import { outlookMsg } from '../fixtures/mail/outlook-msg'

const MAIL = (name: string) => resolve(ROOT, 'tests/fixtures/mail', name)
const GOOD = 'From: Facebook <notification@facebookmail.com>\nDate: Tue, 20 May 2025 11:14:01 +0200\nSubject: We have received your objection\n\nHi Jane'

const ext = useExtension()

type Stored = { events: { type: string; [key: string]: unknown }[] }
const events = async (id: string) => ((await ext.browser.storage())[`account:facebook:${id}`] as Stored | undefined)?.events ?? []

/** A facebook account seen on the site, sent from the popup, with the recorder open. */
async function recorderFor(id: string): Promise<Page> {
  await ext.browser.login('facebook', id)
  const feed = await ext.browser.context.newPage()
  await feed.goto('https://www.facebook.com/')
  await expect.poll(async () => Object.keys(await ext.browser.storage())).toContain(`account:facebook:${id}`)
  await feed.close()
  const popup = await ext.browser.openPopup()
  await popup.locator(`[data-testid="account-row"][data-account-id="${id}"] button`).click()
  await expect.poll(() => popup.getByTestId('guide').getAttribute('data-account-id')).toBe(id)
  await popup.locator('[data-step="2"] summary').first().click()
  await popup.getByTestId('mark-sent').click()
  await popup.getByTestId('record-confirmation').click()
  return popup
}

describe('recording the confirmation e-mail', () => {
  it('a file the parser rejects, chosen after a good paste, clears it: the error shows and Save stays disabled', async () => {
    const popup = await recorderFor('2001')
    await popup.getByTestId('confirmation-input').fill(GOOD)
    await popup.getByTestId('sender-ok').waitFor()
    expect(await popup.getByTestId('confirmation-save').isEnabled()).toBe(true)

    const nested = `From: a@b.example\nContent-Type: multipart/mixed; boundary=b0\n\n${Array.from({ length: 300 }, (_, i) => `--b${i}\nContent-Type: multipart/mixed; boundary=b${i + 1}\n\n`).join('')}`
    await popup.getByTestId('confirmation-file').setInputFiles({ name: 'nested.eml', mimeType: 'message/rfc822', buffer: Buffer.from(nested) })
    const error = popup.getByTestId('confirmation-error')
    await error.waitFor()
    expect(await error.getAttribute('role')).toBe('alert')
    expect(await error.textContent()).toContain('could not be read')
    expect(await popup.getByTestId('confirmation-preview').count()).toBe(0)
    expect(await popup.getByTestId('confirmation-save').isDisabled()).toBe(true)
    expect((await events('2001')).map((e) => e.type)).toEqual(['submitted'])

    // A good input again: Save comes back, and saves that one.
    await popup.getByTestId('confirmation-file').setInputFiles(MAIL('gmail.eml'))
    await popup.getByTestId('sender-ok').waitFor()
    await popup.getByTestId('confirmation-save').click()
    await expect.poll(async () => (await events('2001')).at(-1)?.receivedAt).toBe('2025-05-20T00:14:05-07:00')
    await popup.close()
  })

  it('reads an Outlook .msg file: sender, exact time and subject', async () => {
    const popup = await recorderFor('2006')
    const msg = outlookMsg({
      subject: 'We’ve received your objection',
      senderName: 'Facebook',
      senderEmail: 'security@facebookmail.com',
      to: 'Jane Doe',
      body: 'Hi Jane,\r\nWe will honor your objection.',
      headers: 'Date: Tue, 20 May 2025 09:14:05 +0200\r\nFrom: Facebook <security@facebookmail.com>\r\n\r\n',
      sent: new Date('2025-05-20T07:14:05Z'),
    })
    await popup.getByTestId('confirmation-file').setInputFiles({ name: 'confirmation.msg', mimeType: 'application/vnd.ms-outlook', buffer: Buffer.from(msg) })
    await popup.getByTestId('sender-ok').waitFor()
    expect(await popup.getByTestId('mail-date').textContent()).toBe('May 20, 2025, 9:14:05 AM (UTC+02:00)')
    await popup.getByTestId('confirmation-save').click()
    await expect.poll(async () => (await events('2006')).at(-1)).toMatchObject({ receivedAt: '2025-05-20T09:14:05+02:00', subject: 'We’ve received your objection', senderIsMeta: true })
    await popup.close()
  })

  it('reads sender and time from a copy of the mail taken from Gmail’s page', async () => {
    const popup = await recorderFor('2002')
    const copy = ['We’ve received your objection', 'Inbox', '', 'Facebook <security@facebookmail.com>', 'Tue, May 20, 9:14 AM (4 days ago)', 'to me', '', 'Hi Jane, we will honor your objection.'].join('\n')
    await popup.getByTestId('confirmation-input').fill(copy)
    await popup.getByTestId('sender-ok').waitFor()
    expect(await popup.getByTestId('sender-warning').count()).toBe(0)
    expect(await popup.getByTestId('mail-date').textContent()).toMatch(/^May 20, 20\d\d, 9:14 AM$/)
    await popup.getByTestId('confirmation-save').click()
    await expect.poll(async () => String((await events('2002')).at(-1)?.receivedAt)).toMatch(/^20\d\d-05-20T09:14:00[+-]\d\d:\d\d$/)
    expect((await events('2002')).at(-1)).toMatchObject({ senderIsMeta: true, from: 'Facebook <security@facebookmail.com>' })
    await popup.close()
  })

  it('keeps a day typed by hand as a day, and shows it without a time', async () => {
    const popup = await recorderFor('2003')
    expect(await popup.getByTestId('confirmation-save').isDisabled()).toBe(true)
    const today = await popup.evaluate(() => new Date().toLocaleDateString('sv'))
    await popup.getByTestId('confirmation-date').fill(today)
    await popup.getByTestId('confirmation-save').click()
    await expect.poll(async () => (await events('2003')).at(-1)?.receivedOn).toBe(today)
    const summary = popup.getByTestId('done').getByTestId('confirmation-summary')
    await summary.waitFor()
    expect(await summary.textContent()).not.toMatch(/\d:\d\d/)
    await popup.close()
  })

  it('asks first about a mail dated before the objection was sent, and puts the warnings above the preview', async () => {
    const popup = await recorderFor('2004')
    await popup.getByTestId('confirmation-input').fill(GOOD.replace('notification@facebookmail.com', 'privacy@meta-objection-center.com'))
    const before = popup.getByTestId('confirmation-before-sent')
    const sender = popup.getByTestId('sender-warning')
    await before.waitFor()
    expect(await before.getAttribute('role')).toBe('alert')
    expect(await sender.getAttribute('role')).toBe('alert')
    expect(await sender.textContent()).toContain('meta-objection-center.com')
    expect(await sender.locator('.alert-icon').count()).toBe(1)
    // Both warnings come before the preview, so they are read before Save.
    const order = await popup.evaluate(() => {
      const at = (id: string) => document.querySelector(`[data-testid="${id}"]`)!
      const follows = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)
      return [follows(at('sender-warning'), at('confirmation-preview')), follows(at('confirmation-before-sent'), at('confirmation-preview'))]
    })
    expect(order).toEqual([true, true])
    expect(await popup.getByTestId('confirmation-save').textContent()).toBe('Save anyway')
    await popup.close()
  })

  it('prints the mail decoded, its source folded, on at most two A4 pages', async () => {
    const popup = await recorderFor('2005')
    await popup.getByTestId('confirmation-file').setInputFiles(MAIL('gmail.eml'))
    await popup.getByTestId('sender-ok').waitFor()
    await popup.getByTestId('confirmation-save').click()
    await popup.getByTestId('done').waitFor()
    const opened = ext.browser.context.waitForEvent('page')
    await popup.getByTestId('done-proof').click()
    const proof = await opened
    const text = proof.getByTestId('proof-mail-text')
    await text.waitFor()
    const decoded = await text.textContent()
    expect(decoded).toContain('We’ve reviewed your request and we will honor your objection. This means your request will be applied going forward.')
    expect(decoded).not.toContain('=E2=80=99')
    expect(decoded).not.toContain('Content-Transfer-Encoding')
    expect(await proof.getByTestId('proof-mail-date').textContent()).toBe('May 20, 2025, 12:14:05 AM (UTC-07:00)')
    const source = proof.getByTestId('proof-mail-source')
    expect(await source.textContent()).toBe(readFileSync(MAIL('gmail.eml'), 'utf8'))
    expect(await source.isVisible()).toBe(false)
    const pdf = await proof.pdf({ format: 'A4' })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
    expect(pages).toBeGreaterThanOrEqual(1)
    expect(pages).toBeLessThanOrEqual(2)
    await proof.close()
    await popup.close()
  })
})
