/**
 * What the popup's first screen shows of an account: its status, the few dates the list and the
 * guide show, never the whole event log (that is the proof, asked for on demand). With 50
 * accounts of 200 events the state the popup waits for shrinks from ~550 KB to ~20 KB.
 */
import * as z from 'zod/mini'
import { Platform, AccountId } from './platform-schema'
import { deriveStatus, Email, lastEventOf, Status, type ObjectionEvent } from './objection'
import { reminderOf } from './reminders'
import { Account } from './storage'

/** How many of the latest events the account list dates. */
export const RECENT_EVENTS = 4

const At = z.iso.datetime({ offset: true })

/** An event as the list dates it: its type and time, not what it recorded (an e-mail's text). */
const EventDate = z.union([
  z.strictObject({ type: z.enum(['form_opened', 'submitted', 'confirmation_recorded', 'reset']), at: At }),
  z.strictObject({ type: z.literal('marked_done'), at: At, objectedOn: z.iso.date() }),
])
export type EventDate = z.infer<typeof EventDate>

export const AccountSummary = z.strictObject({
  platform: Platform,
  accountId: AccountId,
  label: Account.shape.label,
  expectedEmail: Account.shape.expectedEmail,
  createdAt: At,
  linkedWith: Account.shape.linkedWith,
  status: Status,
  recentEvents: z.array(EventDate).check(z.maxLength(RECENT_EVENTS)),
  /** The latest submission since the last reset: when, and the address Meta's form showed. */
  lastSubmitted: z.optional(z.strictObject({ at: At, email: z.optional(Email) })),
  /** The latest confirmation since the last reset: when it arrived and who sent it. */
  lastConfirmation: z.optional(
    z.strictObject({ receivedAt: At, receivedOn: z.optional(z.iso.date()), from: z.optional(z.string().check(z.maxLength(500))) }),
  ),
  reminder: z.enum(['none', 'ask_confirmation', 'answer_overdue']),
})
export type AccountSummary = z.infer<typeof AccountSummary>

function eventDate(event: ObjectionEvent): EventDate {
  return event.type === 'marked_done' ? { type: event.type, at: event.at, objectedOn: event.objectedOn } : { type: event.type, at: event.at }
}

export function summarize(account: Account, now: Date): AccountSummary {
  const sent = lastEventOf(account.events, 'submitted')
  const confirmation = lastEventOf(account.events, 'confirmation_recorded')
  return {
    platform: account.platform,
    accountId: account.accountId,
    ...(account.label !== undefined ? { label: account.label } : {}),
    ...(account.expectedEmail !== undefined ? { expectedEmail: account.expectedEmail } : {}),
    createdAt: account.createdAt,
    ...(account.linkedWith !== undefined ? { linkedWith: account.linkedWith } : {}),
    status: deriveStatus(account.events),
    recentEvents: account.events.slice(-RECENT_EVENTS).map(eventDate),
    ...(sent ? { lastSubmitted: sent.email ? { at: sent.at, email: sent.email } : { at: sent.at } } : {}),
    ...(confirmation
      ? {
          lastConfirmation: {
            receivedAt: confirmation.receivedAt,
            ...(confirmation.receivedOn !== undefined ? { receivedOn: confirmation.receivedOn } : {}),
            ...(confirmation.from !== undefined ? { from: confirmation.from } : {}),
          },
        }
      : {}),
    reminder: reminderOf(account, now),
  }
}
