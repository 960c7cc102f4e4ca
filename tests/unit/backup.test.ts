import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BACKUP_FORMAT,
  BACKUP_MAX_BYTES,
  makeBackup,
  mergeAccount,
  mergeBackup,
  mergeEvents,
  parseBackup,
  type StoredData,
} from '../../src/core/backup'
import type { ObjectionEvent } from '../../src/core/objection'
import { DEFAULT_SETTINGS, type Account } from '../../src/core/storage'

const NOW = new Date('2025-06-01T10:00:00.000Z')
const fb = (events: ObjectionEvent[], extra: Partial<Account> = {}): Account => ({
  platform: 'facebook',
  accountId: '100012345',
  createdAt: '2025-05-01T09:00:00.000Z',
  events,
  banner: { dismissed: false },
  ...extra,
})
const opened: ObjectionEvent = { type: 'form_opened', at: '2025-05-01T09:31:00.000Z' }
const sent: ObjectionEvent = { type: 'submitted', at: '2025-05-01T09:40:00.000Z', email: 'jane@example.org' }
const confirmed: ObjectionEvent = { type: 'confirmation_recorded', at: '2025-05-02T08:00:00.000Z', receivedAt: '2025-05-02T07:00:00.000Z', text: 'We will honor your objection.' }

describe('parseBackup', () => {
  const valid = makeBackup({ accounts: [fb([opened, sent])], settings: DEFAULT_SETTINGS, quarantine: [] }, NOW)

  it('round-trips an export', () => {
    expect(parseBackup(JSON.stringify(valid))).toEqual({ ok: true, backup: valid })
  })

  it('names what is wrong with a bad file', () => {
    expect(parseBackup('{"format": "object-meta-ai-proof", "version": 1, "accounts": [')).toEqual({ ok: false, reason: 'not_json' })
    expect(parseBackup('{"accounts": []}')).toEqual({ ok: false, reason: 'not_a_backup' })
    expect(parseBackup(JSON.stringify({ ...valid, version: 2 }))).toEqual({ ok: false, reason: 'newer_version' })
    expect(parseBackup(' '.repeat(BACKUP_MAX_BYTES + 1))).toEqual({ ok: false, reason: 'too_large' })
    const badEvent = { ...valid, accounts: [fb([{ type: 'form_opened', at: 'yesterday' } as unknown as ObjectionEvent])] }
    expect(parseBackup(JSON.stringify(badEvent))).toMatchObject({ ok: false, reason: 'invalid' })
    const twice = { ...valid, accounts: [fb([opened]), fb([sent])] }
    expect(parseBackup(JSON.stringify(twice))).toMatchObject({ ok: false, reason: 'invalid', detail: 'the same account appears twice' })
    expect(parseBackup(JSON.stringify({ ...valid, extra: true }))).toMatchObject({ ok: false, reason: 'invalid' })
  })
})

describe('merging', () => {
  it('adds imported events in time order and keeps every stored one', () => {
    expect(mergeEvents([opened, confirmed], [opened, sent])).toEqual([opened, sent, confirmed])
    expect(mergeEvents([], [sent, opened])).toEqual([sent, opened])
  })

  it('keeps repeated identical events as many times as the richer side has them', () => {
    expect(mergeEvents([opened, opened], [opened])).toEqual([opened, opened])
    expect(mergeEvents([opened], [opened, opened])).toEqual([opened, opened])
  })

  it('keeps what the user set on this device and fills in what is missing', () => {
    const stored = fb([opened], { label: 'Jane', createdAt: '2025-05-03T00:00:00.000Z' })
    const imported = fb([sent], { label: 'Old name', expectedEmail: 'jane@example.org', linkedWith: 'instagram:4242' })
    expect(mergeAccount(stored, imported)).toEqual(
      fb([opened, sent], { label: 'Jane', expectedEmail: 'jane@example.org', linkedWith: 'instagram:4242', createdAt: '2025-05-01T09:00:00.000Z' }),
    )
    const unlabelled = { ...fb([opened]), label: undefined }
    expect(mergeAccount(unlabelled, imported).label).toBe('Old name')
  })

  it('into a fresh profile gives the exported data unchanged', () => {
    const data: StoredData = {
      accounts: [fb([sent, opened, confirmed], { label: 'Jane' }), { ...fb([opened]), platform: 'instagram', accountId: '4242' }],
      settings: { language: 'fr' },
      quarantine: [{ key: 'account:facebook:1', value: { broken: true }, reason: 'failed the schema', at: '2025-05-05T00:00:00.000Z' }],
    }
    const fresh: StoredData = { accounts: [], settings: DEFAULT_SETTINGS, quarantine: [] }
    expect(mergeBackup(fresh, makeBackup(data, NOW))).toEqual(data)
  })

  const at = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString())
  const event: fc.Arbitrary<ObjectionEvent> = fc.oneof(
    fc.record({ type: fc.constant('form_opened' as const), at }),
    fc.record({ type: fc.constant('submitted' as const), at }),
    fc.record({ type: fc.constant('reset' as const), at }),
  )
  const log = fc.array(event, { maxLength: 12 })

  it('never loses a stored or an imported event, and importing twice equals importing once', () => {
    fc.assert(
      fc.property(log, log, (stored, imported) => {
        const once = mergeEvents(stored, imported)
        expect(mergeEvents(once, imported)).toEqual(once)
        // Stored events keep their order: they are a subsequence of the result.
        let i = 0
        for (const e of once) if (i < stored.length && e === stored[i]) i++
        expect(i).toBe(stored.length)
        for (const e of imported) expect(once.filter((x) => JSON.stringify(x) === JSON.stringify(e)).length).toBeGreaterThanOrEqual(imported.filter((x) => JSON.stringify(x) === JSON.stringify(e)).length)
      }),
    )
  })

  it('imports a whole backup idempotently', () => {
    const stored: StoredData = { accounts: [fb([opened])], settings: DEFAULT_SETTINGS, quarantine: [] }
    const backup = makeBackup({ accounts: [fb([sent, confirmed])], settings: { language: 'de' }, quarantine: [] }, NOW)
    const once = mergeBackup(stored, backup)
    expect(once.accounts[0]!.events).toEqual([opened, sent, confirmed])
    expect(once.settings).toEqual({ language: 'de' })
    expect(mergeBackup(once, backup)).toEqual(once)
    expect(backup.format).toBe(BACKUP_FORMAT)
  })
})
