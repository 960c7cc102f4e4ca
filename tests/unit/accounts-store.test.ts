import { describe, expect, it } from 'vitest'
import { AccountsStore } from '../../src/background/accounts-store'
import { QuarantineEntry, type Account, type RawStorage } from '../../src/core/storage'
import type { AccountRef } from '../../src/core/platform'
import type { ObjectionEvent } from '../../src/core/objection'
import { FakeStorage } from './fake-storage'

const NOW = new Date('2025-05-20T08:00:00.000Z')
const clock = (): Date => new Date(NOW)
const FB: AccountRef = { platform: 'facebook', accountId: '100012345' }
const FB_KEY = 'account:facebook:100012345'
const IG: AccountRef = { platform: 'instagram', accountId: '5566778899' }
const IG_KEY = 'account:instagram:5566778899'

const stored = (ref: AccountRef, extra: Partial<Account> = {}): Account => ({
  platform: ref.platform,
  accountId: ref.accountId,
  createdAt: '2025-05-01T09:30:00.000Z',
  events: [],
  banner: { dismissed: false },
  ...extra,
})

const opened = (i: number): ObjectionEvent => ({ type: 'form_opened', at: new Date(NOW.getTime() + i * 1000).toISOString() })
const append = (event: ObjectionEvent) => (account: Account): Account => ({ ...account, events: [...account.events, event] })

/** A random delay of 0–2 ms per storage call, so that concurrent calls interleave. */
const jitter = (): number => Math.floor(Math.random() * 3)

describe('FakeStorage', () => {
  it('makes lost updates visible when read-modify-write is not serialised', async () => {
    // The control experiment: without the store's queue, concurrent appends overwrite each other.
    const area = new FakeStorage({ counter: [] }, { delayMs: 1 })
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const { counter } = (await area.get('counter')) as { counter: number[] }
        await area.set({ counter: [...counter, i] })
      }),
    )
    expect(((await area.get('counter')) as { counter: number[] }).counter).toHaveLength(1)
  })

  it('copies values in and out', async () => {
    const value = { a: [1] }
    const area = new FakeStorage()
    await area.set({ k: value })
    value.a.push(2)
    const out = (await area.get(['k'])) as { k: { a: number[] } }
    out.k.a.push(3)
    expect(area.snapshot()).toEqual({ k: { a: [1] } })
  })
})

