/** fast-check arbitraries of what the extension stores: events, accounts, settings, quarantine entries. */
import fc from 'fast-check'
import type { ObjectionEvent } from '../../src/core/objection'
import type { Account, QuarantineEntry, Settings } from '../../src/core/storage'

/** An ISO date-time as the extension writes it (`toISOString`). */
export const isoAt = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString())

/** Any text, lone surrogates included, of at most `max` UTF-16 units. */
export const text = (max: number) => fc.string({ unit: 'binary', maxLength: max }).map((s) => s.slice(0, max))

/** An address zod's e-mail check accepts. */
export const email = fc
  .tuple(fc.stringMatching(/^[a-z0-9_+-]{1,12}$/), fc.stringMatching(/^[a-z0-9]{1,10}$/), fc.stringMatching(/^[a-z]{2,6}$/))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`)

export const event: fc.Arbitrary<ObjectionEvent> = fc.oneof(
  fc.record({ type: fc.constant('form_opened' as const), at: isoAt }),
  fc.record({ type: fc.constant('submitted' as const), at: isoAt, email, note: text(500) }, { requiredKeys: ['type', 'at'] }),
  fc.record(
    {
      type: fc.constant('confirmation_recorded' as const),
      at: isoAt,
      receivedAt: isoAt,
      from: text(500),
      subject: text(2000),
      to: text(500),
      senderIsMeta: fc.boolean(),
      text: text(3000),
    },
    { requiredKeys: ['type', 'at', 'receivedAt'] },
  ),
  fc.record({ type: fc.constant('marked_done' as const), at: isoAt, objectedOn: isoAt.map((s) => s.slice(0, 10)) }),
  fc.record({ type: fc.constant('reset' as const), at: isoAt }),
)

export const platform = fc.constantFrom('facebook' as const, 'instagram' as const)
export const accountId = fc.stringMatching(/^[0-9]{1,24}$/)

export const account: fc.Arbitrary<Account> = fc
  .record(
    {
      platform,
      accountId,
      label: text(200),
      expectedEmail: email,
      createdAt: isoAt,
      events: fc.array(event, { maxLength: 15 }),
      banner: fc.record({ snoozedUntil: isoAt, dismissed: fc.boolean() }, { requiredKeys: ['dismissed'] }),
      linkedWith: fc.string({ maxLength: 40 }),
    },
    { requiredKeys: ['platform', 'accountId', 'createdAt', 'events', 'banner'] },
  )

export const settings: fc.Arbitrary<Settings> = fc.record(
  {
    language: fc.constantFrom('en', 'fr', 'de', 'pt-BR', 'zh-Hant-TW'),
    bannersOff: fc.uniqueArray(platform, { maxLength: 2 }),
  },
  { requiredKeys: [] },
)

export const quarantineEntry: fc.Arbitrary<QuarantineEntry> = fc.record({
  key: fc.string({ maxLength: 40 }),
  // Through JSON as storage.local keeps it (no -0).
  value: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
  reason: fc.string({ maxLength: 80 }),
  at: isoAt,
})

/** Accounts with distinct keys, as storage and a backup hold them. */
export const accounts = (maxLength: number) => fc.uniqueArray(account, { maxLength, selector: (a) => `${a.platform}:${a.accountId}` })
