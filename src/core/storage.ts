/**
 * Everything the extension stores, as a versioned schema with numbered migrations.
 *
 * Layout in `storage.local` (one key per account, so one damaged account never hides the others):
 *   schemaVersion            number
 *   settings                 Settings
 *   account:<platform>:<id>  Account
 *   quarantine:<at>:<key>    QuarantineEntry (stored data that failed the schema, kept aside)
 */
import * as z from 'zod/mini'
import type { AccountRef } from './platform'
import { AccountId, Platform } from './platform-schema'
import { SCHEMA_VERSION_KEY, SETTINGS_KEY, isAccountKey, isQuarantineKey, quarantineKey, storageKeyOfAccount } from './storage-keys'
import { Email, ObjectionEvent } from './objection'

export const CURRENT_SCHEMA_VERSION = 1
/** The most events one account's log holds. */
export const MAX_EVENTS_PER_ACCOUNT = 5_500
/**
 * Events a page's script can bring about (the form shown, a submission, Meta's words) stop here:
 * the rest of the log is room for the user's own (confirmation, marked done, reset).
 */
export const PAGE_EVENTS_MAX = 5_000
/** Longest account key another account can be linked with: `instagram:` and a 24-digit id. */
const LINKED_KEY_MAX = 40
/** Longest name the user may give an account. */
export const LABEL_MAX = 200

const At = z.iso.datetime({ offset: true })

export const Account = z.strictObject({
  platform: Platform,
  accountId: AccountId,
  /** A name for the account: from the page, or given by the user. */
  label: z.optional(z.string().check(z.maxLength(LABEL_MAX))),
  /** The e-mail address the user expects the form to show for this account. */
  expectedEmail: z.optional(Email),
  createdAt: At,
  events: z.array(ObjectionEvent).check(z.maxLength(MAX_EVENTS_PER_ACCOUNT)),
  banner: z._default(
    z.strictObject({
      snoozedUntil: z.optional(At),
      dismissed: z.boolean(),
    }),
    { dismissed: false },
  ),
  /** Key of the account on the other platform that shares this one's Accounts Center. */
  linkedWith: z.optional(z.string().check(z.maxLength(LINKED_KEY_MAX))),
})
export type Account = z.infer<typeof Account>

export const Settings = z.strictObject({
  /** A BCP 47 tag chosen in the popup; absent: follow the browser's language. */
  language: z.optional(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/))),
  /** Platforms on which the user turned the banner off (popup settings); absent: none. */
  bannersOff: z.optional(z.array(Platform).check(z.maxLength(2))),
})
export type Settings = z.infer<typeof Settings>
export const DEFAULT_SETTINGS: Settings = {}

export const QuarantineEntry = z.strictObject({
  key: z.string(),
  value: z.unknown(),
  reason: z.string(),
  at: At,
})
export type QuarantineEntry = z.infer<typeof QuarantineEntry>

export { SCHEMA_VERSION_KEY, SETTINGS_KEY, isAccountKey, isQuarantineKey, storageKeyOfAccount }

export type RawStorage = Record<string, unknown>

/**
 * Migration N turns storage of version N-1 into version N. Each is pure, takes the whole raw
 * storage and has its own test fed with raw JSON of the older version.
 */
export const MIGRATIONS: Readonly<Record<number, (raw: RawStorage) => RawStorage>> = {
  /** Version 0 is storage written before versioning (a fresh install): stamp it, add settings. */
  1: (raw) => ({ ...raw, [SETTINGS_KEY]: raw[SETTINGS_KEY] ?? DEFAULT_SETTINGS, [SCHEMA_VERSION_KEY]: 1 }),
}

export interface LoadedStorage {
  settings: Settings
  accounts: Account[]
  /** Keys to write back (migrated or repaired), including quarantine entries. */
  writes: RawStorage
  /** Keys to remove (moved to quarantine). */
  removals: string[]
  /** What was put aside during this load. */
  quarantined: QuarantineEntry[]
  /** Storage was written by a newer version of the extension (then downgraded): nothing may be written. */
  newer?: true
}

