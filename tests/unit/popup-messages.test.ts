/** The popup's messages through the router and the store: import, deletion, links, banners, active tab. */
import { beforeEach, describe, expect, it } from 'vitest'
import { OWN_ID, OWN_ORIGIN, routerDeps } from './router-deps'
import { AccountsStore } from '../../src/background/accounts-store'
import { route, type RouterDeps } from '../../src/background/router'
import { makeBackup } from '../../src/core/backup'
import { AppState } from '../../src/core/messages'
import { MAX_EVENTS_PER_ACCOUNT, type Account } from '../../src/core/storage'
import { summarize } from '../../src/core/account-summary'
import { defaultSelection, ordered } from '../../src/popup/order'
import { FakeStorage } from './fake-storage'

const POPUP = { id: OWN_ID, url: `${OWN_ORIGIN}src/popup/index.html` }
const FACEBOOK_TAB = { id: OWN_ID, url: 'https://www.facebook.com/', tab: { id: 7, url: 'https://www.facebook.com/' } }
const NOW = new Date('2025-06-01T10:00:00.000Z')

const account = (platform: 'facebook' | 'instagram', accountId: string, extra: Partial<Account> = {}): Account => ({
  platform,
  accountId,
  createdAt: '2025-05-01T09:00:00.000Z',
  events: [{ type: 'form_opened', at: '2025-05-01T09:01:00.000Z' }],
  banner: { dismissed: false },
  ...extra,
})
const FB = account('facebook', '1', { label: 'Jane' })
const IG = account('instagram', '2')

let area: FakeStorage
let deps: RouterDeps
beforeEach(() => {
  area = new FakeStorage({ schemaVersion: 1, settings: {}, 'account:facebook:1': FB, 'account:instagram:2': IG })
  deps = routerDeps(new AccountsStore(area, () => NOW), () => NOW, {
    tabAccount: async (tabId: number) => (tabId === 7 ? { platform: 'instagram' as const, accountId: '2' } : undefined),
  })
})
const send = (message: unknown, sender: object = POPUP) => route(message, sender, deps)
const stored = (key: string) => area.snapshot()[key] as Account | undefined

