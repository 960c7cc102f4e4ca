import { beforeEach, describe, expect, it } from 'vitest'
import { FORM_TAB_MS, formTabs, onTabCreated, type Session } from '../../src/background/form-tabs'

/** storage.session in memory, JSON-copied as the browser does. */
function fakeSession(): Session & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>()
  const keysOf = (keys: string | string[] | null) => (keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys])
  return {
    data,
    get: async (keys) => Object.fromEntries(keysOf(keys).filter((k) => data.has(k)).map((k) => [k, JSON.parse(JSON.stringify(data.get(k)))])),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, JSON.parse(JSON.stringify(v)))),
    remove: async (keys) => void keysOf(keys).forEach((k) => data.delete(k)),
  }
}

const FB = { platform: 'facebook', accountId: '100012345' } as const
const IG = { platform: 'instagram', accountId: '4242' } as const

let session: ReturnType<typeof fakeSession>
let clock: number
const now = () => clock
beforeEach(() => {
  session = fakeSession()
  clock = Date.parse('2026-12-01T10:00:00Z')
})

describe('which account opened the form in a tab', () => {
  it('is remembered for the tab, for 30 minutes', async () => {
    const tabs = formTabs(session, now)
    await tabs.remember(5, FB)
    expect(await tabs.accountOf(5)).toEqual(FB)
    expect(await tabs.accountOf(6)).toBeUndefined()
    clock += FORM_TAB_MS - 1
    expect(await tabs.accountOf(5)).toEqual(FB)
    clock += 1
    expect(await tabs.accountOf(5)).toBeUndefined()
  })

  it('goes into the tabs opened from there, and from those, whichever came first, the tab or the message', async () => {
    const tabs = formTabs(session, now)
    // The banner's tab reported its account (reminders' tab:<id>); its "Object now" opens tab 6.
    await session.set({ 'tab:5': 'facebook:100012345' })
    await onTabCreated({ id: 6, openerTabId: 5 }, session, now)
    await tabs.remember(5, FB) // the message arrives after the new tab
    expect(await tabs.accountOf(6)).toEqual(FB)
    await onTabCreated({ id: 7, openerTabId: 6 }, session, now)
    expect(await tabs.accountOf(7)).toEqual(FB)
  })

  it('does not follow a tab opened from a tab that neither shows an account nor opened the form', async () => {
    const tabs = formTabs(session, now)
    await onTabCreated({ id: 6, openerTabId: 3 }, session, now)
    expect(await tabs.accountOf(6)).toBeUndefined()
    expect([...session.data.keys()].some((k) => k.startsWith('opener:'))).toBe(false)
  })

  it('keeps the account remembered for a tab (the popup\'s own) even when that tab\'s opener remembers another', async () => {
    const tabs = formTabs(session, now)
    await tabs.remember(5, FB)
    await onTabCreated({ id: 6, openerTabId: 5 }, session, now)
    await tabs.remember(6, IG)
    expect(await tabs.accountOf(6)).toEqual(IG)
    expect(await tabs.accountOf(5)).toEqual(FB)
  })

  it('keeps the account for a tab opened from a tab since closed, and forgets what expired', async () => {
    const tabs = formTabs(session, now)
    await tabs.remember(5, FB)
    await onTabCreated({ id: 6, openerTabId: 5 }, session, now)
    expect(await tabs.accountOf(6)).toEqual(FB)
    clock += FORM_TAB_MS
    await tabs.remember(20, IG)
    expect([...session.data.keys()].filter((k) => k.startsWith('form:') || k.startsWith('opener:'))).toEqual(['form:20'])
  })
})

describe('a tab created while its account is remembered', () => {
  it('keeps the account whichever of the two comes first, however the storage\'s answers are timed', async () => {
    for (let round = 0; round < 20; round++) {
      const inner = fakeSession()
      // Each answer of storage.session comes after a random wait, as the browser's may.
      const later = <T>(op: () => Promise<T>): Promise<T> => new Promise((done) => setTimeout(() => void op().then(done), Math.random() * 4))
      const slow: Session = { get: (k) => later(() => inner.get(k)), set: (i) => later(() => inner.set(i)), remove: (k) => later(() => inner.remove(k)) }
      const tabs = formTabs(slow, now)
      const id = 100 + round
      await inner.set({ 'tab:5': 'facebook:100012345' })
      await Promise.all(round % 2 ? [tabs.remember(id, IG), onTabCreated({ id, openerTabId: 5 }, slow, now)] : [onTabCreated({ id, openerTabId: 5 }, slow, now), tabs.remember(id, IG)])
      expect(await tabs.accountOf(id), `round ${round}`).toEqual(IG)
    }
  })
})