describe('AccountsStore', () => {
  it('loses none of 50 concurrent updates of the same account', async () => {
    const area = new FakeStorage({ schemaVersion: 1, settings: {} }, { delayMs: jitter })
    const store = new AccountsStore(area, clock)
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => store.update(FB, append(opened(i)), { create: {} })))
    expect(results.every((r) => r !== undefined)).toBe(true)
    const account = await store.get(FB)
    expect(account?.events).toHaveLength(50)
    // Appended in the order the updates were asked for.
    expect(account?.events).toEqual(Array.from({ length: 50 }, (_, i) => opened(i)))
    expect((area.snapshot()[FB_KEY] as Account).events).toHaveLength(50)
    // Only one account was ever created.
    expect(account?.createdAt).toBe(NOW.toISOString())
  })

  it('keeps working after an update whose change throws', async () => {
    const store = new AccountsStore(new FakeStorage({ schemaVersion: 1, settings: {} }), clock)
    const failing = store.update(FB, () => {
      throw new Error('nope')
    }, { create: {} })
    const next = store.update(FB, append(opened(0)), { create: {} })
    await expect(failing).rejects.toThrow('nope')
    await expect(next).resolves.toMatchObject({ events: [opened(0)] })
  })

  it('writes nothing for an update that changes nothing', async () => {
    const area = new FakeStorage({ schemaVersion: 1, settings: {}, [FB_KEY]: stored(FB) })
    const store = new AccountsStore(area, clock)
    await store.init()
    const writes = area.calls.filter((c) => c.op === 'set').length
    await expect(store.update(FB, (a) => ({ ...a }))).resolves.toEqual(stored(FB))
    expect(area.calls.filter((c) => c.op === 'set')).toHaveLength(writes)
    await store.update(FB, (a) => ({ ...a, label: 'x' }))
    expect(area.calls.filter((c) => c.op === 'set')).toHaveLength(writes + 1)
  })

  it('rejects a change that breaks the schema and writes nothing', async () => {
    const area = new FakeStorage({ schemaVersion: 1, settings: {}, [FB_KEY]: stored(FB) })
    const store = new AccountsStore(area, clock)
    await expect(store.update(FB, (a) => ({ ...a, accountId: 'not a number' }))).rejects.toThrow()
    expect(area.snapshot()[FB_KEY]).toEqual(stored(FB))
  })

  it('does not create an account unless asked to', async () => {
    const area = new FakeStorage({ schemaVersion: 1, settings: {} })
    const store = new AccountsStore(area, clock)
    await expect(store.update(FB, append(opened(0)))).resolves.toBeUndefined()
    expect(area.snapshot()).not.toHaveProperty(FB_KEY)
    await expect(store.update(FB, (a) => a, { create: { label: 'Me' } })).resolves.toEqual({ ...stored(FB), label: 'Me', createdAt: NOW.toISOString() })
  })

  it('init() migrates and quarantines once, before the first operation', async () => {
    const damaged = { ...stored(IG), events: 'none' }
    const area = new FakeStorage({ schemaVersion: 0, [FB_KEY]: stored(FB), [IG_KEY]: damaged, theme: 'dark' })
    const store = new AccountsStore(area, clock)
    const quarantined = await store.init()
    expect(quarantined.map((q) => q.key).sort()).toEqual([IG_KEY, 'theme'])
    const after = area.snapshot()
    expect(after.schemaVersion).toBe(1)
    expect(after.settings).toEqual({})
    expect(after[FB_KEY]).toEqual(stored(FB))
    expect(after).not.toHaveProperty(IG_KEY)
    expect(after).not.toHaveProperty('theme')
    expect(after[`quarantine:${NOW.toISOString()}:${IG_KEY}`]).toEqual({ key: IG_KEY, value: damaged, reason: expect.any(String), at: NOW.toISOString() })
    expect(after[`quarantine:${NOW.toISOString()}:theme`]).toMatchObject({ key: 'theme', value: 'dark', reason: 'unknown key' })

    // A second init (and any later operation) does not load again.
    const calls = area.calls.length
    await expect(store.init()).resolves.toBe(quarantined)
    await store.get(FB)
    expect(area.calls.slice(calls).filter((c) => c.keys === null)).toEqual([])
  })

  it('runs init() before the first update even when init() is not called', async () => {
    const area = new FakeStorage({ [FB_KEY]: stored(FB), junk: 1 })
    const store = new AccountsStore(area, clock)
    await store.update(FB, append(opened(0)))
    const after = area.snapshot()
    expect(after.schemaVersion).toBe(1)
    expect(after).not.toHaveProperty('junk')
    expect((after[FB_KEY] as Account).events).toEqual([opened(0)])
  })

  it('leaves storage at the current version after init() with a bad schemaVersion', async () => {
    const area = new FakeStorage({ schemaVersion: 'one', [FB_KEY]: stored(FB) })
    await new AccountsStore(area, clock).init()
    expect(area.snapshot().schemaVersion).toBe(1)
  })

  it('quarantines an account damaged after start-up and starts it afresh', async () => {
    const area = new FakeStorage({ schemaVersion: 1, settings: {}, [FB_KEY]: stored(FB, { events: [opened(0)] }) })
    const later = new Date('2025-05-21T10:00:00.000Z')
    let now = NOW
    const store = new AccountsStore(area, () => now)
    await store.init()

    const damaged = { platform: 'facebook', accountId: '100012345', events: 42 }
    area.poke(FB_KEY, damaged)
    now = later
    expect(await store.get(FB)).toBeUndefined()
    const quarantineKey = `quarantine:${later.toISOString()}:${FB_KEY}`
    expect(area.snapshot()).not.toHaveProperty(FB_KEY)
    expect(QuarantineEntry.parse(area.snapshot()[quarantineKey])).toEqual({ key: FB_KEY, value: damaged, reason: expect.any(String), at: later.toISOString() })

    const restarted = await store.update(FB, append(opened(1)), { create: {} })
    expect(restarted).toEqual({ ...stored(FB), createdAt: later.toISOString(), events: [opened(1)] })
    expect(area.snapshot()[FB_KEY]).toEqual(restarted)
    expect(area.snapshot()[quarantineKey]).toMatchObject({ value: damaged })
  })

  it('all() returns accounts, settings and quarantine entries', async () => {
    const area = new FakeStorage({ schemaVersion: 1, settings: { language: 'fr' }, [FB_KEY]: stored(FB), [IG_KEY]: { broken: true } })
    const store = new AccountsStore(area, clock)
    await store.update(IG, append(opened(0)), { create: { label: 'insta' } })
    const state = await store.all()
    expect(state.settings).toEqual({ language: 'fr' })
    expect(state.accounts).toHaveLength(2)
    expect(state.accounts).toEqual(
      expect.arrayContaining([stored(FB), { ...stored(IG), label: 'insta', createdAt: NOW.toISOString(), events: [opened(0)] }]),
    )
    expect(state.quarantine).toEqual([{ key: IG_KEY, value: { broken: true }, reason: expect.any(String), at: NOW.toISOString() }])
  })

  it('all() gives default settings when there are none', async () => {
    const area = new FakeStorage({ schemaVersion: 1 })
    const state = await new AccountsStore(area, clock).all()
    expect(state).toEqual({ accounts: [], settings: {}, quarantine: [] })
  })

  it('setSettings validates and writes the settings', async () => {
    const area = new FakeStorage({ schemaVersion: 1, settings: {} })
    const store = new AccountsStore(area, clock)
    await store.setSettings({ language: 'de' })
    expect(area.snapshot().settings).toEqual({ language: 'de' })
    await expect(store.setSettings({ language: 'not a language' })).rejects.toThrow()
    expect(area.snapshot().settings).toEqual({ language: 'de' })
    expect((await store.all()).settings).toEqual({ language: 'de' })
  })})

