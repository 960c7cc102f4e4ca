import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  Account,
  CURRENT_SCHEMA_VERSION,
  DEFAULT_SETTINGS,
  loadStorage,
  MIGRATIONS,
  newAccount,
  QuarantineEntry,
  storageKeyOfAccount,
  type LoadedStorage,
  type RawStorage,
} from '../../src/core/storage'

const NOW = new Date('2025-05-20T08:00:00.000Z')
const AT = NOW.toISOString()
const qKey = (key: string): string => `quarantine:${AT}:${key}`

/** Raw storage as JSON text, as an older version of the extension left it. */
const raw = (json: string): RawStorage => JSON.parse(json) as RawStorage

const FB_KEY = 'account:facebook:100012345'
const FB_ACCOUNT = {
  platform: 'facebook',
  accountId: '100012345',
  createdAt: '2025-05-01T09:30:00.000Z',
  events: [{ type: 'form_opened', at: '2025-05-01T09:31:00.000Z' }],
  banner: { dismissed: false },
}
const IG_KEY = 'account:instagram:5566778899'
const IG_ACCOUNT = {
  platform: 'instagram',
  accountId: '5566778899',
  label: 'me.on.insta',
  createdAt: '2025-05-02T09:30:00.000Z',
  events: [],
  banner: { dismissed: true },
}

/** Versions whose migration has a test below; filled as the describe blocks are collected. */
const testedMigrations = new Set<number>()
function describeMigration(version: number, body: () => void): void {
  testedMigrations.add(version)
  describe(`migration ${version}`, body)
}

function expectQuarantined(out: LoadedStorage, key: string, value: unknown, reason?: string | RegExp): void {
  const entry = out.writes[qKey(key)]
  expect(entry, `quarantine entry for ${key}`).toBeDefined()
  expect(QuarantineEntry.safeParse(entry).success).toBe(true)
  expect(entry).toMatchObject({ key, value, at: AT })
  const why = (entry as QuarantineEntry).reason
  expect(why.length).toBeGreaterThan(0)
  if (reason !== undefined) expect(why).toMatch(reason)
  // Moved aside: removed, or (for schemaVersion) overwritten by the new value.
  if (key !== 'schemaVersion') expect(out.removals).toContain(key)
  expect(out.quarantined).toContainEqual({ key, value, reason: why, at: AT })
}

describe('MIGRATIONS', () => {
  it('every migration has its own test in this file', () => {
    const versions = Object.keys(MIGRATIONS).map(Number)
    expect(versions.length).toBeGreaterThan(0)
    for (const version of versions) expect(testedMigrations, `migration ${version} has no test`).toContain(version)
  })

  it('has one migration per version from 1 to the current one', () => {
    const versions = Object.keys(MIGRATIONS)
      .map(Number)
      .sort((a, b) => a - b)
    expect(versions).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1))
  })
})

describeMigration(1, () => {
  const migrate = MIGRATIONS[1]!

  it('stamps a fresh install ({}) with version 1 and empty settings', () => {
    expect(migrate(raw('{}'))).toEqual({ schemaVersion: 1, settings: {} })
  })

  it('keeps accounts and existing settings of version-0 storage', () => {
    const before = raw(JSON.stringify({ [FB_KEY]: FB_ACCOUNT, settings: { language: 'fr' } }))
    const copy = structuredClone(before)
    expect(migrate(before)).toEqual({ [FB_KEY]: FB_ACCOUNT, settings: { language: 'fr' }, schemaVersion: 1 })
    expect(before).toEqual(copy) // pure: the input is not changed
  })

  it('loadStorage of {} gives default settings and writes version 1', () => {
    const out = loadStorage(raw('{}'), NOW)
    expect(out.settings).toEqual({})
    expect(out.accounts).toEqual([])
    expect(out.writes).toEqual({ schemaVersion: 1, settings: {} })
    expect(out.removals).toEqual([])
    expect(out.quarantined).toEqual([])
  })

  it('loadStorage of {"schemaVersion":0} gives default settings and writes version 1', () => {
    const out = loadStorage(raw('{"schemaVersion":0}'), NOW)
    expect(out.settings).toEqual({})
    expect(out.writes).toEqual({ schemaVersion: 1, settings: {} })
    expect(out.removals).toEqual([])
  })

  it('loadStorage of version-0 JSON keeps a valid account', () => {
    const out = loadStorage(raw(`{"${FB_KEY}": ${JSON.stringify(FB_ACCOUNT)}}`), NOW)
    expect(out.accounts).toEqual([FB_ACCOUNT])
    expect(out.quarantined).toEqual([])
    expect(out.removals).toEqual([])
    expect(out.writes).toMatchObject({ schemaVersion: 1 })
    expect(Object.keys(out.writes).some((k) => k.startsWith('quarantine:'))).toBe(false)
  })
})

