/**
 * Reliability in real Chromium with the built extension: 50 updates fired at once from facebook and
 * instagram tabs and several extension pages lose nothing; the service worker stopped through the
 * DevTools protocol in the middle of work and the browser restarted lose no event, and the
 * reminder badge and alarm come back; damaged stored data is put aside, reported in the popup,
 * exported, and the extension keeps working.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { planReminders } from '../../src/core/reminders'
import { Account } from '../../src/core/storage'
import { ExtensionBrowser } from './harness'
import { useExtension } from './session'

const ext = useExtension()

const BANNER = '[data-testid="objection-banner"]'
const HOUR = 60 * 60 * 1000

type StoredAccount = { events: { type: string; email?: string; objectedOn?: string }[]; banner: { dismissed: boolean; snoozedUntil?: string } }
const accountOf = async (key: string) => (await ext.browser.storage())[`account:${key}`] as StoredAccount | undefined
const emailsOf = (account: StoredAccount | undefined) => (account?.events ?? []).flatMap((e) => (e.type === 'submitted' && e.email ? [e.email] : []))
const countOf = (list: string[], item: string) => list.filter((x) => x === item).length

async function open(url: string): Promise<Page> {
  const page = await ext.browser.context.newPage()
  await page.goto(url)
  return page
}

/** Clicks a control of the banner inside its shadow root, synchronously in the page. */
/**
 * The user's own click on a banner control (the banner counts no click a page script makes), aimed
 * first: the clicks of several tabs then land at once, through the browser's input, before any
 * reply can redraw a banner.
 */
async function aimInBanner(page: Page, testId: string): Promise<() => Promise<void>> {
  const control = page.getByTestId(testId)
  // A trial click waits until the control is visible and still (no animation moves it).
  await control.click({ trial: true })
  const box = await control.boundingBox()
  if (!box) throw new Error(`no ${testId} in the banner`)
  return () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
}

/** Sends `popup/record-event` submissions from an extension page, all at once; resolves to each reply or error. */
const submitAll = (page: Page, sends: { platform: string; accountId: string; email: string }[]) =>
  page.evaluate(
    (list) =>
      Promise.all(
        list.map(({ platform, accountId, email }) =>
          chrome.runtime.sendMessage({ type: 'popup/record-event', platform, accountId, event: { type: 'submitted', email } }).then(
            (reply: unknown) => ({ email, reply }),
            (error: unknown) => ({ email, reply: { type: 'rejected', message: String(error) } }),
          ),
        ),
      ),
    sends,
  )

describe('concurrency', () => {
  it('loses none of 50 updates fired at once from two facebook tabs, two instagram tabs and three extension pages', async () => {
    const FB = '100012345'
    const IG = '4242'
    await ext.browser.login('facebook', FB)
    await ext.browser.login('instagram', IG)
    const tabs = await Promise.all([open('https://www.facebook.com/'), open('https://www.facebook.com/?tab=2'), open('https://www.instagram.com/'), open('https://www.instagram.com/?tab=2')])
    for (const tab of tabs) await tab.locator(BANNER).waitFor()
    const [fb1, fb2, ig1, ig2] = tabs as [Page, Page, Page, Page]
    // Three tabs get "I already objected" ready with their own date; the fourth will snooze.
    const dates: [Page, string][] = [[fb1, '2025-05-20'], [fb2, '2025-05-21'], [ig1, '2025-05-22']]
    for (const [tab, date] of dates) {
      await tab.getByTestId('banner-already-done').click()
      await tab.getByTestId('banner-done-date').fill(date)
    }
    const pages = await Promise.all([ext.browser.openPopup(), ext.browser.openPopup(), ext.browser.openPopup()])

    // 46 submissions from the extension pages and 4 banner actions, in flight together.
    const sends = Array.from({ length: 46 }, (_, i) => ({ platform: i % 2 ? 'instagram' : 'facebook', accountId: i % 2 ? IG : FB, email: `n${i}@example.org` }))
    const clicks = await Promise.all([
      aimInBanner(fb1, 'banner-done-save'),
      aimInBanner(fb2, 'banner-done-save'),
      aimInBanner(ig1, 'banner-done-save'),
      aimInBanner(ig2, 'banner-snooze'),
    ])
    // The clicks land first (a submission would redraw a banner under the pointer), all four at
    // once; the 46 submissions follow while the clicks' updates are still in flight.
    await Promise.all(clicks.map((click) => click()))
    const replies = (await Promise.all(pages.map((page, p) => submitAll(page, sends.filter((_, i) => i % pages.length === p))))).flat()

    expect(replies).toHaveLength(46)
    for (const { reply } of replies) expect(reply).toEqual({ type: 'ok' })
    await expect
      .poll(async () => {
        const [fb, ig] = [await accountOf(`facebook:${FB}`), await accountOf(`instagram:${IG}`)]
        return [fb?.events.length, ig?.events.length, Boolean(ig?.banner.snoozedUntil)]
      })
      .toEqual([23 + 2, 23 + 1, true])
    const fb = await accountOf(`facebook:${FB}`)
    const ig = await accountOf(`instagram:${IG}`)
    for (const { platform, email } of sends) expect(countOf(emailsOf(platform === 'facebook' ? fb : ig), email)).toBe(1)
    expect(fb!.events.filter((e) => e.type === 'marked_done').map((e) => e.objectedOn).sort()).toEqual(['2025-05-20', '2025-05-21'])
    expect(ig!.events.filter((e) => e.type === 'marked_done').map((e) => e.objectedOn)).toEqual(['2025-05-22'])
    expect(Object.keys(await ext.browser.storage()).filter((k) => k.startsWith('quarantine:'))).toEqual([])
    for (const page of [...tabs, ...pages]) await page.close()
  })
})

