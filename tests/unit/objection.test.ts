import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { deriveStatus, lastEventOf, nextStatus, ObjectionEvent, PROOF_TEXT_MAX, Status, type EventType } from '../../src/core/objection'

const AT = '2025-05-20T10:00:00.000Z'
const ev = {
  form_opened: (at = AT): ObjectionEvent => ({ type: 'form_opened', at }),
  submitted: (at = AT): ObjectionEvent => ({ type: 'submitted', at }),
  confirmation_recorded: (at = AT): ObjectionEvent => ({ type: 'confirmation_recorded', at, receivedAt: at }),
  marked_done: (at = AT): ObjectionEvent => ({ type: 'marked_done', at, objectedOn: '2025-05-20' }),
  reset: (at = AT): ObjectionEvent => ({ type: 'reset', at }),
} satisfies Record<EventType, (at?: string) => ObjectionEvent>

const seq = (...types: EventType[]): ObjectionEvent[] => types.map((type) => ev[type]())
const rank = (status: Status): number => Status.options.indexOf(status)

describe('deriveStatus', () => {
  it.each<[EventType[], Status]>([
    [[], 'not_started'],
    [['form_opened'], 'form_opened'],
    [['form_opened', 'submitted'], 'submitted'],
    [['submitted'], 'submitted'],
    [['submitted', 'form_opened'], 'submitted'],
    [['confirmation_recorded'], 'confirmed'],
    [['marked_done'], 'confirmed'],
    [['form_opened', 'submitted', 'confirmation_recorded'], 'confirmed'],
    [['confirmation_recorded', 'form_opened', 'submitted'], 'confirmed'],
    [['marked_done', 'reset'], 'not_started'],
    [['form_opened', 'submitted', 'confirmation_recorded', 'reset'], 'not_started'],
    [['reset'], 'not_started'],
    [['reset', 'form_opened'], 'form_opened'],
    [['confirmation_recorded', 'reset', 'form_opened'], 'form_opened'],
    [['submitted', 'reset', 'reset', 'submitted'], 'submitted'],
  ])('%j → %s', (types, status) => {
    expect(deriveStatus(seq(...types))).toBe(status)
  })
})

describe('nextStatus', () => {
  it('never moves backwards on a non-reset event', () => {
    expect(nextStatus('confirmed', ev.form_opened())).toBe('confirmed')
    expect(nextStatus('submitted', ev.form_opened())).toBe('submitted')
    expect(nextStatus('confirmed', ev.submitted())).toBe('confirmed')
  })

  it('goes back to not_started on a reset from any status', () => {
    for (const status of Status.options) expect(nextStatus(status, ev.reset())).toBe('not_started')
  })
})

describe('lastEventOf', () => {
  it('returns the latest event of the type', () => {
    const events = [ev.submitted('2025-05-01T00:00:00Z'), ev.form_opened(), ev.submitted('2025-05-02T00:00:00Z')]
    expect(lastEventOf(events, 'submitted')).toEqual({ type: 'submitted', at: '2025-05-02T00:00:00Z' })
  })

  it('returns undefined when there is none', () => {
    expect(lastEventOf([], 'submitted')).toBeUndefined()
    expect(lastEventOf(seq('form_opened'), 'submitted')).toBeUndefined()
  })

  it('stops at the last reset', () => {
    expect(lastEventOf(seq('form_opened', 'submitted', 'reset'), 'submitted')).toBeUndefined()
    expect(lastEventOf(seq('submitted', 'reset', 'form_opened'), 'submitted')).toBeUndefined()
    const after = ev.submitted('2025-05-03T00:00:00Z')
    expect(lastEventOf([ev.submitted('2025-05-01T00:00:00Z'), ev.reset(), after], 'submitted')).toBe(after)
  })

  it('gives nothing when asked for the last reset, since a reset ends the search', () => {
    expect(lastEventOf(seq('form_opened', 'reset'), 'reset')).toBeUndefined()
  })
})

