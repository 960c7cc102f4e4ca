/**
 * An in-memory `storage.local` for unit tests. Values are copied with structuredClone on the way
 * in and out, like the real area serialises them, so a caller can never mutate what is stored.
 * An optional delay before each operation completes makes interleavings (races) visible.
 * Like the real area, every write (a poke too) fires onChanged before the write's promise resolves.
 */
import type { StorageAreaLike } from '../../src/background/accounts-store'
import type { RawStorage } from '../../src/core/storage'

export interface FakeStorageOptions {
  /** Milliseconds each get/set/remove waits before it takes effect; a function may vary it per call. */
  delayMs?: number | (() => number)
  /** Bytes the area holds at most (keys and values as JSON, as Chrome counts): a set beyond is refused with Chrome's error. */
  quotaBytes?: number
  /** Called before each get and set: an error it throws fails that call (a broken or busy area). */
  fault?: (op: 'get' | 'set') => void
}

const bytesOf = (data: Map<string, unknown>): number => [...data].reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0)

export class FakeStorage implements StorageAreaLike {
  private data = new Map<string, unknown>()
  /** Every call made, in order, to check what the code under test did. */
  readonly calls: { op: 'get' | 'set' | 'remove'; keys: string[] | null }[] = []
  private readonly listeners: (() => void)[] = []
  readonly onChanged = { addListener: (listener: () => void): void => void this.listeners.push(listener) }

  constructor(
    initial: RawStorage = {},
    private readonly options: FakeStorageOptions = {},
  ) {
    for (const [key, value] of Object.entries(initial)) this.data.set(key, structuredClone(value))
  }

  private async wait(): Promise<void> {
    const { delayMs } = this.options
    const ms = typeof delayMs === 'function' ? delayMs() : delayMs
    if (ms === undefined) {
      await Promise.resolve()
      return
    }
    await new Promise<void>((resolve) => setTimeout(resolve, ms))
  }

  async get(keys?: string | string[] | null): Promise<RawStorage> {
    const wanted = keys === undefined || keys === null ? null : typeof keys === 'string' ? [keys] : keys
    this.calls.push({ op: 'get', keys: wanted })
    await this.wait()
    this.options.fault?.('get')
    const out: RawStorage = {}
    for (const [key, value] of this.data) {
      if (wanted === null || wanted.includes(key)) out[key] = structuredClone(value)
    }
    return out
  }

  async set(items: RawStorage): Promise<void> {
    const copy = structuredClone(items)
    this.calls.push({ op: 'set', keys: Object.keys(copy) })
    await this.wait()
    this.options.fault?.('set')
    const { quotaBytes } = this.options
    if (quotaBytes !== undefined && bytesOf(new Map([...this.data, ...Object.entries(copy)])) > quotaBytes) {
      throw new Error('Resource::kQuotaBytes quota exceeded')
    }
    for (const [key, value] of Object.entries(copy)) this.data.set(key, value)
    this.changed()
  }

  async remove(keys: string | string[]): Promise<void> {
    const list = typeof keys === 'string' ? [keys] : [...keys]
    this.calls.push({ op: 'remove', keys: list })
    await this.wait()
    for (const key of list) this.data.delete(key)
    this.changed()
  }

  private changed(): void {
    for (const listener of this.listeners) listener()
  }

  /** What the area holds, in bytes as its quota counts them. */
  bytes(): number {
    return bytesOf(this.data)
  }

  /** A synchronous copy of everything stored, for assertions. */
  snapshot(): RawStorage {
    const out: RawStorage = {}
    for (const [key, value] of this.data) out[key] = structuredClone(value)
    return out
  }

  /** Writes behind the back of the code under test (e.g. to damage a value after start-up). */
  poke(key: string, value: unknown): void {
    this.data.set(key, structuredClone(value))
    this.changed()
  }
}