describe('popup messages', () => {
  it('reports the active tab’s account with the state', async () => {
    expect(AppState.parse(await send({ type: 'popup/get-state', tabId: 7 })).activeAccount).toEqual({ platform: 'instagram', accountId: '2' })
    expect(AppState.parse(await send({ type: 'popup/get-state', tabId: 8 }))).not.toHaveProperty('activeAccount')
    expect(await send({ type: 'popup/get-state', tabId: -1 })).toMatchObject({ type: 'error', code: 'bad_message' })
  })

  it('imports a backup by merging, and refuses one that breaks the limits without writing anything', async () => {
    const imported = account('facebook', '1', { events: [{ type: 'submitted', at: '2025-05-02T00:00:00.000Z' }], label: 'Other' })
    const fresh = account('facebook', '3')
    expect(await send({ type: 'popup/import', backup: makeBackup({ accounts: [imported, fresh], settings: { language: 'fr' }, quarantine: [] }, NOW) })).toEqual({ type: 'ok' })
    expect(stored('account:facebook:1')?.events.map((e) => e.type)).toEqual(['form_opened', 'submitted'])
    expect(stored('account:facebook:1')?.label).toBe('Jane')
    expect(stored('account:facebook:3')).toEqual(fresh)
    expect(area.snapshot().settings).toEqual({ language: 'fr' })

    const before = area.snapshot()
    const tooMany = account('facebook', '1', { events: Array.from({ length: MAX_EVENTS_PER_ACCOUNT }, (_, i) => ({ type: 'form_opened' as const, at: new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString() })) })
    expect(await send({ type: 'popup/import', backup: makeBackup({ accounts: [fresh, tooMany], settings: {}, quarantine: [] }, NOW) })).toMatchObject({ type: 'error' })
    expect(area.snapshot()).toEqual(before)
    expect(await send({ type: 'popup/import', backup: { format: 'object-meta-ai-proof', version: 1 } })).toMatchObject({ type: 'error', code: 'bad_message' })
  })

  it('keeps a damaged stored account aside instead of overwriting it on import', async () => {
    area.poke('account:facebook:1', { platform: 'facebook', accountId: '1', events: 'broken' })
    await send({ type: 'popup/import', backup: makeBackup({ accounts: [FB], settings: {}, quarantine: [] }, NOW) })
    const kept = Object.entries(area.snapshot()).find(([k]) => k.startsWith('quarantine:'))
    expect(kept?.[1]).toMatchObject({ key: 'account:facebook:1', value: { events: 'broken' } })
    expect(stored('account:facebook:1')).toEqual(FB)
  })

  it('links both ways, relinks, unlinks, and deleting an account removes the other’s link', async () => {
    area.poke('account:instagram:9', account('instagram', '9'))
    expect(await send({ type: 'popup/link-accounts', facebookId: '1', instagramId: '2' })).toEqual({ type: 'ok' })
    expect(stored('account:facebook:1')?.linkedWith).toBe('instagram:2')
    expect(stored('account:instagram:2')?.linkedWith).toBe('facebook:1')
    await send({ type: 'popup/link-accounts', facebookId: '1', instagramId: '9' })
    expect(stored('account:instagram:2')).not.toHaveProperty('linkedWith')
    expect(stored('account:instagram:9')?.linkedWith).toBe('facebook:1')
    await send({ type: 'popup/unlink-account', platform: 'instagram', accountId: '9' })
    expect(stored('account:facebook:1')).not.toHaveProperty('linkedWith')
    await send({ type: 'popup/link-accounts', facebookId: '1', instagramId: '2' })
    await send({ type: 'popup/delete-account', platform: 'instagram', accountId: '2' })
    expect(stored('account:instagram:2')).toBeUndefined()
    expect(stored('account:facebook:1')).not.toHaveProperty('linkedWith')
    expect(await send({ type: 'popup/link-accounts', facebookId: '1', instagramId: '404' })).toMatchObject({ type: 'error' })
  })

  it('deletes everything but the schema version', async () => {
    await send({ type: 'popup/delete-all' })
    expect(area.snapshot()).toEqual({ schemaVersion: 1, settings: {} })
  })

  it('re-enables banners and hides them on a platform turned off', async () => {
    area.poke('account:facebook:1', { ...FB, banner: { dismissed: true, snoozedUntil: '2099-01-01T00:00:00.000Z' } })
    expect(await send({ type: 'content/account-seen', platform: 'facebook', accountId: '1' }, FACEBOOK_TAB)).toMatchObject({ show: false })
    await send({ type: 'popup/reenable-banners' })
    expect(stored('account:facebook:1')?.banner).toEqual({ dismissed: false })
    expect(await send({ type: 'content/account-seen', platform: 'facebook', accountId: '1' }, FACEBOOK_TAB)).toMatchObject({ show: true })
    await send({ type: 'popup/set-settings', settings: { bannersOff: ['facebook'] } })
    expect(await send({ type: 'content/account-seen', platform: 'facebook', accountId: '1' }, FACEBOOK_TAB)).toMatchObject({ show: false })
  })

  it('are accepted only from the extension’s own pages', async () => {
    expect(await send({ type: 'popup/delete-all' }, FACEBOOK_TAB)).toMatchObject({ type: 'error', code: 'bad_message' })
    expect(stored('account:facebook:1')).toEqual(FB)
  })
})

describe('popup order', () => {
  const confirmed = account('facebook', '5', { createdAt: '2025-04-01T00:00:00.000Z', events: [{ type: 'marked_done', at: '2025-04-01T00:00:00.000Z', objectedOn: '2025-04-01' }] })
  const summaries = [IG, FB, confirmed].map((a) => summarize(a, NOW))
  it('lists the active tab’s account first and opens the guide on it', () => {
    const list = ordered({ accounts: summaries, activeAccount: { platform: 'instagram', accountId: '2' } })
    expect(list.map((a) => a.accountId)).toEqual(['2', '5', '1'])
    expect(defaultSelection(list, 'instagram:2')).toBe('instagram:2')
  })
  it('without an active account opens the first one not confirmed yet', () => {
    const list = ordered({ accounts: summaries })
    expect(list.map((a) => a.accountId)).toEqual(['5', '1', '2'])
    expect(defaultSelection(list, null)).toBe('facebook:1')
    expect(defaultSelection([], null)).toBeNull()
  })
})
