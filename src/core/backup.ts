/**
 * The proof export: one versioned JSON file with every account, its event log, the settings and
 * what storage kept aside. Import validates the whole file before anything changes, then merges:
 * no event already stored is lost, and importing the same file twice equals importing it once.
 */
import * as z from 'zod/mini'
import { Account, QuarantineEntry, Settings } from './storage'
import { accountKey } from './platform'
import type { ObjectionEvent } from './objection'

export const BACKUP_FORMAT = 'object-meta-ai-proof'
export const BACKUP_VERSION = 1
/** Largest backup file read (bytes). 50 accounts of 5,000 events fit well below. */
export const BACKUP_MAX_BYTES = 20_000_000

export const Backup = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  accounts: z.array(Account),
  settings: Settings,
  quarantine: z.array(QuarantineEntry),
})
export type Backup = z.infer<typeof Backup>

export function makeBackup(data: { accounts: Account[]; settings: Settings; quarantine: QuarantineEntry[] }, now: Date): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), ...data }
}

export function backupFileName(now: Date): string {
  return `meta-ai-objection-proof-${now.toISOString().slice(0, 10)}.json`
}

export type BackupParse = { ok: true; backup: Backup } | { ok: false; reason: 'too_large' | 'not_json' | 'not_a_backup' | 'newer_version' | 'invalid'; detail?: string }

/** Validates a backup file's text; nothing is merged unless the whole file is valid. */
export function parseBackup(text: string): BackupParse {
  if (text.length > BACKUP_MAX_BYTES) return { ok: false, reason: 'too_large' }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'not_json' }
  }
  const head = z.looseObject({ format: z.literal(BACKUP_FORMAT), version: z.number() }).safeParse(json)
  if (!head.success) return { ok: false, reason: 'not_a_backup' }
  if (head.data.version > BACKUP_VERSION) return { ok: false, reason: 'newer_version' }
  const parsed = Backup.safeParse(json)
  if (!parsed.success) return { ok: false, reason: 'invalid', detail: z.prettifyError(parsed.error) }
  const keys = parsed.data.accounts.map(accountKey)
  if (new Set(keys).size !== keys.length) return { ok: false, reason: 'invalid', detail: 'the same account appears twice' }
  return { ok: true, backup: parsed.data }
}

const eventKey = (event: ObjectionEvent): string => JSON.stringify(Object.entries(event).sort(([a], [b]) => a.localeCompare(b)))

/**
 * Merges two logs of the same account. Every event of `stored` stays, in its order; an imported
 * event is added unless stored already has it (counted, so repeated identical events survive too).
 * Added events go in time order among the stored ones; ties keep stored events first.
 */
export function mergeEvents(stored: readonly ObjectionEvent[], imported: readonly ObjectionEvent[]): ObjectionEvent[] {
  const have = new Map<string, number>()
  for (const event of stored) have.set(eventKey(event), (have.get(eventKey(event)) ?? 0) + 1)
  const extra: ObjectionEvent[] = []
  for (const event of imported) {
    const key = eventKey(event)
    const left = have.get(key) ?? 0
    if (left > 0) have.set(key, left - 1)
    else extra.push(event)
  }
  const out: ObjectionEvent[] = []
  let i = 0
  let j = 0
  while (i < stored.length || j < extra.length) {
    const a = stored[i]
    const b = extra[j]
    if (a && (!b || Date.parse(a.at) <= Date.parse(b.at))) {
      out.push(a)
      i++
    } else if (b) {
      out.push(b)
      j++
    }
  }
  return out
}

const defined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>

/** One account from both sides; what the user set on this device wins, what is missing is filled in. */
export function mergeAccount(stored: Account | undefined, imported: Account): Account {
  if (!stored) return imported
  return {
    ...imported,
    ...defined(stored),
    createdAt: Date.parse(imported.createdAt) < Date.parse(stored.createdAt) ? imported.createdAt : stored.createdAt,
    events: mergeEvents(stored.events, imported.events),
  }
}

export function mergeSettings(stored: Settings, imported: Settings): Settings {
  return { ...imported, ...defined(stored) }
}

export interface StoredData {
  accounts: Account[]
  settings: Settings
  quarantine: QuarantineEntry[]
}

/** What storage holds after importing `backup` on top of `stored`; the caller writes it in one go. */
export function mergeBackup(stored: StoredData, backup: Backup): StoredData {
  const byKey = new Map(stored.accounts.map((a) => [accountKey(a), a]))
  for (const imported of backup.accounts) byKey.set(accountKey(imported), mergeAccount(byKey.get(accountKey(imported)), imported))
  const quarantine = [...stored.quarantine]
  const seen = new Set(quarantine.map((q) => JSON.stringify(q)))
  for (const entry of backup.quarantine) if (!seen.has(JSON.stringify(entry))) quarantine.push(entry)
  return { accounts: [...byKey.values()], settings: mergeSettings(stored.settings, backup.settings), quarantine }
}