describe('ObjectionEvent schema', () => {
  it.each([
    { type: 'form_opened', at: AT },
    { type: 'form_opened', at: '2025-05-20T12:00:00+02:00' },
    { type: 'submitted', at: AT, email: 'me@example.com', note: 'by the form' },
    { type: 'confirmation_recorded', at: AT, receivedAt: AT, from: 'noreply@facebookmail.com', senderIsMeta: true, text: 'x' },
    { type: 'marked_done', at: AT, objectedOn: '2025-05-20' },
    { type: 'reset', at: AT },
  ])('accepts %j', (event) => {
    expect(ObjectionEvent.safeParse(event).success).toBe(true)
  })

  it.each([
    ['an unknown type', { type: 'objected', at: AT }],
    ['no type', { at: AT }],
    ['a missing date', { type: 'form_opened' }],
    ['a date that is not a date', { type: 'form_opened', at: 'yesterday' }],
    ['an impossible date', { type: 'form_opened', at: '2025-13-40T10:00:00Z' }],
    ['a date-time without offset', { type: 'form_opened', at: '2025-05-20T10:00:00' }],
    ['a day instead of a date-time', { type: 'reset', at: '2025-05-20' }],
    ['a number for a date', { type: 'reset', at: 1747735200000 }],
    ['a bad e-mail', { type: 'submitted', at: AT, email: 'not an e-mail' }],
    ['an e-mail without domain', { type: 'submitted', at: AT, email: 'me@' }],
    ['a note that is too long', { type: 'submitted', at: AT, note: 'x'.repeat(501) }],
    ['a bad objectedOn', { type: 'marked_done', at: AT, objectedOn: '20/05/2025' }],
    ['a confirmation without receivedAt', { type: 'confirmation_recorded', at: AT }],
    ['a proof text that is too long', { type: 'confirmation_recorded', at: AT, receivedAt: AT, text: 'x'.repeat(PROOF_TEXT_MAX + 1) }],
    ['an extra key', { type: 'form_opened', at: AT, extra: 1 }],
    ['a key of another event type', { type: 'reset', at: AT, email: 'me@example.com' }],
    ['null', null],
    ['a string', 'form_opened'],
  ])('rejects %s', (_what, event) => {
    expect(ObjectionEvent.safeParse(event).success).toBe(false)
  })

  it('accepts a proof text of exactly PROOF_TEXT_MAX characters', () => {
    expect(ObjectionEvent.safeParse({ type: 'confirmation_recorded', at: AT, receivedAt: AT, text: 'x'.repeat(PROOF_TEXT_MAX) }).success).toBe(true)
  })
})

describe('properties', () => {
  const at = fc
    .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString())
  const event: fc.Arbitrary<ObjectionEvent> = fc.oneof(
    fc.record({ type: fc.constant('form_opened' as const), at }),
    fc.record({ type: fc.constant('submitted' as const), at }),
    fc.record({ type: fc.constant('confirmation_recorded' as const), at, receivedAt: at }),
    fc.record({ type: fc.constant('marked_done' as const), at, objectedOn: at.map((s) => s.slice(0, 10)) }),
    fc.record({ type: fc.constant('reset' as const), at }),
  )
  const events = fc.array(event, { maxLength: 40 })

  it('generates only valid events', () => {
    fc.assert(fc.property(event, (e) => ObjectionEvent.safeParse(e).success))
  })

  it('status never decreases in rank except at a reset', () => {
    fc.assert(
      fc.property(events, (log) => {
        let status: Status = 'not_started'
        for (const e of log) {
          const next = nextStatus(status, e)
          if (e.type === 'reset') expect(next).toBe('not_started')
          else expect(rank(next)).toBeGreaterThanOrEqual(rank(status))
          status = next
        }
      }),
    )
  })

  it('deriveStatus equals folding nextStatus over the events', () => {
    fc.assert(fc.property(events, (log) => deriveStatus(log) === log.reduce<Status>(nextStatus, 'not_started')))
  })

  it('deriveStatus is the highest status reached since the last reset', () => {
    const reaches: Record<Exclude<EventType, 'reset'>, Status> = {
      form_opened: 'form_opened',
      submitted: 'submitted',
      confirmation_recorded: 'confirmed',
      marked_done: 'confirmed',
    }
    fc.assert(
      fc.property(events, (log) => {
        const sinceReset = log.slice(log.map((e) => e.type).lastIndexOf('reset') + 1)
        const best = sinceReset.reduce<Status>((s, e) => (e.type !== 'reset' && rank(reaches[e.type]) > rank(s) ? reaches[e.type] : s), 'not_started')
        expect(deriveStatus(log)).toBe(best)
      }),
    )
  })

  it('appending events never lowers the status unless one of them is a reset', () => {
    fc.assert(
      fc.property(events, fc.array(event.filter((e) => e.type !== 'reset'), { maxLength: 20 }), (before, after) => {
        expect(rank(deriveStatus([...before, ...after]))).toBeGreaterThanOrEqual(rank(deriveStatus(before)))
      }),
    )
  })
})