describe('loadStorage', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('loads current storage without writing anything', () => {
    const stored = { schemaVersion: 1, settings: { language: 'de' }, [FB_KEY]: FB_ACCOUNT, [IG_KEY]: IG_ACCOUNT }
    const out = loadStorage(raw(JSON.stringify(stored)), NOW)
    expect(out.settings).toEqual({ language: 'de' })
    expect(out.accounts).toHaveLength(2)
    expect(out.accounts).toEqual(expect.arrayContaining([FB_ACCOUNT, IG_ACCOUNT]))
    expect(out.writes).toEqual({})
    expect(out.removals).toEqual([])
  })

  it('gives an account without banner the default banner', () => {
    const withoutBanner: Partial<typeof FB_ACCOUNT> = { ...FB_ACCOUNT }
    delete withoutBanner.banner
    const out = loadStorage(raw(JSON.stringify({ schemaVersion: 1, settings: {}, [FB_KEY]: withoutBanner })), NOW)
    expect(out.accounts).toEqual([{ ...withoutBanner, banner: { dismissed: false } }])
    expect(out.quarantined).toEqual([])
  })

  it('quarantines an account that fails the schema and still loads the others', () => {
    const damaged = { ...FB_ACCOUNT, events: [{ type: 'objected', at: 'yesterday' }] }
    const out = loadStorage(raw(JSON.stringify({ schemaVersion: 1, settings: {}, [FB_KEY]: damaged, [IG_KEY]: IG_ACCOUNT })), NOW)
    expect(out.accounts).toEqual([IG_ACCOUNT])
    expectQuarantined(out, FB_KEY, damaged)
    expect(out.removals).toEqual([FB_KEY])
    expect(out.quarantined).toHaveLength(1)
    expect(out.writes).not.toHaveProperty(FB_KEY)
  })

  it.each([
    ['null', null],
    ['a string', 'hello'],
    ['an array', []],
    ['an account with an extra key', { ...FB_ACCOUNT, extra: true }],
    ['an account with a bad id', { ...FB_ACCOUNT, accountId: 'abc' }],
  ])('quarantines %s stored as an account', (_what, value) => {
    const out = loadStorage({ schemaVersion: 1, settings: {}, [FB_KEY]: value }, NOW)
    expect(out.accounts).toEqual([])
    expectQuarantined(out, FB_KEY, value)
  })

  it('quarantines in version-0 storage too, with the original value', () => {
    const damaged = { ...FB_ACCOUNT, createdAt: 'long ago' }
    const out = loadStorage(raw(JSON.stringify({ [FB_KEY]: damaged, [IG_KEY]: IG_ACCOUNT })), NOW)
    expect(out.accounts).toEqual([IG_ACCOUNT])
    expectQuarantined(out, FB_KEY, damaged)
    expect(out.writes).toMatchObject({ schemaVersion: 1 })
  })

  it('quarantines an account stored under the key of another account', () => {
    const wrongKey = 'account:facebook:999'
    const out = loadStorage(raw(JSON.stringify({ schemaVersion: 1, settings: {}, [wrongKey]: FB_ACCOUNT })), NOW)
    expect(out.accounts).toEqual([])
    expectQuarantined(out, wrongKey, FB_ACCOUNT, /another account/)
  })

  it('quarantines an account stored under the key of the other platform', () => {
    const wrongKey = 'account:instagram:100012345'
    const out = loadStorage({ schemaVersion: 1, settings: {}, [wrongKey]: FB_ACCOUNT }, NOW)
    expect(out.accounts).toEqual([])
    expectQuarantined(out, wrongKey, FB_ACCOUNT, /another account/)
  })

  it('quarantines an unknown key', () => {
    const out = loadStorage(raw(JSON.stringify({ schemaVersion: 1, settings: {}, theme: 'dark', [FB_KEY]: FB_ACCOUNT })), NOW)
    expectQuarantined(out, 'theme', 'dark', 'unknown key')
    expect(out.accounts).toEqual([FB_ACCOUNT])
  })

  it('leaves existing quarantine entries alone', () => {
    const old = { key: 'theme', value: 'dark', reason: 'unknown key', at: '2025-05-01T00:00:00.000Z' }
    const out = loadStorage({ schemaVersion: 1, settings: {}, 'quarantine:2025-05-01T00:00:00.000Z:theme': old }, NOW)
    expect(out.writes).toEqual({})
    expect(out.removals).toEqual([])
    expect(out.quarantined).toEqual([])
  })

  it.each([
    ['a fraction', 1.5],
    ['a string', '1'],
    ['a negative number', -1],
    ['NaN', Number.NaN],
    ['an object', { v: 1 }],
  ])('quarantines a schemaVersion that is %s, migrates from 0 and still loads the accounts', (_what, version) => {
    const out = loadStorage({ schemaVersion: version, [FB_KEY]: FB_ACCOUNT }, NOW)
    expectQuarantined(out, 'schemaVersion', version, /whole number/)
    expect(out.accounts).toEqual([FB_ACCOUNT])
    expect(out.settings).toEqual(DEFAULT_SETTINGS)
    expect(out.writes).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, settings: {} })
  })

  it('never both writes and removes the same key (the store writes first, then removes)', () => {
    // With a bad schemaVersion, `schemaVersion` is in writes (the new version) and in removals
    // (moved to quarantine): applying writes then removals leaves storage without a version.
    const out = loadStorage({ schemaVersion: 'one', [FB_KEY]: FB_ACCOUNT }, NOW)
    expect(out.removals.filter((key) => key in out.writes)).toEqual([])
  })

  it.each([
    ['an unknown language tag', { language: 'French!' }],
    ['an extra key', { theme: 'dark' }],
    ['a string', 'fr'],
    ['null', null],
  ])('quarantines settings with %s and uses the defaults', (_what, settings) => {
    const out = loadStorage({ schemaVersion: 1, settings, [FB_KEY]: FB_ACCOUNT }, NOW)
    expectQuarantined(out, 'settings', settings)
    expect(out.settings).toEqual(DEFAULT_SETTINGS)
    expect(out.accounts).toEqual([FB_ACCOUNT])
  })

  it('does not rewrite storage of a newer schemaVersion and reads what parses', () => {
    const stored = { schemaVersion: 99, settings: { language: 'fr' }, [FB_KEY]: FB_ACCOUNT }
    const out = loadStorage(raw(JSON.stringify(stored)), NOW)
    expect(out.writes).toEqual({})
    expect(out.removals).toEqual([])
    expect(out.settings).toEqual({ language: 'fr' })
    expect(out.accounts).toEqual([FB_ACCOUNT])
  })

  it('keeps what a newer version wrote as it is, even what this version cannot read', () => {
    // "Written by a newer version of the extension: keep it as it is, read what still parses."
    const newer = { ...IG_ACCOUNT, reminder: 'weekly' }
    const stored = { schemaVersion: 99, settings: {}, [FB_KEY]: FB_ACCOUNT, [IG_KEY]: newer, syncState: { v: 2 } }
    const out = loadStorage(raw(JSON.stringify(stored)), NOW)
    expect(out.accounts).toEqual([FB_ACCOUNT])
    expect(out.removals).toEqual([])
    expect(out.writes).toEqual({})
  })

  it('quarantines everything when a migration throws, and restarts from defaults', () => {
    vi.spyOn(MIGRATIONS as Record<number, (raw: RawStorage) => RawStorage>, 1).mockImplementation(() => {
      throw new Error('boom')
    })
    const out = loadStorage({ schemaVersion: 0, [FB_KEY]: FB_ACCOUNT, [IG_KEY]: IG_ACCOUNT }, NOW)
    expect(MIGRATIONS[1]).toHaveBeenCalledOnce()
    expect(out.accounts).toEqual([])
    expectQuarantined(out, FB_KEY, FB_ACCOUNT, /migration to version 1 failed: Error: boom/)
    expectQuarantined(out, IG_KEY, IG_ACCOUNT, /migration to version 1 failed/)
    expect(out.writes).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, settings: DEFAULT_SETTINGS })
  })

  it('never puts two keys in removals', () => {
    const out = loadStorage({ schemaVersion: 1, settings: null, [FB_KEY]: 1, x: 2 }, NOW)
    expect(new Set(out.removals).size).toBe(out.removals.length)
    expect(out.removals.sort()).toEqual([FB_KEY, 'settings', 'x'].sort())
  })
})

describe('newAccount', () => {
  it('creates an account that passes the schema and lives under its key', () => {
    const account = newAccount({ platform: 'instagram', accountId: '42' }, NOW, 'me')
    expect(Account.parse(account)).toEqual(account)
    expect(account).toEqual({ platform: 'instagram', accountId: '42', label: 'me', createdAt: AT, events: [], banner: { dismissed: false } })
    expect(storageKeyOfAccount(account)).toBe('account:instagram:42')
  })

  it('leaves out an empty label', () => {
    expect(newAccount({ platform: 'facebook', accountId: '1' }, NOW, '')).not.toHaveProperty('label')
  })
})
