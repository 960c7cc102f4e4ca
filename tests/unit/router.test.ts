import { readFileSync } from 'node:fs'
import { Catalog, translator } from '../../src/core/i18n-catalog'
import { OWN_ID, OWN_ORIGIN, routerDeps } from './router-deps'
import { FORM_WORDS } from '../../src/core/form-words'
import type { Localizer } from '../../src/core/banner-text'
import { beforeEach, describe, expect, it } from 'vitest'
import { AccountsStore } from '../../src/background/accounts-store'
import { route, type RouterDeps } from '../../src/background/router'
import { AppState, BackgroundToContent, BackgroundToPopup } from '../../src/core/messages'
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/core/backup'
import { deriveStatus, PROOF_TEXT_MAX } from '../../src/core/objection'
import type { SenderLike } from '../../src/core/sender'
import type { Account } from '../../src/core/storage'
import { FakeStorage } from './fake-storage'

const DAY = 24 * 60 * 60 * 1000
const T0 = new Date('2025-05-20T08:00:00.000Z')

const tab = (url: string): SenderLike => ({ id: OWN_ID, url, tab: { id: 12, url } })
const FACEBOOK_TAB = tab('https://www.facebook.com/')
const INSTAGRAM_TAB = tab('https://www.instagram.com/')
const POPUP: SenderLike = { id: OWN_ID, url: `${OWN_ORIGIN}src/popup/index.html` }

const FB = { platform: 'facebook', accountId: '100012345' } as const
const FB_KEY = 'account:facebook:100012345'
const IG = { platform: 'instagram', accountId: '5566778899' } as const

let area: FakeStorage
let now: Date
let deps: RouterDeps

