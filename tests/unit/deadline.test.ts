import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deadlinePhase, deadlineSentence, formatDay, relativeToNow, type Translate } from '../../src/core/deadline'
import { trainingStartDate } from '../../src/core/facts'
import en from '../../public/_locales/en/messages.json'
import fr from '../../public/_locales/fr/messages.json'

// Calendar days are counted in the local time zone: run in the time zone of most users.
const savedTz = process.env.TZ
const setTz = (tz: string | undefined): void => {
  if (tz === undefined) delete process.env.TZ
  else process.env.TZ = tz
}
beforeAll(() => setTz('Europe/Paris'))
afterAll(() => setTz(savedTz))

const START = new Date('2025-05-27T00:00:00Z')
const at = (iso: string): Date => new Date(iso)

/** Records what it is asked for, as `key|sub1|sub2`. */
const fakeT: Translate = (key, substitutions = []) => [key, ...substitutions].join('|')

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>
/** Substitutes like chrome.i18n.getMessage: $NAME$ → the placeholder's content, $1 → the first substitution. */
const i18nOf =
  (catalog: Catalog): Translate =>
  (key, substitutions = []) => {
    const entry = catalog[key]
    if (!entry) throw new Error(`no message ${key}`)
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content
      if (content === undefined) throw new Error(`no placeholder ${name} in ${key}`)
      return content.replace(/\$(\d)/g, (_m, n: string) => substitutions[Number(n) - 1] ?? '')
    })
  }

describe('deadlinePhase', () => {
  it('uses the training start of the facts by default', () => {
    expect(trainingStartDate()).toEqual(START)
    expect(deadlinePhase(at('2025-05-23T10:00:00Z'))).toEqual({ phase: 'before', daysLeft: 4 })
  })

  it.each([
    ['2025-04-14T10:00:00Z', { phase: 'before', daysLeft: 43 }],
    ['2025-05-23T10:00:00Z', { phase: 'before', daysLeft: 4 }],
    ['2025-05-26T10:00:00Z', { phase: 'before', daysLeft: 1 }],
    ['2025-05-26T21:00:00Z', { phase: 'before', daysLeft: 1 }], // 23:00 in Paris
    ['2025-05-27T10:00:00Z', { phase: 'after', daysSince: 0 }],
    ['2025-05-28T10:00:00Z', { phase: 'after', daysSince: 1 }],
    ['2026-11-28T10:00:00Z', { phase: 'after', daysSince: 550 }],
  ])('on %s gives %j', (now, expected) => {
    const phase = deadlinePhase(at(now), START)
    // `+ 0` turns the -0 that `-days` gives on the day itself into 0 (toEqual tells them apart).
    expect(phase.phase === 'after' ? { ...phase, daysSince: phase.daysSince + 0 } : phase).toEqual(expected)
  })

  it('takes another start date', () => {
    expect(deadlinePhase(at('2030-01-01T12:00:00Z'), at('2030-01-11T00:00:00Z'))).toEqual({ phase: 'before', daysLeft: 10 })
  })
})

describe('relativeToNow', () => {
  it.each([
    ['2025-05-23T10:00:00Z', 'in 4 days'],
    ['2025-05-26T10:00:00Z', 'tomorrow'],
    ['2025-05-27T10:00:00Z', 'today'],
    ['2025-05-28T10:00:00Z', 'yesterday'],
    ['2025-06-20T10:00:00Z', '24 days ago'],
    ['2025-07-15T10:00:00Z', '2 months ago'],
    ['2026-04-01T10:00:00Z', '11 months ago'], // calendar months: April 2026 is 11 after May 2025
    // Intl with numeric: 'auto' says "last year", not "1 year ago", for one calendar year back.
    ['2026-11-28T10:00:00Z', 'last year'],
    ['2027-06-01T10:00:00Z', '2 years ago'],
    ['2025-03-01T10:00:00Z', 'in 2 months'],
  ])('on %s says %j in English', (now, expected) => {
    expect(relativeToNow(START, at(now), 'en')).toBe(expected)
  })

  it('speaks French', () => {
    expect(relativeToNow(START, at('2025-05-23T10:00:00Z'), 'fr')).toBe('dans 4 jours')
    expect(relativeToNow(START, at('2026-11-28T10:00:00Z'), 'fr')).toBe('l’année dernière')
  })
})

describe('formatDay', () => {
  it('formats the day in the language, in UTC', () => {
    expect(formatDay(START, 'en')).toBe('May 27, 2025')
    expect(formatDay(START, 'fr')).toBe('27 mai 2025')
    expect(formatDay(START, 'de')).toBe('27. Mai 2025')
  })
})

describe('deadlineSentence', () => {
  it('uses banner_before with the date and the countdown before the start', () => {
    expect(deadlineSentence(at('2025-05-23T10:00:00Z'), 'en', fakeT)).toBe('banner_before|May 27, 2025|in 4 days')
  })

  it('uses banner_after with the date and how long ago after the start', () => {
    expect(deadlineSentence(at('2026-11-28T10:00:00Z'), 'en', fakeT)).toBe('banner_after|May 27, 2025|last year')
    expect(deadlineSentence(at('2025-05-27T10:00:00Z'), 'en', fakeT)).toBe('banner_after|May 27, 2025|today')
  })

  it('formats the date and the relative time in French for fr', () => {
    expect(deadlineSentence(at('2025-05-23T10:00:00Z'), 'fr', fakeT)).toBe('banner_before|27 mai 2025|dans 4 jours')
    expect(deadlineSentence(at('2025-06-20T10:00:00Z'), 'fr', fakeT)).toBe('banner_after|27 mai 2025|il y a 24 jours')
  })

  it('fills both placeholders of the real English and French messages', () => {
    const enSentence = deadlineSentence(at('2025-05-23T10:00:00Z'), 'en', i18nOf(en as Catalog))
    expect(enSentence).toContain('May 27, 2025 (in 4 days)')
    expect(enSentence).not.toContain('$')
    const frSentence = deadlineSentence(at('2026-11-28T10:00:00Z'), 'fr', i18nOf(fr as Catalog))
    expect(frSentence).toContain('27 mai 2025')
    expect(frSentence).toContain('l’année dernière')
    expect(frSentence).not.toContain('$')
  })
})

describe('in a time zone west of UTC (Guadeloupe, an EU region, UTC−4)', () => {
  beforeAll(() => setTz('America/Guadeloupe'))
  afterAll(() => setTz('Europe/Paris'))

  it('runs in that time zone', () => {
    expect(at('2025-05-23T16:00:00Z').getHours()).toBe(12)
  })

  it('counts down to the day the banner shows (27 May), not to the day before', () => {
    // Noon on 23 May in Guadeloupe: the banner says "May 27, 2025", four days later.
    const now = at('2025-05-23T16:00:00Z')
    expect(deadlineSentence(now, 'en', fakeT)).toBe('banner_before|May 27, 2025|in 4 days')
    expect(deadlinePhase(now)).toEqual({ phase: 'before', daysLeft: 4 })
  })

  it('does not say training has started while it has not', () => {
    // 08:00 on 26 May in Guadeloupe is 12:00 UTC, twelve hours before training starts.
    expect(deadlinePhase(at('2025-05-26T12:00:00Z')).phase).toBe('before')
  })
})
