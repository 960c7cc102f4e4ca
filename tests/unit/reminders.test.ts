import { describe, expect, it } from 'vitest'
import { planReminders, reminderOf, REMINDER_DELAY_MS, waitingFor } from '../../src/core/reminders'
import type { Account } from '../../src/core/storage'
import type { ObjectionEvent } from '../../src/core/objection'

const SENT_AT = '2025-05-20T10:00:00.000Z'
const account = (events: ObjectionEvent[], accountId = '1'): Account => ({
  platform: 'facebook',
  accountId,
  createdAt: '2025-05-01T00:00:00.000Z',
  events,
  banner: { dismissed: false },
})
const sent = (at = SENT_AT): ObjectionEvent => ({ type: 'submitted', at })
const ms = (iso: string): number => Date.parse(iso)

describe('reminders', () => {
  it('waits 24 hours after sending, then asks, then after a month says the answer is overdue', () => {
    const a = account([{ type: 'form_opened', at: '2025-05-20T09:59:00.000Z' }, sent()])
    expect(reminderOf(a, new Date(ms(SENT_AT) + REMINDER_DELAY_MS - 1))).toBe('none')
    expect(reminderOf(a, new Date(ms(SENT_AT) + REMINDER_DELAY_MS))).toBe('ask_confirmation')
    expect(reminderOf(a, new Date('2025-06-20T09:59:59.000Z'))).toBe('ask_confirmation')
    expect(reminderOf(a, new Date('2025-06-20T10:00:00.000Z'))).toBe('answer_overdue')
    expect(waitingFor(a)?.answerDueAt.toISOString()).toBe('2025-06-20T10:00:00.000Z')
  })

  it('stops once a confirmation is recorded or the objection is marked done', () => {
    const later = new Date('2025-07-01T00:00:00.000Z')
    expect(reminderOf(account([sent(), { type: 'confirmation_recorded', at: '2025-05-21T00:00:00.000Z', receivedAt: '2025-05-21T00:00:00.000Z' }]), later)).toBe('none')
    expect(reminderOf(account([sent(), { type: 'marked_done', at: '2025-05-21T00:00:00.000Z', objectedOn: '2025-05-19' }]), later)).toBe('none')
    expect(reminderOf(account([]), later)).toBe('none')
  })

  it('counts Meta’s month from the first submission since the last reset', () => {
    const a = account([sent('2025-01-01T00:00:00.000Z'), { type: 'reset', at: '2025-02-01T00:00:00.000Z' }, sent(), sent('2025-05-25T00:00:00.000Z')])
    expect(waitingFor(a)?.submittedAt.toISOString()).toBe(SENT_AT)
  })

  it('plans the badge count and the next time to look again', () => {
    const accounts = [account([sent()], '1'), account([sent('2025-05-21T10:00:00.000Z')], '2'), account([], '3')]
    expect(planReminders(accounts, new Date('2025-05-21T09:00:00.000Z'))).toEqual({ badgeText: '', nextCheckAt: ms('2025-05-21T10:00:00.000Z') })
    expect(planReminders(accounts, new Date('2025-05-21T12:00:00.000Z'))).toEqual({ badgeText: '1', nextCheckAt: ms('2025-05-22T10:00:00.000Z') })
    expect(planReminders(accounts, new Date('2025-05-23T00:00:00.000Z'))).toEqual({ badgeText: '2', nextCheckAt: ms('2025-06-20T10:00:00.000Z') })
    expect(planReminders(accounts, new Date('2025-07-01T00:00:00.000Z'))).toEqual({ badgeText: '2', nextCheckAt: null })
    expect(planReminders([], new Date())).toEqual({ badgeText: '', nextCheckAt: null })
  })
})
