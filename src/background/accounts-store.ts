/**
 * The only writer of storage. Every update runs after the previous one has finished, so
 * updates from several tabs and the popup never overwrite each other. Nothing lives only in
 * memory: each update reads what it changes from storage, so a service worker killed at any
 * moment loses nothing that was written. Only the whole read of `all()` is kept, until storage
 * changes: reading and validating 50 accounts of 200 events again costs ~25 ms.
 */
import {
  Account,
  loadStorage,
  newAccount,
  storageKeyOfAccount,
  isAccountKey,
  isQuarantineKey,
  QuarantineEntry,
  Settings,
  SETTINGS_KEY,
  DEFAULT_SETTINGS,
  type RawStorage,
} from '../core/storage'
import type { AccountRef } from '../core/platform'
import { quarantineKey } from '../core/storage-keys'

/** What the store needs of `storage.local`; an in-memory fake implements it in unit tests. */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<RawStorage>
  set(items: RawStorage): Promise<void>
  remove(keys: string | string[]): Promise<void>
  /** Fired on every write to the area, by anyone; its event comes before the writer's `set` resolves. */
  onChanged: { addListener(listener: () => void): void }
}

/**
 * Whether storage takes writes: `full` after a write refused for quota (until a write or a
 * removal succeeds), `read_only` when a newer version of the extension wrote it (nothing is
 * written then, so that version finds its data intact). Reading, export and deletion keep working.
 */
export type StorageCondition = 'ok' | 'full' | 'read_only'

/** A write the store did not make, and why; the popup says so. */
export class StorageRefused extends Error {
  constructor(readonly condition: Exclude<StorageCondition, 'ok'>) {
    super(condition === 'full' ? 'storage is full' : 'storage was written by a newer version of the extension: it is only read')
  }
}

/** Chrome: "QUOTA_BYTES quota exceeded"; Firefox: a QuotaExceededError. */
const isQuotaError = (cause: unknown): boolean => /quota/i.test(cause instanceof Error ? `${cause.name} ${cause.message}` : String(cause))

/** Everything stored that passes the schema; shared between callers, so never to be changed. */
export interface StoreContents {
  readonly accounts: readonly Account[]
  readonly settings: Settings
  readonly quarantine: readonly QuarantineEntry[]
}

/** Reads every account, the settings and the quarantine out of raw storage; what fails the schema is skipped. */
function storedData(raw: RawStorage): StoreContents {
  const accounts: Account[] = []
  const quarantine: QuarantineEntry[] = []
  for (const [key, value] of Object.entries(raw)) {
    if (isAccountKey(key)) {
      const parsed = Account.safeParse(value)
      if (parsed.success) accounts.push(parsed.data)
    } else if (isQuarantineKey(key)) {
      const parsed = QuarantineEntry.safeParse(value)
      if (parsed.success) quarantine.push(parsed.data)
    }
  }
  const settings = Settings.safeParse(raw[SETTINGS_KEY])
  return { accounts, settings: settings.success ? settings.data : DEFAULT_SETTINGS, quarantine }
}

export class AccountsStore {
  private queue: Promise<unknown> = Promise.resolve()
  private ready: Promise<QuarantineEntry[]> | null = null
  /** The last whole read, dropped on any write to storage (this store's or, through onChanged, anyone's). */
  private snapshot: StoreContents | null = null
  /** Counts the writes seen, so a read that a write overtook is not kept. */
  private writes = 0
  private readOnly = false
  private full = false

  constructor(
    private readonly area: StorageAreaLike,
    private readonly now: () => Date = () => new Date(),
  ) {
    area.onChanged.addListener(() => this.forget())
  }

  private forget(): void {
    this.snapshot = null
    this.writes++
  }

  condition(): StorageCondition {
    return this.readOnly ? 'read_only' : this.full ? 'full' : 'ok'
  }

  private async set(items: RawStorage): Promise<void> {
    if (this.readOnly) throw new StorageRefused('read_only')
    this.forget()
    try {
      await this.area.set(items)
    } catch (cause) {
      if (!isQuotaError(cause)) throw cause
      this.full = true
      throw new StorageRefused('full')
    }
    this.full = false
  }

  private async remove(keys: string[]): Promise<void> {
    if (this.readOnly) throw new StorageRefused('read_only')
    this.forget()
    await this.area.remove(keys)
    this.full = false
  }

  /** Puts a value that fails the schema aside; best effort: a write that fails leaves it where it is. */
  private async quarantine(entries: RawStorage, removals: string[]): Promise<boolean> {
    try {
      if (Object.keys(entries).length) await this.set(entries)
      if (removals.length) await this.remove(removals)
      return true
    } catch {
      return false
    }
  }

