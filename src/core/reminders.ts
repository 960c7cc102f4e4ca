/**
 * When to remind: an account `submitted` without a recorded confirmation for 24 hours is waiting
 * for Meta's e-mail (toolbar badge, the popup asks); after the answer deadline of the facts module
 * (GDPR Art. 12(3): one month) the guide explains how to complain. A pure function of the
 * accounts and the time, so the background can recompute it after any restart.
 */
import { addMonths } from 'date-fns'
import { FACTS } from './facts'
import { deriveStatus, type ObjectionEvent } from './objection'
import type { Account } from './storage'

export const REMINDER_DELAY_MS = 24 * 60 * 60 * 1000

export interface Waiting {
  /** The first submission since the last reset: Meta's time to answer runs from it. */
  submittedAt: Date
  remindAt: Date
  answerDueAt: Date
}

function firstSubmittedSinceReset(events: readonly ObjectionEvent[]): ObjectionEvent | undefined {
  let first: ObjectionEvent | undefined
  for (const event of events) {
    if (event.type === 'reset') first = undefined
    else if (event.type === 'submitted' && !first) first = event
  }
  return first
}

/** The dates of an account sent but not confirmed, or null for any other status. */
export function waitingFor(account: Account): Waiting | null {
  if (deriveStatus(account.events) !== 'submitted') return null
  const submitted = firstSubmittedSinceReset(account.events)
  if (!submitted) return null
  const submittedAt = new Date(submitted.at)
  return {
    submittedAt,
    remindAt: new Date(submittedAt.getTime() + REMINDER_DELAY_MS),
    answerDueAt: addMonths(submittedAt, FACTS.answerDeadlineMonths.months),
  }
}

export type Reminder = 'none' | 'ask_confirmation' | 'answer_overdue'

export function reminderOf(account: Account, now: Date): Reminder {
  const waiting = waitingFor(account)
  if (!waiting || now < waiting.remindAt) return 'none'
  return now >= waiting.answerDueAt ? 'answer_overdue' : 'ask_confirmation'
}

export interface ReminderPlan {
  /** Toolbar badge for all tabs: how many accounts wait for their confirmation, or empty. */
  badgeText: string
  /** When to look again (epoch ms), or null when nothing is pending. */
  nextCheckAt: number | null
}

export function planReminders(accounts: readonly Account[], now: Date): ReminderPlan {
  let due = 0
  let next: number | null = null
  for (const account of accounts) {
    const waiting = waitingFor(account)
    if (!waiting) continue
    if (now >= waiting.remindAt) due++
    for (const at of [waiting.remindAt, waiting.answerDueAt]) {
      if (at > now && (next === null || at.getTime() < next)) next = at.getTime()
    }
  }
  return { badgeText: due > 0 ? String(due) : '', nextCheckAt: next }
}

/** Per-tab badge for the account a facebook/instagram tab shows: a mark while it has not objected. */
export const NOT_STARTED_BADGE = '!'
