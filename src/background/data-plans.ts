/**
 * Changes to several storage keys at once, asked for by the popup: import of a proof backup,
 * deletion of an account or of everything, linking accounts, re-enabling banners. Each is a plan
 * over the raw storage for AccountsStore.rewrite; a plan that throws writes nothing.
 */
import { mergeBackup, type Backup } from '../core/backup'
import { accountKey, refOfAccountKey, type AccountRef } from '../core/platform'
import { Account, QuarantineEntry, SETTINGS_KEY, SCHEMA_VERSION_KEY, Settings, DEFAULT_SETTINGS, isAccountKey, isQuarantineKey, storageKeyOfAccount, type RawStorage } from '../core/storage'
import { quarantineKey } from '../core/storage-keys'

export interface Plan {
  set: RawStorage
  remove: string[]
}

/** `key`, or the first of `key#2`, `key#3`… that none of `taken` holds: a quarantine entry is never overwritten. */
function unusedKey(key: string, ...taken: RawStorage[]): string {
  let candidate = key
  for (let n = 2; taken.some((keys) => Object.hasOwn(keys, candidate)); n++) candidate = `${key}#${n}`
  return candidate
}

function readAccounts(raw: RawStorage): Account[] {
  return Object.entries(raw).flatMap(([key, value]) => {
    if (!isAccountKey(key)) return []
    const parsed = Account.safeParse(value)
    return parsed.success ? [parsed.data] : []
  })
}

/** Merges `backup` into storage. A stored account that no longer parses is kept aside first, never overwritten. */
export function importPlan(backup: Backup, now: Date) {
  return (raw: RawStorage): Plan => {
    const at = now.toISOString()
    const set: RawStorage = {}
    for (const imported of backup.accounts) {
      const key = storageKeyOfAccount(imported)
      if (raw[key] !== undefined && !Account.safeParse(raw[key]).success) {
        set[unusedKey(quarantineKey(at, key), raw, set)] = { key, value: raw[key], reason: 'failed the schema when a backup was imported', at }
      }
    }
    const quarantine = Object.entries(raw).flatMap(([key, value]) => {
      const parsed = isQuarantineKey(key) ? QuarantineEntry.safeParse(value) : null
      return parsed?.success ? [parsed.data] : []
    })
    const settings = Settings.safeParse(raw[SETTINGS_KEY])
    const stored = { accounts: readAccounts(raw), settings: settings.success ? settings.data : DEFAULT_SETTINGS, quarantine }
    const merged = mergeBackup(stored, backup)
    for (const account of merged.accounts) {
      const key = storageKeyOfAccount(account)
      // Account.parse enforces the limits (events per account) before anything is written.
      if (JSON.stringify(raw[key]) !== JSON.stringify(account)) set[key] = Account.parse(account)
    }
    for (const entry of merged.quarantine.slice(quarantine.length)) set[unusedKey(quarantineKey(entry.at, entry.key), raw, set)] = entry
    if (JSON.stringify(raw[SETTINGS_KEY]) !== JSON.stringify(merged.settings)) set[SETTINGS_KEY] = Settings.parse(merged.settings)
    return { set, remove: [] }
  }
}

function withoutLink(account: Account): Account {
  const rest = { ...account }
  delete rest.linkedWith
  return rest
}

/** Deletes one account and the link the other account had to it. */
export function deleteAccountPlan(ref: AccountRef) {
  return (raw: RawStorage): Plan => {
    const set: RawStorage = {}
    const other = readAccounts(raw).find((a) => a.linkedWith === accountKey(ref))
    if (other) set[storageKeyOfAccount(other)] = withoutLink(other)
    return { set, remove: [storageKeyOfAccount(ref)] }
  }
}

/** Deletes every account, everything kept aside, and the settings. */
export function deleteAllPlan() {
  return (raw: RawStorage): Plan => ({
    set: { [SETTINGS_KEY]: DEFAULT_SETTINGS },
    remove: Object.keys(raw).filter((key) => key !== SCHEMA_VERSION_KEY && key !== SETTINGS_KEY),
  })
}

/** Links a Facebook and an Instagram account both ways, undoing any earlier link either had. */
export function linkPlan(facebookId: string, instagramId: string) {
  return (raw: RawStorage): Plan => {
    const accounts = readAccounts(raw)
    const fb = accounts.find((a) => a.platform === 'facebook' && a.accountId === facebookId)
    const ig = accounts.find((a) => a.platform === 'instagram' && a.accountId === instagramId)
    if (!fb || !ig) throw new Error('unknown account')
    const set: RawStorage = {}
    for (const former of [refOfAccountKey(fb.linkedWith), refOfAccountKey(ig.linkedWith)]) {
      const account = former && accounts.find((a) => accountKey(a) === accountKey(former))
      if (account && account !== fb && account !== ig) set[storageKeyOfAccount(account)] = withoutLink(account)
    }
    set[storageKeyOfAccount(fb)] = { ...fb, linkedWith: accountKey(ig) }
    set[storageKeyOfAccount(ig)] = { ...ig, linkedWith: accountKey(fb) }
    return { set, remove: [] }
  }
}

export function unlinkPlan(ref: AccountRef) {
  return (raw: RawStorage): Plan => {
    const accounts = readAccounts(raw)
    const set: RawStorage = {}
    for (const account of accounts) {
      if (accountKey(account) === accountKey(ref) || account.linkedWith === accountKey(ref)) set[storageKeyOfAccount(account)] = withoutLink(account)
    }
    return { set, remove: [] }
  }
}

/** Shows again every banner the user dismissed or snoozed. */
export function reenableBannersPlan() {
  return (raw: RawStorage): Plan => {
    const set: RawStorage = {}
    for (const account of readAccounts(raw)) {
      if (account.banner.dismissed || account.banner.snoozedUntil) set[storageKeyOfAccount(account)] = { ...account, banner: { dismissed: false } }
    }
    return { set, remove: [] }
  }
}
