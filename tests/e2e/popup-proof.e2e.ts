/**
 * The popup's proof and settings in real Chromium: export then import into a fresh profile gives
 * identical data (and importing twice changes nothing), a corrupted file is refused with nothing
 * changed, the printable page, linked accounts, banners settings and deletion with confirmation.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { ExtensionBrowser } from './harness'
import { useExtension } from './session'

const files = mkdtempSync(join(tmpdir(), 'objection-proof-'))

const FB = 'account:facebook:100012345'
const IG = 'account:instagram:4242'
const SEEDED = {
  [FB]: {
    platform: 'facebook',
    accountId: '100012345',
    label: 'Jane',
    expectedEmail: 'jane@example.org',
    createdAt: '2025-05-01T09:00:00.000Z',
    events: [
      { type: 'form_opened', at: '2025-05-01T09:01:00.000Z' },
      { type: 'submitted', at: '2025-05-01T09:05:00.000Z', email: 'jane@example.org' },
      {
        type: 'confirmation_recorded',
        at: '2025-05-02T08:00:00.000Z',
        receivedAt: '2025-05-02T07:30:00.000Z',
        from: 'Facebook <notification@facebookmail.com>',
        subject: 'We’ve received your objection',
        senderIsMeta: true,
        text: 'Hi Jane,\nWe will honor your objection. <b>not bold</b>',
      },
    ],
    banner: { dismissed: true },
  },
  [IG]: {
    platform: 'instagram',
    accountId: '4242',
    createdAt: '2025-05-01T09:10:00.000Z',
    events: [{ type: 'marked_done', at: '2025-05-03T10:00:00.000Z', objectedOn: '2025-04-20' }],
    banner: { dismissed: false, snoozedUntil: '2099-01-01T00:00:00.000Z' },
  },
}

const ext = useExtension()

const accountsOf = (storage: Record<string, unknown>) => Object.fromEntries(Object.entries(storage).filter(([k]) => k.startsWith('account:')))
const row = (page: Page, platform: string, id: string) => page.locator(`[data-testid="account-row"][data-platform="${platform}"][data-account-id="${id}"]`)

async function openPanel(popup: Page, testId: string): Promise<void> {
  const panel = popup.getByTestId(testId)
  if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click()
}

describe('proof export and import', () => {
  let exported = ''

  it('exports every account to a versioned JSON file', async () => {
    await ext.browser.setStorage(SEEDED)
    const popup = await ext.browser.openPopup()
    await row(popup, 'facebook', '100012345').waitFor()
    await openPanel(popup, 'proof')
    const downloading = popup.waitForEvent('download')
    await popup.getByTestId('export-data').click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^meta-ai-objection-proof-\d{4}-\d{2}-\d{2}\.json$/)
    exported = join(files, download.suggestedFilename())
    await download.saveAs(exported)
    const backup = JSON.parse(readFileSync(exported, 'utf8'))
    expect(backup).toMatchObject({ format: 'object-meta-ai-proof', version: 1 })
    expect(Object.fromEntries(backup.accounts.map((a: { platform: string; accountId: string }) => [`account:${a.platform}:${a.accountId}`, a]))).toEqual(SEEDED)
    await popup.close()
  })

  it('imports it into a fresh profile with identical data, and a second import changes nothing', async () => {
    const original = accountsOf(await ext.browser.storage())
    await ext.browser.close(true)
    const first = ext.browser
    ext.browser = await ExtensionBrowser.launch(ext.server)
    try {
      const popup = await ext.browser.openPopup()
      await popup.getByTestId('popup-no-accounts').waitFor()
      await openPanel(popup, 'proof')
      await popup.getByTestId('import-data').setInputFiles(exported)
      await popup.getByTestId('import-done').waitFor()
      expect(accountsOf(await ext.browser.storage())).toEqual(original)
      expect(await popup.locator('[data-testid="account-row"]').count()).toBe(2)

      await popup.getByTestId('import-data').setInputFiles(exported)
      await popup.getByTestId('import-done').waitFor()
      expect(accountsOf(await ext.browser.storage())).toEqual(original)
      await popup.close()
    } finally {
      await ext.browser.close()
      ext.browser = await ExtensionBrowser.launch(ext.server, { userDataDir: first.userDataDir })
    }
  })

  it('refuses a corrupted or foreign file with a clear error and changes nothing', async () => {
    const popup = await ext.browser.openPopup()
    await row(popup, 'facebook', '100012345').waitFor()
    await openPanel(popup, 'proof')
    const before = await ext.browser.storage()
    const cases: [string, string, RegExp][] = [
      ['truncated.json', readFileSync(exported, 'utf8').slice(0, 300), /cannot be read/],
      ['foreign.json', JSON.stringify({ accounts: [] }), /not an export of this extension/],
      [
        'tampered.json',
        JSON.stringify({ ...JSON.parse(readFileSync(exported, 'utf8')), accounts: [{ platform: 'myspace', accountId: 'x' }] }),
        /damaged or was edited/,
      ],
    ]
    for (const [name, content, message] of cases) {
      const path = join(files, name)
      writeFileSync(path, content)
      await popup.getByTestId('import-data').setInputFiles(path)
      const error = popup.getByTestId('import-error')
      await expect.poll(() => error.textContent()).toMatch(message)
      expect(await error.getAttribute('role')).toBe('alert')
      expect(await error.textContent()).toContain('Nothing was changed.')
      expect(await ext.browser.storage()).toEqual(before)
    }
    await popup.close()
  })
})

describe('printable proof', () => {
  it('shows the platform, the account, each dated event and the e-mail as plain text', async () => {
    const popup = await ext.browser.openPopup()
    await openPanel(popup, 'proof')
    const opening = ext.browser.context.waitForEvent('page')
    await popup.getByTestId('print-proof').first().click()
    const page = await opening
    await page.getByTestId('proof-page').waitFor()
    await page.locator('h1').waitFor()
    expect(await page.locator('h1').textContent()).toContain('Jane')
    expect(await page.locator('[data-testid="proof-event"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-type')))).toEqual([
      'form_opened',
      'submitted',
      'confirmation_recorded',
    ])
    expect(await page.getByTestId('proof-mail-text').textContent()).toBe('Hi Jane,\nWe will honor your objection. <b>not bold</b>')
    expect(await page.locator('[data-testid="proof-mail-text"] b').count()).toBe(0)
    await page.close()
    await popup.close()
  })
})

describe('settings and linked accounts', () => {
  it('links a facebook and an instagram account and explains what one objection covers', async () => {
    const popup = await ext.browser.openPopup()
    await row(popup, 'facebook', '100012345').locator('button').click()
    await popup.getByTestId('linked-with').selectOption('instagram:4242')
    await popup.getByTestId('linked-explanation').waitFor()
    expect(await popup.getByTestId('linked-explanation').textContent()).toContain('according to Meta')
    const storage = await ext.browser.storage()
    expect((storage[FB] as { linkedWith?: string }).linkedWith).toBe('instagram:4242')
    expect((storage[IG] as { linkedWith?: string }).linkedWith).toBe('facebook:100012345')
    await popup.close()
  })

  it('re-enables dismissed banners and turns the banner off per platform', async () => {
    const popup = await ext.browser.openPopup()
    await openPanel(popup, 'settings')
    await popup.getByTestId('reenable-banners').click()
    await expect.poll(async () => ((await ext.browser.storage())[FB] as { banner: unknown }).banner).toEqual({ dismissed: false })
    expect(((await ext.browser.storage())[IG] as { banner: unknown }).banner).toEqual({ dismissed: false })

    await popup.getByTestId('banner-on-instagram').uncheck()
    await expect.poll(async () => (await ext.browser.storage()).settings).toEqual({ bannersOff: ['instagram'] })
    // An instagram page of a not-yet-objected account now shows no banner; facebook still does.
    await ext.browser.login('instagram', '777')
    const ig = await ext.browser.context.newPage()
    await ig.goto('https://www.instagram.com/')
    await expect.poll(async () => Object.keys(await ext.browser.storage())).toContain('account:instagram:777')
    await ig.waitForTimeout(500)
    expect(await ig.locator('[data-testid="objection-banner"]').count()).toBe(0)
    await ig.close()
    await popup.getByTestId('banner-on-instagram').check()
    await expect.poll(async () => (await ext.browser.storage()).settings).toEqual({ bannersOff: [] })
    await popup.close()
  })

  it('deletes one account only after confirmation, unlinking the other', async () => {
    const popup = await ext.browser.openPopup()
    await row(popup, 'instagram', '4242').locator('button').click()
    await openPanel(popup, 'settings')
    await popup.getByTestId('delete-account').click()
    await popup.getByRole('button', { name: 'Cancel' }).last().click()
    expect(Object.keys(await ext.browser.storage())).toContain(IG)
    await popup.getByTestId('delete-account').click()
    await popup.getByTestId('confirm-delete').click()
    await expect.poll(async () => Object.keys(await ext.browser.storage())).not.toContain(IG)
    expect((await ext.browser.storage())[FB]).not.toHaveProperty('linkedWith')
    await expect.poll(() => row(popup, 'instagram', '4242').count()).toBe(0)
    await popup.close()
  })

  it('deletes everything after confirmation', async () => {
    const popup = await ext.browser.openPopup()
    await openPanel(popup, 'settings')
    await popup.getByTestId('delete-all').click()
    await popup.getByTestId('confirm-delete').click()
    await popup.getByTestId('popup-no-accounts').waitFor()
    expect(Object.keys(await ext.browser.storage()).filter((k) => k.startsWith('account:'))).toEqual([])
    await popup.close()
  })
})
