/** What the popup's first screen gets of an account instead of its event log. */
import { describe, expect, it } from 'vitest'
import { AccountSummary, RECENT_EVENTS, summarize } from '../../src/core/account-summary'
import { deriveStatus, type ObjectionEvent } from '../../src/core/objection'
import { reminderOf } from '../../src/core/reminders'
import type { Account } from '../../src/core/storage'

const NOW = new Date('2025-06-01T10:00:00.000Z')
const account = (events: ObjectionEvent[], extra: Partial<Account> = {}): Account => ({
  platform: 'facebook',
  accountId: '1',
  createdAt: '2025-05-01T09:00:00.000Z',
  events,
  banner: { dismissed: false },
  ...extra,
})
const opened = (day: number): ObjectionEvent => ({ type: 'form_opened', at: `2025-05-${String(day).padStart(2, '0')}T09:00:00.000Z` })
const CONFIRMATION: ObjectionEvent = {
  type: 'confirmation_recorded',
  at: '2025-05-21T10:00:00.000Z',
  receivedAt: '2025-05-21T09:00:00.000Z',
  from: 'noreply@facebookmail.com',
  subject: 'We received your objection',
  senderIsMeta: true,
  text: 'x'.repeat(100_000),
}

describe('summarize', () => {
  it('keeps the account’s fields and derives status and reminder as the log does', () => {
    const a = account([opened(2), { type: 'submitted', at: '2025-05-03T09:00:00.000Z', email: 'jane@example.org' }], {
      label: 'Jane',
      expectedEmail: 'jane@example.org',
      linkedWith: 'instagram:2',
    })
    const summary = summarize(a, NOW)
    expect(AccountSummary.parse(summary)).toEqual(summary)
    expect(summary).toEqual({
      platform: 'facebook',
      accountId: '1',
      label: 'Jane',
      expectedEmail: 'jane@example.org',
      linkedWith: 'instagram:2',
      createdAt: a.createdAt,
      status: deriveStatus(a.events),
      recentEvents: [
        { type: 'form_opened', at: '2025-05-02T09:00:00.000Z' },
        { type: 'submitted', at: '2025-05-03T09:00:00.000Z' },
      ],
      lastSubmitted: { at: '2025-05-03T09:00:00.000Z', email: 'jane@example.org' },
      reminder: reminderOf(a, NOW),
    })
    expect(summary.status).toBe('submitted')
    expect(summary.reminder).toBe('ask_confirmation')
    expect(summarize(a, new Date('2025-06-04T10:00:00.000Z')).reminder).toBe('answer_overdue')
  })

  it('dates only the last events, and never carries a confirmation e-mail’s text', () => {
    const events = [...Array.from({ length: 200 }, (_, i) => opened(1 + (i % 20))), CONFIRMATION, { type: 'marked_done', at: '2025-05-22T10:00:00.000Z', objectedOn: '2025-05-20' } as const]
    const summary = summarize(account(events), NOW)
    expect(summary.recentEvents).toHaveLength(RECENT_EVENTS)
    expect(summary.recentEvents.slice(-2)).toEqual([
      { type: 'confirmation_recorded', at: CONFIRMATION.at },
      { type: 'marked_done', at: '2025-05-22T10:00:00.000Z', objectedOn: '2025-05-20' },
    ])
    expect(summary.lastConfirmation).toEqual({ receivedAt: CONFIRMATION.receivedAt, from: 'noreply@facebookmail.com' })
    expect(JSON.stringify(summary).length).toBeLessThan(1_000)
    expect(summary.status).toBe('confirmed')
  })

  it('forgets submissions and confirmations from before a reset', () => {
    const summary = summarize(account([{ type: 'submitted', at: '2025-05-03T09:00:00.000Z' }, CONFIRMATION, { type: 'reset', at: '2025-05-25T09:00:00.000Z' }]), NOW)
    expect(summary).not.toHaveProperty('lastSubmitted')
    expect(summary).not.toHaveProperty('lastConfirmation')
    expect(summary.status).toBe('not_started')
  })

  it('a summary that claims more than it may is refused', () => {
    const summary = summarize(account([opened(2)]), NOW)
    expect(AccountSummary.safeParse({ ...summary, events: [] }).success).toBe(false)
    expect(AccountSummary.safeParse({ ...summary, recentEvents: Array(RECENT_EVENTS + 1).fill(summary.recentEvents[0]) }).success).toBe(false)
    expect(AccountSummary.safeParse({ ...summary, recentEvents: [{ ...CONFIRMATION }] }).success).toBe(false)
  })
})
