/**
 * The objection of one account as an append-only log of dated events; its status is derived.
 * The log is the user's proof, so events are only ever appended (a reset is an event too).
 */
import * as z from 'zod/mini'
import { EMAIL_MAX } from './content-reply'

const At = z.iso.datetime({ offset: true })
export { EMAIL_MAX }
export const Email = z.email().check(z.maxLength(EMAIL_MAX))
/** The note on a submission whose address was too long to be one: recorded without it. */
export const EMAIL_NOT_KEPT_NOTE = `The address in the form was longer than ${EMAIL_MAX} characters, the most an e-mail address can have, and was not kept.`
/** Upper bound of a stored confirmation e-mail's text (characters). */
export const PROOF_TEXT_MAX = 100_000

export const ObjectionEvent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('form_opened'), at: At }),
  z.strictObject({ type: z.literal('submitted'), at: At, email: z.optional(Email), note: z.optional(z.string().check(z.maxLength(500))) }),
  z.strictObject({
    type: z.literal('confirmation_recorded'),
    at: At,
    /** When the confirmation e-mail was sent: its Date header, to the second with its offset (or noon UTC of `receivedOn`). */
    receivedAt: At,
    /** The day the user typed by hand, when the mail gave no time: shown as a day, without a time. */
    receivedOn: z.optional(z.iso.date()),
    from: z.optional(z.string().check(z.maxLength(500))),
    subject: z.optional(z.string().check(z.maxLength(2000))),
    to: z.optional(z.string().check(z.maxLength(500))),
    /** Whether the sender's domain is one of Meta's mail domains (facts module). */
    senderIsMeta: z.optional(z.boolean()),
    text: z.optional(z.string().check(z.maxLength(PROOF_TEXT_MAX))),
  }),
  z.strictObject({ type: z.literal('marked_done'), at: At, objectedOn: z.iso.date() }),
  z.strictObject({ type: z.literal('reset'), at: At }),
])
export type ObjectionEvent = z.infer<typeof ObjectionEvent>
export type EventType = ObjectionEvent['type']

export const Status = z.enum(['not_started', 'form_opened', 'submitted', 'confirmed'])
export type Status = z.infer<typeof Status>

const RANK: Record<Status, number> = { not_started: 0, form_opened: 1, submitted: 2, confirmed: 3 }
const REACHES: Record<Exclude<EventType, 'reset'>, Status> = {
  form_opened: 'form_opened',
  submitted: 'submitted',
  confirmation_recorded: 'confirmed',
  marked_done: 'confirmed',
}

/** One step of the state machine: an event never moves an objection backwards, except a reset. */
export function nextStatus(status: Status, event: ObjectionEvent): Status {
  if (event.type === 'reset') return 'not_started'
  const reached = REACHES[event.type]
  return RANK[reached] > RANK[status] ? reached : status
}

export function deriveStatus(events: readonly ObjectionEvent[]): Status {
  return events.reduce(nextStatus, 'not_started' as Status)
}

/** The latest event of a type since the last reset, if any. */
export function lastEventOf<T extends EventType>(
  events: readonly ObjectionEvent[],
  type: T,
): Extract<ObjectionEvent, { type: T }> | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!
    if (event.type === 'reset') return undefined
    if (event.type === type) return event as Extract<ObjectionEvent, { type: T }>
  }
  return undefined
}
