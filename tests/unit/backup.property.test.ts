/**
 * Properties of the proof backup over whole stores of arbitrary accounts (every event type, any
 * text): an export reads back as itself; importing a backup twice equals importing it once; an
 * import never loses a stored or an imported event, account or quarantine entry; and the same holds
 * through the real path, the popup's import message into the background's store.
 */
import fc from 'fast-check'
import { OWN_ID, routerDeps } from './router-deps'
import { describe, expect, it } from 'vitest'
import { AccountsStore } from '../../src/background/accounts-store'
import { route } from '../../src/background/router'
import { makeBackup, mergeBackup, parseBackup, type StoredData } from '../../src/core/backup'
import type { ObjectionEvent } from '../../src/core/objection'
import { accountKey } from '../../src/core/platform'
import { Account, storageKeyOfAccount, type RawStorage } from '../../src/core/storage'
import { accounts, isoAt, quarantineEntry, settings } from './arbitraries'
import { FakeStorage } from './fake-storage'

const NOW = new Date('2025-06-01T10:00:00.000Z')
const POPUP = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/src/popup/index.html` }

const stored: fc.Arbitrary<StoredData> = fc.record({ accounts: accounts(4), settings, quarantine: fc.array(quarantineEntry, { maxLength: 2 }) })

/**
 * A backup sharing accounts with the stored data: some imported accounts are stored ones with
 * events dropped, reordered or added, as an older or a newer export of the same profile would be.
 */
const pair: fc.Arbitrary<[StoredData, StoredData]> = stored.chain((s) =>
  fc.tuple(
    fc.constant(s),
    fc.record({
      accounts: fc
        .tuple(
          fc.subarray(s.accounts).chain((shared) =>
            fc.tuple(
              ...shared.map((a) =>
                fc.tuple(fc.subarray(a.events), fc.array(fc.constantFrom(...(a.events.length ? a.events : [{ type: 'reset', at: a.createdAt } as ObjectionEvent])), { maxLength: 3 }), isoAt).map(
                  ([kept, repeated, createdAt]): Account => ({ ...a, createdAt, events: [...kept, ...repeated] }),
                ),
              ),
            ),
          ),
          accounts(3),
        )
        .map(([shared, fresh]) => {
          const byKey = new Map<string, Account>()
          for (const a of [...shared, ...fresh]) if (!byKey.has(accountKey(a))) byKey.set(accountKey(a), a)
          return [...byKey.values()]
        }),
      settings,
      quarantine: fc.array(quarantineEntry, { maxLength: 2 }),
    }),
  ),
)

const count = (events: readonly ObjectionEvent[], e: ObjectionEvent) => events.filter((x) => JSON.stringify(Object.entries(x).sort()) === JSON.stringify(Object.entries(e).sort())).length

/** Every event of `from` is in `into` at least as many times, and every account and quarantine entry is there. */
function expectContains(into: StoredData, from: StoredData): void {
  const byKey = new Map(into.accounts.map((a) => [accountKey(a), a]))
  for (const a of from.accounts) {
    const merged = byKey.get(accountKey(a))
    expect(merged).toBeDefined()
    for (const e of a.events) expect(count(merged!.events, e)).toBeGreaterThanOrEqual(count(a.events, e))
  }
  for (const q of from.quarantine) expect(into.quarantine).toContainEqual(q)
}

describe('the proof backup', () => {
  it('reads back an export as the same data', () => {
    fc.assert(
      fc.property(stored, (data) => {
        const parsed = parseBackup(JSON.stringify(makeBackup(data, NOW), null, 2))
        expect(parsed).toEqual({ ok: true, backup: makeBackup(data, NOW) })
      }),
    )
  })

  it('merging: importing twice equals importing once, nothing is lost, and the result is valid', () => {
    fc.assert(
      fc.property(pair, ([s, b]) => {
        const backup = makeBackup(b, NOW)
        const once = mergeBackup(s, backup)
        expect(mergeBackup(once, backup)).toEqual(once)
        expectContains(once, s)
        expectContains(once, b)
        // Stored events keep their order: they are a subsequence of the merged log.
        for (const a of s.accounts) {
          const merged = once.accounts.find((m) => accountKey(m) === accountKey(a))!
          let i = 0
          for (const e of merged.events) if (i < a.events.length && e === a.events[i]) i++
          expect(i).toBe(a.events.length)
        }
        for (const a of once.accounts) expect(Account.safeParse(a).success).toBe(true)
        expect(new Set(once.accounts.map(accountKey)).size).toBe(once.accounts.length)
      }),
      { numRuns: 200 },
    )
  })

  it('through the popup’s import message: twice equals once, and nothing stored or imported is lost', async () => {
    await fc.assert(
      fc.asyncProperty(pair, async ([s, b]) => {
        const raw: RawStorage = { schemaVersion: 1, settings: s.settings, ...Object.fromEntries(s.accounts.map((a) => [storageKeyOfAccount(a), a])) }
        s.quarantine.forEach((q, i) => (raw[`quarantine:${q.at}:${i}`] = q))
        const area = new FakeStorage(raw)
        const deps = routerDeps(new AccountsStore(area, () => NOW), () => NOW)
        const message = { type: 'popup/import', backup: makeBackup(b, NOW) }
        expect(await route(message, POPUP, deps)).toEqual({ type: 'ok' })
        const once = area.snapshot()
        expect(await route(message, POPUP, deps)).toEqual({ type: 'ok' })
        expect(area.snapshot()).toEqual(once)
        const reply = await route({ type: 'popup/get-backup' }, POPUP, deps)
        if (reply.type !== 'backup') throw new Error(reply.type)
        expectContains(reply.backup, s)
        expectContains(reply.backup, b)
      }),
      { numRuns: 100 },
    )
  })
})