  /** Runs `task` after every update queued before it; a failed task does not block the next. */
  private serialize<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => this.init()).then(task)
    this.queue = run.catch(() => undefined)
    return run
  }

  /**
   * Migrates and validates storage once per service-worker start; returns what was quarantined.
   * A start-up that failed (storage could not be read) or could not write its repairs is tried
   * again by the next call, never kept as the store's answer; reading goes on meanwhile.
   */
  init(): Promise<QuarantineEntry[]> {
    this.ready ??= this.start().then(
      ({ quarantined, written }) => {
        if (!written) this.ready = null
        return quarantined
      },
      (cause: unknown) => {
        this.ready = null
        throw cause
      },
    )
    return this.ready
  }

  private async start(): Promise<{ quarantined: QuarantineEntry[]; written: boolean }> {
    const writesBefore = this.writes
    const raw = await this.area.get(null)
    const loaded = loadStorage(raw, this.now())
    this.readOnly = loaded.newer === true
    const written = this.readOnly || (await this.quarantine(loaded.writes, loaded.removals))
    // Storage as read, when nothing changed it since: the first all() after a start is often the popup waiting.
    if (this.writes === writesBefore) this.snapshot = storedData(raw)
    return { quarantined: loaded.quarantined, written }
  }

  /**
   * The stored account. One damaged since start-up is kept aside like at load time, and the
   * account starts afresh; when it cannot be kept aside (storage full), a read sees no account
   * and a write (`forWrite`) fails rather than overwrite it.
   */
  private async read(ref: AccountRef, forWrite = false): Promise<Account | undefined> {
    const key = storageKeyOfAccount(ref)
    const value = (await this.area.get(key))[key]
    if (value === undefined) return undefined
    const parsed = Account.safeParse(value)
    if (parsed.success) return parsed.data
    const at = this.now().toISOString()
    const kept = !this.readOnly && (await this.quarantine({ [quarantineKey(at, key)]: { key, value, reason: 'failed the schema', at } }, [key]))
    if (!kept && forWrite) throw new StorageRefused(this.readOnly ? 'read_only' : 'full')
    return undefined
  }

  get(ref: AccountRef): Promise<Account | undefined> {
    return this.serialize(() => this.read(ref))
  }

  /**
   * Applies `change` to the account (created first when `create` is set and its `allowed`, if
   * any, says so) and writes it. Returns the account as stored, or undefined when it does not
   * exist and was not created.
   */
  update(ref: AccountRef, change: (account: Account) => Account, options: { create?: { label?: string; allowed?: () => boolean } } = {}): Promise<Account | undefined> {
    return this.serialize(async () => {
      const stored = await this.read(ref, true)
      if (!stored && !(options.create && (options.create.allowed?.() ?? true))) return undefined
      const account = stored ?? newAccount(ref, this.now(), options.create?.label)
      const next = Account.parse(change(account))
      // An update that changes nothing writes nothing: every write wakes storage listeners in all tabs.
      if (stored && JSON.stringify(next) === JSON.stringify(stored)) return stored
      await this.set({ [storageKeyOfAccount(ref)]: next })
      return next
    })
  }

  all(): Promise<StoreContents> {
    return this.serialize(async () => {
      if (this.snapshot) return this.snapshot
      const writesBefore = this.writes
      const data = storedData(await this.area.get(null))
      if (this.writes === writesBefore) this.snapshot = data
      return data
    })
  }

  settings(): Promise<Settings> {
    return this.serialize(async () => {
      const parsed = Settings.safeParse((await this.area.get(SETTINGS_KEY))[SETTINGS_KEY])
      return parsed.success ? parsed.data : DEFAULT_SETTINGS
    })
  }

  /**
   * One update of several keys (import, deletion): `plan` reads all of storage and says what to
   * write and remove. Writes go first in one `set`, so a failure leaves the removals undone; a
   * deletion (`removeFirst`) removes first, so it frees room even when storage is full.
   */
  rewrite(plan: (raw: RawStorage) => { set: RawStorage; remove: string[] }, { removeFirst = false } = {}): Promise<void> {
    return this.serialize(async () => {
      const { set, remove } = plan(await this.area.get(null))
      if (removeFirst && remove.length) await this.remove(remove)
      if (Object.keys(set).length) await this.set(set)
      if (!removeFirst && remove.length) await this.remove(remove)
    })
  }

  setSettings(settings: Settings): Promise<void> {
    return this.serialize(() => this.set({ [SETTINGS_KEY]: Settings.parse(settings) }))
  }
}