describe('the service worker stopped in the middle of work, then the browser restarted', () => {
  const ID = '100088'
  const REMINDED = '100055'
  const KEY = `account:facebook:${ID}`

  /** What the background should show and schedule for what is stored now. */
  async function expectedReminders(): Promise<{ badgeText: string; nextCheckAt: number | null }> {
    const stored = await ext.browser.storage()
    const accounts = Object.entries(stored).flatMap(([k, v]) => (k.startsWith('account:') ? [Account.parse(v)] : []))
    return planReminders(accounts, new Date())
  }

  const badge = async () => (await ext.browser.worker()).evaluate(() => chrome.action.getBadgeText({}))
  const alarm = async () => (await ext.browser.worker()).evaluate(() => chrome.alarms.get('reminders'))

  it('keeps every acknowledged event when the worker is stopped mid-work, and the rest once sent again', async () => {
    const sentAt = new Date(Date.now() - 25 * HOUR).toISOString()
    await ext.browser.setStorage({
      [`account:facebook:${REMINDED}`]: { platform: 'facebook', accountId: REMINDED, createdAt: sentAt, events: [{ type: 'submitted', at: sentAt }], banner: { dismissed: false } },
    })
    await ext.browser.login('facebook', ID)
    const tab = await open('https://www.facebook.com/')
    await tab.locator(BANNER).waitFor()
    await tab.close()

    const popup = await ext.browser.openPopup()
    const first = await ext.browser.worker()
    await first.evaluate(() => Object.assign(globalThis, { startedBeforeTheStop: true }))
    const sends = Array.from({ length: 100 }, (_, i) => ({ platform: 'facebook', accountId: ID, email: `w${i}@example.org` }))
    // A stream of updates, one every 4 ms, each reply noted as it comes…
    await popup.evaluate((list) => {
      const replies: { email: string; reply: unknown }[] = []
      Object.assign(window, { replies })
      void (async () => {
        for (const { platform, accountId, email } of list) {
          chrome.runtime.sendMessage({ type: 'popup/record-event', platform, accountId, event: { type: 'submitted', email } }).then(
            (reply: unknown) => replies.push({ email, reply }),
            (error: unknown) => replies.push({ email, reply: { type: 'rejected', message: String(error) } }),
          )
          await new Promise((wait) => setTimeout(wait, 4))
        }
      })()
    }, sends)
    const answered = () => popup.evaluate(() => (window as unknown as { replies: unknown[] }).replies.length)
    // …and the worker stopped once the first ten are answered, while the others are still coming.
    await expect.poll(answered, { interval: 5 }).toBeGreaterThanOrEqual(10)
    await ext.browser.stopServiceWorker(popup)
    const answeredAtStop = await answered()
    expect(answeredAtStop).toBeLessThan(sends.length)
    await expect.poll(answered).toBe(sends.length)
    const replies = await popup.evaluate(() => (window as unknown as { replies: { email: string; reply: unknown }[] }).replies)
    // A message whose worker was stopped before it replied gets no reply (undefined) or an error.
    const isOk = (reply: unknown) => (reply as { type?: string } | undefined)?.type === 'ok'
    const acknowledged = replies.filter((r) => isOk(r.reply)).map((r) => r.email)
    const failed = replies.filter((r) => !isOk(r.reply)).map((r) => r.email)
    console.info(`worker stopped after ${answeredAtStop} of ${sends.length} replies: ${acknowledged.length} acknowledged, ${failed.length} failed and sent again`)

    // A new worker answers; the one that was working is gone.
    const again = await submitAll(popup, sends.filter((s) => failed.includes(s.email)))
    for (const { reply } of again) expect(reply).toEqual({ type: 'ok' })
    expect(await (await ext.browser.worker()).evaluate(() => 'startedBeforeTheStop' in globalThis)).toBe(false)

    const emails = emailsOf(await accountOf(`facebook:${ID}`))
    for (const email of acknowledged) expect(countOf(emails, email)).toBe(1)
    // A failed update may have been written before its reply was lost: sent again, it is there once or twice, never lost.
    for (const email of failed) expect(countOf(emails, email)).toBeGreaterThanOrEqual(1)
    for (const email of failed) expect(countOf(emails, email)).toBeLessThanOrEqual(2)
    expect(Object.keys(await ext.browser.storage()).filter((k) => k.startsWith('quarantine:'))).toEqual([])
    await popup.close()
  })

  it('brings the reminder badge and alarm back when a stopped worker starts again', async () => {
    const expected = await expectedReminders()
    expect(expected.badgeText).toBe('1')
    expect(expected.nextCheckAt).not.toBeNull()
    await expect.poll(badge).toBe('1')
    // Lost behind the extension's back, then the worker stops.
    await (await ext.browser.worker()).evaluate(async () => {
      await chrome.alarms.clearAll()
      await chrome.action.setBadgeText({ text: '' })
    })
    await ext.browser.stopServiceWorker()
    const popup = await ext.browser.openPopup()
    await popup.getByTestId('account-row').first().waitFor()
    await expect.poll(badge).toBe('1')
    await expect.poll(async () => (await alarm())?.scheduledTime).toBe(expected.nextCheckAt)
    await popup.close()
  })

  it('keeps every event across a browser restart, and the badge and alarm come back', async () => {
    const before = await ext.browser.storage()
    const expected = await expectedReminders()
    await (await ext.browser.worker()).evaluate(async () => {
      await chrome.alarms.clearAll()
      await chrome.action.setBadgeText({ text: '' })
    })
    await ext.browser.close(true)
    ext.browser = await ExtensionBrowser.launch(ext.server, { userDataDir: ext.browser.userDataDir })

    const after = await ext.browser.storage()
    expect(after).toEqual(before)
    expect(emailsOf(after[KEY] as StoredAccount).length).toBeGreaterThanOrEqual(100)
    await expect.poll(badge, { timeout: 5_000 }).toBe(expected.badgeText)
    await expect.poll(async () => (await alarm())?.scheduledTime, { timeout: 5_000 }).toBe(expected.nextCheckAt)
  })
})