function quarantine(out: LoadedStorage, key: string, value: unknown, reason: string, at: string): void {
  const entry: QuarantineEntry = { key, value, reason, at }
  out.writes[quarantineKey(at, key)] = entry
  if (!out.removals.includes(key)) out.removals.push(key)
  out.quarantined.push(entry)
}

/**
 * Brings raw storage to the current version and validates every key. Nothing is dropped:
 * what fails is put under a quarantine key with the reason, and the rest keeps working.
 */
export function loadStorage(raw: RawStorage, now: Date): LoadedStorage {
  const at = now.toISOString()
  const out: LoadedStorage = { settings: DEFAULT_SETTINGS, accounts: [], writes: {}, removals: [], quarantined: [] }
  const stored = raw[SCHEMA_VERSION_KEY] ?? 0
  const wholeVersion = typeof stored === 'number' && Number.isInteger(stored) && stored >= 0

  if (wholeVersion && stored > CURRENT_SCHEMA_VERSION) {
    // Written by a newer version of the extension (then downgraded): read what still parses,
    // change nothing, so the newer version finds its data intact when it comes back.
    for (const [key, value] of Object.entries(raw)) {
      if (key === SETTINGS_KEY) {
        const parsed = Settings.safeParse(value)
        if (parsed.success) out.settings = parsed.data
      } else if (isAccountKey(key)) {
        const parsed = Account.safeParse(value)
        if (parsed.success && storageKeyOfAccount(parsed.data) === key) out.accounts.push(parsed.data)
      }
    }
    return { ...out, newer: true }
  }

  let version = 0
  if (wholeVersion) version = stored
  else quarantine(out, SCHEMA_VERSION_KEY, stored, 'schema version is not a whole number', at)
  let data: RawStorage = { ...raw, [SCHEMA_VERSION_KEY]: version }

  for (let next = version + 1; next <= CURRENT_SCHEMA_VERSION; next++) {
    const migrate = MIGRATIONS[next]
    try {
      if (!migrate) throw new Error(`no migration to version ${next}`)
      data = migrate(data)
    } catch (error) {
      for (const [key, value] of Object.entries(raw)) {
        if (!isQuarantineKey(key) && key !== SCHEMA_VERSION_KEY) quarantine(out, key, value, `migration to version ${next} failed: ${String(error)}`, at)
      }
      out.writes[SCHEMA_VERSION_KEY] = CURRENT_SCHEMA_VERSION
      out.writes[SETTINGS_KEY] = DEFAULT_SETTINGS
      out.removals = out.removals.filter((key) => !Object.hasOwn(out.writes, key))
      return out
    }
  }

  for (const [key, value] of Object.entries(data)) {
    if (isQuarantineKey(key) || key === SCHEMA_VERSION_KEY) continue
    if (key === SETTINGS_KEY) {
      const parsed = Settings.safeParse(value)
      if (parsed.success) out.settings = parsed.data
      else quarantine(out, key, raw[key] ?? value, z.prettifyError(parsed.error), at)
    } else if (isAccountKey(key)) {
      const parsed = Account.safeParse(value)
      if (parsed.success && storageKeyOfAccount(parsed.data) === key) out.accounts.push(parsed.data)
      else
        quarantine(out, key, raw[key] ?? value, parsed.success ? 'stored under the key of another account' : z.prettifyError(parsed.error), at)
    } else {
      quarantine(out, key, raw[key] ?? value, 'unknown key', at)
    }
  }

  if (stored !== CURRENT_SCHEMA_VERSION) {
    for (const [key, value] of Object.entries(data)) {
      if (!out.removals.includes(key) && raw[key] !== value) out.writes[key] = value
    }
    out.writes[SCHEMA_VERSION_KEY] = CURRENT_SCHEMA_VERSION
  }
  // A key both rewritten and put aside (a bad schemaVersion, say) keeps its new value.
  out.removals = out.removals.filter((key) => !Object.hasOwn(out.writes, key))
  return out
}

export function newAccount(ref: AccountRef, now: Date, label?: string): Account {
  return {
    platform: ref.platform,
    accountId: ref.accountId,
    ...(label ? { label } : {}),
    createdAt: now.toISOString(),
    events: [],
    banner: { dismissed: false },
  }
}