describe('AccountsStore.all() keeps its read until storage changes', () => {
  const reads = (area: FakeStorage) => area.calls.filter((c) => c.op === 'get' && c.keys === null).length

  it('answers from the start-up read, then from its own, without reading storage again', async () => {
    const area = new FakeStorage({ schemaVersion: 1, settings: {}, [FB_KEY]: stored(FB) })
    const store = new AccountsStore(area, clock)
    const first = await store.all()
    expect(reads(area)).toBe(1) // init's read serves the first all()
    expect(await store.all()).toBe(first)
    expect(reads(area)).toBe(1)
    expect(first.accounts).toEqual([stored(FB)])
  })

  it('reads again after any of its own writes: update, settings, rewrite, quarantine', async () => {
    const area = new FakeStorage({ schemaVersion: 1, settings: {}, [FB_KEY]: stored(FB) })
    const store = new AccountsStore(area, clock)
    await store.all()
    await store.update(FB, append(opened(0)))
    expect((await store.all()).accounts).toEqual([stored(FB, { events: [opened(0)] })])
    await store.setSettings({ language: 'fr' })
    expect((await store.all()).settings).toEqual({ language: 'fr' })
    await store.rewrite(() => ({ set: {}, remove: [FB_KEY] }))
    expect((await store.all()).accounts).toEqual([])
  })

  it('reads again after a write behind its back (storage.onChanged)', async () => {
    const area = new FakeStorage({ schemaVersion: 1, settings: {}, [FB_KEY]: stored(FB) })
    const store = new AccountsStore(area, clock)
    await store.all()
    area.poke(IG_KEY, stored(IG))
    expect((await store.all()).accounts).toEqual([stored(FB), stored(IG)])
    area.poke('quarantine:2025-05-20T08:00:00.000Z:x', { key: 'x', value: 1, reason: 'test', at: NOW.toISOString() })
    expect((await store.all()).quarantine).toHaveLength(1)
  })

  /** An area where a write lands after the next whole read took its data, before that read returns. */
  function racingArea(initial: RawStorage) {
    const area = new FakeStorage(initial)
    const race = { armed: false }
    const racing = Object.assign(Object.create(area) as FakeStorage, {
      get: async (keys?: string | string[] | null) => {
        const data = await area.get(keys)
        if (race.armed && keys === null) {
          race.armed = false
          area.poke(IG_KEY, stored(IG))
        }
        return data
      },
    })
    return { area, racing, race }
  }

  it('does not keep a read that a write overtook', async () => {
    const { area, racing, race } = racingArea({ schemaVersion: 1, settings: {}, [FB_KEY]: stored(FB) })
    const store = new AccountsStore(racing, clock)
    await store.init()
    area.poke('settings', { language: 'de' }) // drops the start-up read
    race.armed = true
    expect((await store.all()).accounts).toEqual([stored(FB)]) // what storage held when read
    expect((await store.all()).accounts).toEqual([stored(FB), stored(IG)])
  })

  it('does not keep a start-up read that a write overtook (storage seeded as the worker starts)', async () => {
    const { racing, race } = racingArea({ schemaVersion: 1, settings: {}, [FB_KEY]: stored(FB) })
    const store = new AccountsStore(racing, clock)
    race.armed = true
    await store.init()
    expect((await store.all()).accounts).toEqual([stored(FB), stored(IG)])
  })
})
