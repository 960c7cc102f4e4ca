/**
 * The deadline sentence of the banner: before the start of training a countdown, after it the
 * date and how long ago it passed. Date arithmetic by date-fns; wording and plurals by the
 * browser's own Intl in the user's language, so no locale data ships in the content script.
 */
import { differenceInCalendarDays, differenceInCalendarMonths, differenceInCalendarYears } from 'date-fns'
import { trainingStartDate } from './facts'

export type { Translate } from './translate'
import type { Translate } from './translate'

export type DeadlinePhase = { phase: 'before'; daysLeft: number } | { phase: 'after'; daysSince: number }

/**
 * The calendar day of `date` in UTC, as a local Date, so date-fns' calendar differences count
 * UTC days wherever the user is (the facts' dates are UTC days; EU territories span UTC−4 to +4).
 */
const utcDay = (date: Date): Date => new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())

export function deadlinePhase(now: Date, start: Date = trainingStartDate()): DeadlinePhase {
  const days = differenceInCalendarDays(utcDay(start), utcDay(now))
  return days > 0 ? { phase: 'before', daysLeft: days } : { phase: 'after', daysSince: Math.abs(days) }
}

/** "in 4 days", "yesterday", "last year", "2 years ago"… in `lang`, the largest unit that fits. */
export function relativeToNow(target: Date, current: Date, lang: string): string {
  const date = utcDay(target)
  const now = utcDay(current)
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })
  const years = differenceInCalendarYears(date, now)
  if (Math.abs(years) >= 1 && Math.abs(differenceInCalendarMonths(date, now)) >= 12) return rtf.format(years, 'year')
  const months = differenceInCalendarMonths(date, now)
  if (Math.abs(differenceInCalendarDays(date, now)) >= 31 && months !== 0) return rtf.format(months, 'month')
  return rtf.format(differenceInCalendarDays(date, now), 'day')
}

export function formatDay(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}

export function deadlineSentence(now: Date, lang: string, t: Translate, start: Date = trainingStartDate()): string {
  const key = deadlinePhase(now, start).phase === 'before' ? 'banner_before' : 'banner_after'
  return t(key, [formatDay(start, lang), relativeToNow(start, now, lang)])
}
