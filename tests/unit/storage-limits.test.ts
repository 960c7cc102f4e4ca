/**
 * The user's proof against a page that sends what it likes and a disk that refuses writes: caps
 * at the boundary, page-driven events limited so the log keeps room for the user's own, import
 * beside quarantine, newer storage left as it is, a store that recovers from failed writes.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { AccountsStore } from '../../src/background/accounts-store'
import { route, PAGE_EVENTS_PER_DAY, type RouterDeps } from '../../src/background/router'
import { importPlan } from '../../src/background/data-plans'
import { NewAccountLimit, NEW_ACCOUNTS_PER_TAB_PER_HOUR } from '../../src/background/new-accounts'
import { isBannerReply, isEmail } from '../../src/core/content-reply'
import { AppState, ContentToBackground } from '../../src/core/messages'
import { EMAIL_MAX, EMAIL_NOT_KEPT_NOTE } from '../../src/core/objection'
import { Account, MAX_EVENTS_PER_ACCOUNT, PAGE_EVENTS_MAX } from '../../src/core/storage'
import { makeBackup } from '../../src/core/backup'
import type { SenderLike } from '../../src/core/sender'
import { FakeStorage, type FakeStorageOptions } from './fake-storage'
import { OWN_ID, OWN_ORIGIN, routerDeps } from './router-deps'

const T0 = new Date('2025-06-02T08:00:00.000Z')
const FORM_TAB: SenderLike = { id: OWN_ID, url: 'https://www.facebook.com/help/contact/1', tab: { id: 3, url: 'https://www.facebook.com/help/contact/1' } }
const POPUP: SenderLike = { id: OWN_ID, url: `${OWN_ORIGIN}src/popup/index.html` }
const FB = { platform: 'facebook', accountId: '100012345' } as const
const KEY = 'account:facebook:100012345'
const CONFIRMATION = { type: 'confirmation_recorded', receivedAt: '2025-06-02T09:00:00.000Z', subject: 'We received your objection' }

let area: FakeStorage
let now: Date
let deps: RouterDeps

function setUp(initial: Record<string, unknown> = { schemaVersion: 1, settings: {} }, options: FakeStorageOptions = {}): void {
  area = new FakeStorage(initial, options)
  now = T0
  const clock = (): Date => new Date(now)
  deps = routerDeps(new AccountsStore(area, clock), clock)
}
beforeEach(() => setUp())

const page = (message: Record<string, unknown>) => route({ ...FB, ...message }, FORM_TAB, deps)
const popup = (message: Record<string, unknown>) => route(message, POPUP, deps)
const later = (ms: number) => (now = new Date(now.getTime() + ms))
const stored = () => area.snapshot()[KEY] as Account | undefined
const state = async () => AppState.parse(await popup({ type: 'popup/get-state' }))
const longAddress = (length: number) => `${'a'.repeat(64)}@${'b'.repeat(length - 69)}.org`
const oldEvents = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ type: 'submitted' as const, at: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString(), email: `p${i}@evil.example` }))
const accountWith = (events: Account['events']): Account => ({ ...FB, createdAt: '2025-01-01T00:00:00.000Z', events, banner: { dismissed: false } })

describe('an e-mail address is at most 254 characters, at every boundary', () => {
  it('refuses a longer one in the messages, in storage and in the content script’s check', () => {
    expect(longAddress(EMAIL_MAX)).toHaveLength(254)
    expect(isEmail(longAddress(EMAIL_MAX))).toBe(true)
    expect(isEmail(longAddress(EMAIL_MAX + 1))).toBe(false)
    const submitted = (email: string) => ContentToBackground.safeParse({ type: 'content/form-submitted', ...FB, email }).success
    expect([submitted(longAddress(254)), submitted(longAddress(255)), submitted(longAddress(100_000))]).toEqual([true, false, false])
    const account = accountWith([])
    expect(Account.safeParse({ ...account, expectedEmail: longAddress(255) }).success).toBe(false)
    expect(Account.safeParse({ ...account, events: [{ type: 'submitted', at: T0.toISOString(), email: longAddress(255) }] }).success).toBe(false)
    expect(Account.safeParse({ ...account, linkedWith: 'instagram:'.padEnd(41, '1') }).success).toBe(false)
    const banner = { type: 'banner', ...FB, status: 'not_started', show: true, text: {} }
    expect(isBannerReply({ ...banner, expectedEmail: longAddress(255) })).toBe(false)
    expect(isBannerReply({ ...banner, label: 'x'.repeat(201) })).toBe(false)
  })

  it('records a submission whose field held more than an address can without it, with a note, and adds Meta’s words after it', async () => {
    expect(await page({ type: 'content/form-submitted', emailTooLong: true })).toMatchObject({ type: 'banner', status: 'submitted' })
    await page({ type: 'content/form-confirmation-seen', text: 'We received your request.' })
    expect(stored()?.events).toEqual([{ type: 'submitted', at: T0.toISOString(), note: `${EMAIL_NOT_KEPT_NOTE} We received your request.` }])
    expect(await popup({ type: 'popup/update-account', ...FB, expectedEmail: longAddress(255) })).toMatchObject({ type: 'error', code: 'bad_message' })
  })

  it('forged submissions with huge addresses store nothing: storage does not fill', async () => {
    setUp({ schemaVersion: 1, settings: {} }, { quotaBytes: 1_000_000 })
    for (let i = 0; i < 50; i++) await page({ type: 'content/form-submitted', email: `${i}${longAddress(50_000)}` })
    expect(area.bytes()).toBeLessThan(1000)
    expect(await page({ type: 'content/form-submitted', email: 'jane@example.org' })).toMatchObject({ type: 'banner', status: 'submitted' })
  })
})

describe('page-driven events are limited, so the log always has room for the user’s own', () => {
  it(`stores at most ${PAGE_EVENTS_PER_DAY} submissions a day with different addresses; the user’s confirmation and reset still go in`, async () => {
    await page({ type: 'content/account-seen' })
    for (let i = 0; i < 300; i++) {
      later(1000)
      await page({ type: 'content/form-submitted', email: `p${i}@evil.example` })
    }
    expect(stored()?.events).toHaveLength(PAGE_EVENTS_PER_DAY)
    expect(await popup({ type: 'popup/record-event', ...FB, event: CONFIRMATION })).toEqual({ type: 'ok' })
    expect(await popup({ type: 'popup/record-event', ...FB, event: { type: 'reset' } })).toEqual({ type: 'ok' })
    expect(stored()?.events.slice(-2).map((e) => e.type)).toEqual(['confirmation_recorded', 'reset'])
    // The next day the page's reports count again.
    later(24 * 60 * 60_000)
    await page({ type: 'content/form-submitted', email: 'jane@example.org' })
    expect(stored()?.events.at(-1)).toMatchObject({ type: 'submitted', email: 'jane@example.org' })
  })

  it('an account whose log the page filled to 5,000 events still takes the user’s confirmation, marked done and reset, and no more of the page’s', async () => {
    setUp({ schemaVersion: 1, settings: {}, [KEY]: accountWith(oldEvents(5_000)) })
    await page({ type: 'content/form-submitted', email: 'more@evil.example' })
    await page({ type: 'content/form-opened' })
    expect(stored()?.events).toHaveLength(PAGE_EVENTS_MAX)
    expect(await popup({ type: 'popup/record-event', ...FB, event: CONFIRMATION })).toEqual({ type: 'ok' })
    expect(await page({ type: 'content/mark-done', objectedOn: '2025-06-01' })).toMatchObject({ type: 'banner', status: 'confirmed' })
    expect(await popup({ type: 'popup/record-event', ...FB, event: { type: 'reset' } })).toEqual({ type: 'ok' })
    expect(stored()?.events.slice(PAGE_EVENTS_MAX).map((e) => e.type)).toEqual(['confirmation_recorded', 'marked_done', 'reset'])
    expect(MAX_EVENTS_PER_ACCOUNT - PAGE_EVENTS_MAX).toBeGreaterThanOrEqual(500)
  })

  it('a banner click and a popup click on the same form within a few minutes are one form_opened', async () => {
    await page({ type: 'content/form-opened' })
    later(4 * 60_000)
    expect(await popup({ type: 'popup/record-event', ...FB, event: { type: 'form_opened' } })).toEqual({ type: 'ok' })
    expect(stored()?.events.map((e) => e.type)).toEqual(['form_opened'])
  })
})

describe('import beside quarantine', () => {
  it('never overwrites a quarantine entry: an imported entry of the same key goes beside it', async () => {
    const at = '2025-05-01T00:00:00.000Z'
    const mine = { key: KEY, value: { events: 'mine' }, reason: 'failed the schema', at }
    const theirs = { key: KEY, value: { events: 'theirs' }, reason: 'failed the schema', at }
    const qKey = `quarantine:${at}:${KEY}`
    setUp({ schemaVersion: 1, settings: {}, [qKey]: mine })
    const backup = makeBackup({ accounts: [], settings: {}, quarantine: [theirs] }, T0)
    expect(await popup({ type: 'popup/import', backup })).toEqual({ type: 'ok' })
    expect(area.snapshot()[qKey]).toEqual(mine)
    expect(area.snapshot()[`${qKey}#2`]).toEqual(theirs)
    // The same file again adds nothing; an entry this version cannot read is not overwritten either.
    await popup({ type: 'popup/import', backup })
    expect(Object.keys(area.snapshot()).filter((k) => k.startsWith('quarantine:'))).toHaveLength(2)
    const plan = importPlan(backup, T0)({ [qKey]: 'not an entry' })
    expect(Object.keys(plan.set).filter((k) => k.startsWith('quarantine:'))).toEqual([`${qKey}#2`])
  })
})

describe('storage of a newer schema version', () => {
  const newer = { schemaVersion: 2, settings: {}, [KEY]: { ...accountWith([]), reminder: 'weekly' } }

  it('is only read: a visit neither recreates the account nor writes anything, and the popup says read-only', async () => {
    setUp(structuredClone(newer))
    expect(await page({ type: 'content/account-seen' })).toMatchObject({ type: 'error' })
    expect(await page({ type: 'content/form-opened' })).toMatchObject({ type: 'error' })
    expect(await popup({ type: 'popup/record-event', ...FB, event: CONFIRMATION })).toMatchObject({ type: 'error', message: expect.stringMatching(/newer version/) })
    expect(await popup({ type: 'popup/delete-all' })).toMatchObject({ type: 'error' })
    expect(area.snapshot()).toEqual(newer)
    expect(area.calls.filter((c) => c.op !== 'get')).toEqual([])
    expect((await state()).storage).toBe('read_only')
  })
})

describe('a store whose writes fail', () => {
  it('retries its start-up after a failed read: get-state, export and delete work once storage answers again', async () => {
    let broken = true
    setUp({ schemaVersion: 1, settings: {}, [KEY]: accountWith([]) }, { fault: (op) => {
      if (broken && op === 'get') throw new Error('IO error: .../LOCK: File currently in use')
    } })
    expect(await popup({ type: 'popup/get-state' })).toMatchObject({ type: 'error' })
    broken = false
    expect((await state()).accounts).toHaveLength(1)
    expect(await popup({ type: 'popup/get-backup' })).toMatchObject({ type: 'backup' })
    expect(await popup({ type: 'popup/delete-account', ...FB })).toEqual({ type: 'ok' })
    expect(stored()).toBeUndefined()
  })

  it('reads, exports and deletes when storage is full and something is to be quarantined; the popup says storage is full', async () => {
    const initial = { schemaVersion: 1, settings: {}, [KEY]: accountWith(oldEvents(3)), 'account:facebook:2': { broken: true } }
    setUp(initial, { quotaBytes: new FakeStorage(initial).bytes() })
    const first = await state()
    expect(first.accounts).toHaveLength(1)
    // Start-up could not put the damaged account aside: it stays where it was.
    expect(area.snapshot()['account:facebook:2']).toEqual({ broken: true })
    expect(await popup({ type: 'popup/record-event', ...FB, event: CONFIRMATION })).toMatchObject({ type: 'error', message: 'storage is full' })
    expect((await state()).storage).toBe('full')
    expect(await popup({ type: 'popup/get-account', ...FB })).toMatchObject({ type: 'account', account: { accountId: FB.accountId } })
    expect(await popup({ type: 'popup/get-backup' })).toMatchObject({ type: 'backup', backup: { accounts: [expect.objectContaining(FB)] } })
    expect(await popup({ type: 'popup/delete-account', ...FB })).toEqual({ type: 'ok' })
    expect(stored()).toBeUndefined()
    expect((await state()).storage).toBeUndefined()
    // With room again, the start-up's repair is done: the damaged account goes aside.
    expect(Object.keys(area.snapshot()).some((k) => k.startsWith('quarantine:') && k.endsWith('account:facebook:2'))).toBe(true)
  })
})

describe('accounts at a person’s pace', () => {
  const tabOf = (id: number): SenderLike => ({ id: OWN_ID, url: 'https://www.facebook.com/', tab: { id, url: 'https://www.facebook.com/' } })
  const seen = (accountId: string, tab = 7) => route({ type: 'content/account-seen', platform: 'facebook', accountId }, tabOf(tab), deps)
  const accountKeys = () => Object.keys(area.snapshot()).filter((k) => k.startsWith('account:'))

  it(`creates at most ${NEW_ACCOUNTS_PER_TAB_PER_HOUR} new accounts per tab per hour, says so in the popup, and keeps serving the accounts it has`, async () => {
    deps = { ...deps, newAccounts: new NewAccountLimit() }
    for (let i = 0; i < 300; i++) await seen(String(1000 + i))
    expect(accountKeys()).toHaveLength(NEW_ACCOUNTS_PER_TAB_PER_HOUR)
    expect(await seen('1300')).toMatchObject({ type: 'error', message: expect.stringMatching(/not added/) })
    expect((await state()).refusedAccounts).toBe(298)
    // An account already stored is served as before; another tab may add its own.
    expect(await seen('1000')).toMatchObject({ type: 'banner', accountId: '1000' })
    expect(await seen('2000', 8)).toMatchObject({ type: 'banner', accountId: '2000' })
    // Nor do the form's reports create more.
    expect(await route({ type: 'content/form-opened', platform: 'facebook', accountId: '3000' }, tabOf(7), deps)).toMatchObject({ type: 'error' })
    later(61 * 60_000)
    expect(await seen('1301')).toMatchObject({ type: 'banner', accountId: '1301' })
    expect((await state()).refusedAccounts).toBeUndefined()
  })
})