/** chrome.i18n.getMessage over the real English catalogue. */
const ENGLISH: Localizer = {
  lang: 'en',
  dir: 'ltr',
  t: translator(Catalog.parse(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')))),
}

beforeEach(() => {
  area = new FakeStorage({ schemaVersion: 1, settings: {} })
  now = T0
  const clock = (): Date => new Date(now)
  deps = routerDeps(new AccountsStore(area, clock), clock, { localize: async () => ENGLISH, assistantKeys: async () => ['form_assistant_title', 'form_assistant_account'] })
})

const send = (message: unknown, sender: SenderLike = FACEBOOK_TAB) => route(message, sender, deps)
const seen = (sender: SenderLike = FACEBOOK_TAB, ref: { platform: string; accountId: string } = FB) =>
  send({ type: 'content/account-seen', ...ref }, sender)
const storedAccount = (key = FB_KEY): Account | undefined => area.snapshot()[key] as Account | undefined
async function state(): Promise<AppState> {
  return AppState.parse(await send({ type: 'popup/get-state' }, POPUP))
}

describe('content messages', () => {
  it('creates the account on account-seen and says to show the banner', async () => {
    const reply = await seen()
    expect(reply).toEqual({ type: 'banner', ...FB, status: 'not_started', show: true, text: expect.any(Object) })
    expect(BackgroundToContent.safeParse(reply).success).toBe(true)
    expect(storedAccount()).toEqual({ ...FB, createdAt: T0.toISOString(), events: [], banner: { dismissed: false } })
  })

  it("sends the banner its words in the user's language, deadline included", async () => {
    const reply = await seen()
    if (reply.type !== 'banner') throw new Error(reply.type)
    expect(reply.text).toMatchObject({ lang: 'en', dir: 'ltr', objectNow: 'Object now', account: "Account: Facebook · id 100012345" })
    expect(reply.text.deadline).toContain("May 27, 2025")
  })

  it('speaks the language picked in the popup, to the banner and to the form assistant', async () => {
    const asked: (string | undefined)[] = []
    deps.localize = async (language) => {
      asked.push(language)
      return language === 'de' ? { lang: 'de', dir: 'ltr', t: (key, subs = []) => `de:${key}${subs.join('|')}` } : ENGLISH
    }
    expect(await send({ type: 'popup/set-settings', settings: { language: 'de' } }, POPUP)).toEqual({ type: 'ok' })
    const banner = await seen()
    expect(banner).toMatchObject({ type: 'banner', text: { lang: 'de', objectNow: 'de:banner_object_now' } })
    const texts = await send({ type: 'content/assistant-context', platform: 'facebook' })
    expect(texts).toEqual({
      type: 'assistant-context',
      lang: 'de',
      dir: 'ltr',
      catalog: { form_assistant_title: { message: 'de:form_assistant_title$1|$2|$3' }, form_assistant_account: { message: 'de:form_assistant_account$1|$2|$3' } },
      formWords: [...FORM_WORDS],
    })
    expect(BackgroundToContent.safeParse(texts).success).toBe(true)
    expect(asked).toEqual(['de', 'de'])
  })

  it('keeps the label the page gave, and does not overwrite it later', async () => {
    expect(await send({ type: 'content/account-seen', ...FB, label: 'Jane Doe' })).toMatchObject({ label: 'Jane Doe' })
    expect(await send({ type: 'content/account-seen', ...FB, label: 'Someone Else' })).toMatchObject({ label: 'Jane Doe' })
    expect(storedAccount()?.label).toBe('Jane Doe')
  })

  it('accepts an instagram account from an instagram page', async () => {
    expect(await seen(INSTAGRAM_TAB, IG)).toMatchObject({ type: 'banner', ...IG, status: 'not_started', show: true })
  })

  it.each([
    ['a missing accountId', { type: 'content/account-seen', platform: 'facebook' }],
    ['a wrong type', { type: 'content/unknown', ...FB }],
    ['a popup message', { type: 'popup/get-state' }],
    ['an extra key', { type: 'content/account-seen', ...FB, admin: true }],
    ['a non-numeric accountId', { type: 'content/account-seen', platform: 'facebook', accountId: '1 OR 1=1' }],
    ['an unknown platform', { type: 'content/account-seen', platform: 'whatsapp', accountId: '1' }],
    ['a bad objectedOn', { type: 'content/mark-done', ...FB, objectedOn: 'today' }],
    ['an empty label', { type: 'content/account-seen', ...FB, label: '   ' }],
    ['a string', 'content/account-seen'],
    ['a number', 42],
    ['an array', [{ type: 'content/account-seen', ...FB }]],
    ['null', null],
    ['undefined', undefined],
  ])('answers bad_message to %s, without throwing or writing', async (_what, message) => {
    const before = area.snapshot()
    const reply = await send(message)
    expect(reply).toMatchObject({ type: 'error', code: 'bad_message' })
    expect(BackgroundToContent.safeParse(reply).success).toBe(true)
    expect(area.snapshot()).toEqual(before)
  })

  it('answers bad_sender to a content message from a tab on another site', async () => {
    expect(await seen(tab('https://example.com/'))).toMatchObject({ type: 'error', code: 'bad_sender' })
    expect(storedAccount()).toBeUndefined()
  })

  it('answers bad_sender to a facebook page claiming an instagram account', async () => {
    expect(await seen(FACEBOOK_TAB, IG)).toMatchObject({ type: 'error', code: 'bad_sender' })
    expect(area.snapshot()).not.toHaveProperty('account:instagram:5566778899')
  })

  it('answers bad_sender to another extension', async () => {
    const other = { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/bg.html' }
    expect(await seen(other)).toMatchObject({ type: 'error', code: 'bad_sender' })
    expect(await send({ type: 'popup/get-state' }, other)).toMatchObject({ type: 'error', code: 'bad_sender' })
    expect(storedAccount()).toBeUndefined()
  })

  it('checks the sender before the message', async () => {
    expect(await send(null, tab('https://example.com/'))).toMatchObject({ type: 'error', code: 'bad_sender' })
  })

  it('snoozes the banner for 7 days, then shows it again', async () => {
    await seen()
    expect(await send({ type: 'content/banner-snooze', ...FB })).toMatchObject({ type: 'banner', show: false })
    now = new Date(T0.getTime() + 7 * DAY - 60_000)
    expect(await seen()).toMatchObject({ show: false })
    now = new Date(T0.getTime() + 7 * DAY + 60_000)
    expect(await seen()).toMatchObject({ show: true, status: 'not_started' })
  })

  it('hides the banner for good on dismiss', async () => {
    await seen()
    expect(await send({ type: 'content/banner-dismiss', ...FB })).toMatchObject({ type: 'banner', show: false })
    now = new Date(T0.getTime() + 365 * DAY)
    expect(await seen()).toMatchObject({ show: false })
    expect(storedAccount()?.banner.dismissed).toBe(true)
  })

  it('mark-done confirms the objection and hides the banner', async () => {
    await seen()
    const reply = await send({ type: 'content/mark-done', ...FB, objectedOn: '2025-05-10' })
    expect(reply).toMatchObject({ type: 'banner', ...FB, status: 'confirmed', show: false })
    expect(storedAccount()?.events).toEqual([{ type: 'marked_done', at: T0.toISOString(), objectedOn: '2025-05-10' }])
  })

  it('runs the banner drawing with its account-seen reply when the banner shows, and only then', async () => {
    const runs: unknown[] = []
    deps.runScript = async (script, target) => void runs.push({ script, ...target })
    await seen({ ...FACEBOOK_TAB, frameId: 0 })
    expect(runs).toEqual([{ script: 'banner', tabId: 12, frameId: 0 }])
    await send({ type: 'content/banner-dismiss', ...FB })
    await seen()
    expect(runs).toHaveLength(1)
  })

  it('does not create an account on snooze, dismiss or mark-done', async () => {
    for (const message of [
      { type: 'content/banner-snooze', ...FB },
      { type: 'content/banner-dismiss', ...FB },
      { type: 'content/mark-done', ...FB, objectedOn: '2025-05-10' },
    ]) {
      expect(await send(message)).toMatchObject({ type: 'error', code: 'failed' })
    }
    expect(storedAccount()).toBeUndefined()
  })

  it('records form-opened then form-submitted, creating the account', async () => {
    expect(await send({ type: 'content/form-opened', ...FB })).toMatchObject({ status: 'form_opened', show: true })
    now = new Date(T0.getTime() + 60_000)
    expect(await send({ type: 'content/form-submitted', ...FB, email: 'jane@example.com' })).toMatchObject({ status: 'submitted', show: true })
    expect(storedAccount()?.events).toEqual([
      { type: 'form_opened', at: T0.toISOString() },
      { type: 'submitted', at: now.toISOString(), email: 'jane@example.com' },
    ])
  })
})

describe('popup messages', () => {
  it('get-state from the extension page returns the state, each account summarized', async () => {
    await seen()
    const reply = await send({ type: 'popup/get-state' }, POPUP)
    expect(BackgroundToPopup.safeParse(reply).success).toBe(true)
    expect(reply).toEqual({
      type: 'state',
      accounts: [{ ...FB, createdAt: T0.toISOString(), status: 'not_started', recentEvents: [], reminder: 'none' }],
      settings: {},
      quarantined: 0,
    })
  })

  it('get-account answers one account with its whole log, or null when none is stored', async () => {
    await seen()
    const reply = await send({ type: 'popup/get-account', ...FB }, POPUP)
    expect(BackgroundToPopup.safeParse(reply).success).toBe(true)
    expect(reply).toEqual({ type: 'account', account: storedAccount() })
    expect(await send({ type: 'popup/get-account', platform: 'instagram', accountId: '1' }, POPUP)).toEqual({ type: 'account', account: null })
  })

  it('get-backup answers everything stored as a proof backup', async () => {
    await seen()
    const reply = await send({ type: 'popup/get-backup' }, POPUP)
    expect(BackgroundToPopup.safeParse(reply).success).toBe(true)
    expect(reply).toEqual({ type: 'backup', backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: T0.toISOString(), accounts: [storedAccount()], settings: {}, quarantine: [] } })
  })

  it('answers bad_message to a content message or garbage from the popup', async () => {
    expect(await send({ type: 'content/account-seen', ...FB }, POPUP)).toMatchObject({ type: 'error', code: 'bad_message' })
    expect(await send({ type: 'popup/get-state', extra: 1 }, POPUP)).toMatchObject({ type: 'error', code: 'bad_message' })
    expect(await send(null, POPUP)).toMatchObject({ type: 'error', code: 'bad_message' })
  })

  it('record-event submitted then confirmation_recorded moves the status to confirmed', async () => {
    await seen()
    expect(await send({ type: 'popup/record-event', ...FB, event: { type: 'submitted', email: 'jane@example.com' } }, POPUP)).toEqual({ type: 'ok' })
    expect(deriveStatus(storedAccount()?.events ?? [])).toBe('submitted')
    expect(await seen()).toMatchObject({ status: 'submitted', show: true })

    const confirmation = {
      type: 'confirmation_recorded',
      receivedAt: '2025-05-21T09:00:00+02:00',
      from: 'noreply@facebookmail.com',
      subject: 'We received your objection',
      senderIsMeta: true,
      text: 'Thank you.',
    }
    expect(await send({ type: 'popup/record-event', ...FB, event: confirmation }, POPUP)).toEqual({ type: 'ok' })
    expect((await state()).accounts[0]).toMatchObject({ status: 'confirmed', lastConfirmation: { receivedAt: confirmation.receivedAt, from: confirmation.from } })
    const reply = await send({ type: 'popup/get-account', ...FB }, POPUP)
    if (reply.type !== 'account' || !reply.account) throw new Error(JSON.stringify(reply))
    expect(deriveStatus(reply.account.events)).toBe('confirmed')
    expect(reply.account.events.at(-1)).toEqual({ ...confirmation, at: T0.toISOString() })
    expect(await seen()).toMatchObject({ status: 'confirmed', show: false })
  })

  it('refuses a confirmation text longer than PROOF_TEXT_MAX and stores nothing', async () => {
    await seen()
    const before = area.snapshot()
    const event = { type: 'confirmation_recorded', receivedAt: T0.toISOString(), text: 'x'.repeat(PROOF_TEXT_MAX + 1) }
    expect(await send({ type: 'popup/record-event', ...FB, event }, POPUP)).toMatchObject({
      type: 'error',
      code: 'bad_message',
      message: expect.stringMatching(/longer than 100000 characters/),
    })
    expect(area.snapshot()).toEqual(before)
  })

  it('accepts a confirmation text of exactly PROOF_TEXT_MAX characters', async () => {
    await seen()
    const event = { type: 'confirmation_recorded', receivedAt: T0.toISOString(), text: 'x'.repeat(PROOF_TEXT_MAX) }
    expect(await send({ type: 'popup/record-event', ...FB, event }, POPUP)).toEqual({ type: 'ok' })
  })

  it('record-event for an unknown account fails and creates nothing', async () => {
    expect(await send({ type: 'popup/record-event', ...FB, event: { type: 'form_opened' } }, POPUP)).toMatchObject({ type: 'error', code: 'failed' })
    expect(storedAccount()).toBeUndefined()
  })

  it('open-form opens the platform\'s form in a tab known by its id, remembers its account there and records one opening', async () => {
    const opened: string[] = []
    const remembered: [number, unknown][] = []
    deps.openTab = async (url) => (opened.push(url), 40 + opened.length)
    deps.formTabs = { remember: async (tabId, ref) => void remembered.push([tabId, ref]), accountOf: async () => undefined }
    await seen(INSTAGRAM_TAB, IG)
    expect(await send({ type: 'popup/open-form', ...IG }, POPUP)).toEqual({ type: 'ok' })
    expect(opened).toEqual(['https://help.instagram.com/contact/233964459562201'])
    expect(remembered).toMatchObject([[41, IG]])
    now = new Date(T0.getTime() + 60_000)
    expect(await send({ type: 'popup/open-form', ...IG }, POPUP)).toEqual({ type: 'ok' })
    expect(opened).toHaveLength(2)
    // Two openings a minute apart are one event.
    expect(storedAccount('account:instagram:5566778899')?.events).toEqual([{ type: 'form_opened', at: T0.toISOString() }])
  })

  it('open-form for an unknown account opens nothing and creates nothing', async () => {
    const opened: string[] = []
    deps.openTab = async (url) => (opened.push(url), 1)
    expect(await send({ type: 'popup/open-form', ...FB }, POPUP)).toMatchObject({ type: 'error', code: 'failed' })
    expect(opened).toEqual([])
    expect(storedAccount()).toBeUndefined()
  })

  it('open-form from a page is refused', async () => {
    const opened: string[] = []
    deps.openTab = async (url) => (opened.push(url), 1)
    await seen()
    expect(await send({ type: 'popup/open-form', ...FB }, FACEBOOK_TAB)).toMatchObject({ type: 'error', code: 'bad_message' })
    expect(opened).toEqual([])
  })

  it('record-event reset brings the status back to not_started and the banner back', async () => {
    await seen()
    await send({ type: 'content/mark-done', ...FB, objectedOn: '2025-05-10' })
    expect(await seen()).toMatchObject({ status: 'confirmed', show: false })
    expect(await send({ type: 'popup/record-event', ...FB, event: { type: 'reset' } }, POPUP)).toEqual({ type: 'ok' })
    expect(await seen()).toMatchObject({ status: 'not_started', show: true })
  })

  it('update-account sets and clears the label and the expected e-mail', async () => {
    await seen()
    const update = (fields: Record<string, unknown>) => send({ type: 'popup/update-account', ...FB, ...fields }, POPUP)
    expect(await update({ label: '  Work  ', expectedEmail: 'jane@example.com', bannerDismissed: true })).toEqual({ type: 'ok' })
    expect(storedAccount()).toMatchObject({ label: 'Work', expectedEmail: 'jane@example.com', banner: { dismissed: true } })
    expect(await update({ label: '', expectedEmail: '' })).toEqual({ type: 'ok' })
    expect(storedAccount()?.label).toBeUndefined()
    expect(storedAccount()?.expectedEmail).toBeUndefined()
    expect(storedAccount()?.banner.dismissed).toBe(true)
    expect(await update({ expectedEmail: 'not an e-mail' })).toMatchObject({ type: 'error', code: 'bad_message' })
  })

  it('set-settings stores valid settings and refuses invalid ones', async () => {
    expect(await send({ type: 'popup/set-settings', settings: { language: 'fr' } }, POPUP)).toEqual({ type: 'ok' })
    expect((await state()).settings).toEqual({ language: 'fr' })
    expect(await send({ type: 'popup/set-settings', settings: { language: 'French' } }, POPUP)).toMatchObject({ code: 'bad_message' })
    expect((await state()).settings).toEqual({ language: 'fr' })
  })
})

describe('account names', () => {
  it('the banner calls a named account by its name, with platform and id after it', async () => {
    await route({ type: 'content/account-seen', ...FB }, FACEBOOK_TAB, deps)
    expect(await route({ type: 'popup/update-account', ...FB, label: '  Jane  ' }, POPUP, deps)).toEqual({ type: 'ok' })
    const reply = await route({ type: 'content/account-seen', ...FB }, FACEBOOK_TAB, deps)
    if (reply.type !== 'banner') throw new Error(reply.type)
    expect(reply.label).toBe('Jane')
    expect(reply.text.account).toBe('Account: Jane · Facebook · id 100012345')
  })
})
