/**
 * Properties of the storage schema: a stored account survives the trip through JSON unchanged,
 * loading valid storage changes nothing, and loading any storage at all (unversioned, current,
 * damaged) never throws and never loses a key: each one is kept or put aside with its value.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Account, CURRENT_SCHEMA_VERSION, loadStorage, storageKeyOfAccount, type RawStorage } from '../../src/core/storage'
import { isQuarantineKey, QUARANTINE_PREFIX } from '../../src/core/storage-keys'
import { account, accounts, settings } from './arbitraries'

const NOW = new Date('2025-06-01T10:00:00.000Z')
const keyed = (list: Account[]): RawStorage => Object.fromEntries(list.map((a) => [storageKeyOfAccount(a), a]))

/** Applies what loadStorage asks the store to do, as AccountsStore.init does: writes first, then removals. */
function applyLoad(raw: RawStorage, now: Date): RawStorage {
  const loaded = loadStorage(raw, now)
  const next = { ...raw, ...loaded.writes }
  for (const key of loaded.removals) delete next[key]
  return next
}

/** Damages a stored value in one of the ways a bug, a downgrade or a hand edit could. */
const damaged = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  account.map((a) => ({ ...a, events: 'none' })),
  account.map((a) => ({ ...a, createdAt: 'yesterday' })),
  account.map((a) => ({ ...a, extra: true })),
  account.map((a) => ({ ...a, accountId: `${a.accountId}x` })),
  account.map((a) => ({ ...a, events: [...a.events, { type: 'objected_loudly', at: a.createdAt }] })),
)

describe('the storage schema', () => {
  it('parse → JSON → parse gives the same account, and parsing a valid account changes nothing', () => {
    fc.assert(
      fc.property(account, (a) => {
        const parsed = Account.parse(a)
        expect(parsed).toEqual(a)
        expect(Account.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed)
      }),
    )
  })

  it('loads current storage of valid accounts and settings without writing, removing or quarantining anything', () => {
    fc.assert(
      fc.property(accounts(6), settings, (list, s) => {
        const raw = { schemaVersion: CURRENT_SCHEMA_VERSION, settings: s, ...keyed(list) }
        const loaded = loadStorage(JSON.parse(JSON.stringify(raw)), NOW)
        expect(loaded.writes).toEqual({})
        expect(loaded.removals).toEqual([])
        expect(loaded.quarantined).toEqual([])
        expect(loaded.settings).toEqual(s)
        expect(loaded.accounts).toEqual(expect.arrayContaining(list))
        expect(loaded.accounts).toHaveLength(list.length)
      }),
    )
  })

  it('migrates every older version (unversioned and version 0) keeping every valid account and the settings', () => {
    fc.assert(
      fc.property(accounts(6), fc.option(settings, { nil: undefined }), fc.constantFrom<Record<string, unknown>>({}, { schemaVersion: 0 }), (list, s, version) => {
        const raw = { ...version, ...(s ? { settings: s } : {}), ...keyed(list) }
        const after = applyLoad(raw, NOW)
        expect(after.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
        expect(after.settings).toEqual(s ?? {})
        for (const a of list) expect(after[storageKeyOfAccount(a)]).toEqual(a)
        expect(Object.keys(after).filter(isQuarantineKey)).toEqual([])
      }),
    )
  })

  it('never throws and never loses a key of any storage: each is kept, rewritten, or put aside with its value', () => {
    const anyKey = fc.oneof(
      account.map((a) => storageKeyOfAccount(a)),
      fc.constantFrom('settings', 'schemaVersion', 'account:', 'account:facebook:', 'account:tiktok:1'),
      fc.string({ maxLength: 20 }).filter((k) => !k.startsWith(QUARANTINE_PREFIX)),
    )
    const entry = fc.oneof(
      account.map((a): [string, unknown] => [storageKeyOfAccount(a), a]),
      fc.tuple(anyKey, damaged),
    )
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), (entries) => {
        const raw: RawStorage = Object.fromEntries(entries)
        const loaded = loadStorage(raw, NOW)
        const after = applyLoad(raw, NOW)
        const version = raw.schemaVersion
        if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_SCHEMA_VERSION) {
          // Written by a newer version: left exactly as it is for that version, only read.
          expect(loaded.writes).toEqual({})
          expect(loaded.removals).toEqual([])
          expect(after).toEqual(raw)
          for (const a of loaded.accounts) expect(Object.hasOwn(raw, storageKeyOfAccount(a))).toBe(true)
          return
        }
        const asideValues = Object.entries(after)
          .filter(([k]) => isQuarantineKey(k))
          .map(([, v]) => v as { key: string; value: unknown })
        for (const [key, value] of Object.entries(raw)) {
          if (Object.hasOwn(after, key)) continue
          expect(asideValues).toContainEqual(expect.objectContaining({ key, value }))
        }
        // What stays under an account key is a valid account of that key.
        for (const [key, value] of Object.entries(after)) {
          if (!key.startsWith('account:')) continue
          const parsed = Account.safeParse(value)
          expect(parsed.success && storageKeyOfAccount(parsed.data) === key).toBe(true)
        }
        // Loading what was written is a fixed point: nothing more to write, remove or put aside.
        const again = loadStorage(after, NOW)
        expect(again.writes).toEqual({})
        expect(again.removals).toEqual([])
        expect(again.quarantined).toEqual([])
        expect(loaded.accounts.map(storageKeyOfAccount).sort()).toEqual(Object.keys(after).filter((k) => k.startsWith('account:')).sort())
      }),
    )
  })

  it('leaves storage of a newer version untouched, even an account this version cannot read', () => {
    const broken = { platform: 'facebook', accountId: '0', createdAt: '2000-01-01T00:00:00.000Z', events: 'none', banner: { dismissed: false } }
    const raw: RawStorage = { schemaVersion: 205705795442916, 'account:facebook:0': broken }
    const loaded = loadStorage(raw, NOW)
    expect(loaded).toMatchObject({ writes: {}, removals: [], quarantined: [], accounts: [] })
    expect(applyLoad(raw, NOW)).toEqual(raw)
  })

  it('puts aside a key named __proto__ like any unknown key, once', () => {
    const raw = JSON.parse('{"schemaVersion":1,"settings":{},"__proto__":{"events":"none"}}') as RawStorage
    const loaded = loadStorage(raw, NOW)
    expect(loaded.removals).toEqual(['__proto__'])
    expect(loaded.quarantined).toEqual([expect.objectContaining({ key: '__proto__', value: { events: 'none' } })])
    const after = applyLoad(raw, NOW)
    expect(Object.hasOwn(after, '__proto__')).toBe(false)
    expect(loadStorage(after, NOW).quarantined).toEqual([])
  })
})