describe('damaged stored data', () => {
  const BROKEN = 'account:facebook:100077'
  const BROKEN_VALUE = { platform: 'facebook', accountId: '100077', createdAt: 'yesterday', events: 'none', banner: { dismissed: false } }

  it('is put aside at the next start, reported in the popup with role="alert", included in the export, and the extension keeps working', async () => {
    await ext.browser.setStorage({ [BROKEN]: BROKEN_VALUE, 'leftover-from-a-bug': { hello: 'world' } })
    await ext.browser.stopServiceWorker()

    const popup = await ext.browser.openPopup()
    const alert = popup.getByTestId('popup-quarantine')
    await alert.waitFor()
    expect(await alert.getAttribute('role')).toBe('alert')
    expect(await alert.textContent()).toContain('2')

    const stored = await ext.browser.storage()
    expect(stored).not.toHaveProperty(BROKEN)
    expect(stored).not.toHaveProperty('leftover-from-a-bug')
    const aside = Object.entries(stored).filter(([k]) => k.startsWith('quarantine:')).map(([, v]) => v)
    expect(aside).toEqual(expect.arrayContaining([expect.objectContaining({ key: BROKEN, value: BROKEN_VALUE }), expect.objectContaining({ key: 'leftover-from-a-bug', value: { hello: 'world' } })]))

    await popup.locator('[data-testid="proof"] > summary').click()
    const downloading = popup.waitForEvent('download')
    await popup.getByTestId('export-data').click()
    const file = await (await downloading).path()
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { quarantine: { key: string; value: unknown }[] }
    expect(backup.quarantine).toEqual(expect.arrayContaining([expect.objectContaining({ key: BROKEN, value: BROKEN_VALUE })]))
    await popup.close()

    // The same account, visited again, starts afresh and records its steps.
    await ext.browser.login('facebook', '100077')
    const tab = await open('https://www.facebook.com/')
    await tab.locator(BANNER).waitFor()
    expect(await tab.locator(BANNER).getAttribute('data-status')).toBe('not_started')
    await tab.getByTestId('banner-snooze').click()
    await expect.poll(async () => Boolean((await accountOf('facebook:100077'))?.banner.snoozedUntil)).toBe(true)
    expect(Account.safeParse((await ext.browser.storage())[BROKEN]).success).toBe(true)
    await tab.close()
  })
})
