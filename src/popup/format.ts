/** Dates as the popup shows them, in the UI language. */
import { uiLanguage } from './i18n'

type Style = 'date' | 'dateTime' | 'exact' | 'day'
const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  /** In UTC: the time given is already shifted to the offset it is shown with. */
  exact: { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' },
  day: { dateStyle: 'medium', timeZone: 'UTC' },
}

/** One formatter per style: building an Intl.DateTimeFormat costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(style: Style): Intl.DateTimeFormat {
  const key = `${uiLanguage()}|${style}`
  let made = formatters.get(key)
  if (!made) {
    made = new Intl.DateTimeFormat(uiLanguage(), OPTIONS[style])
    formatters.set(key, made)
  }
  return made
}

export const formatDateTime = (iso: string): string => formatter('dateTime').format(new Date(iso))

export const formatDate = (iso: string): string => formatter('date').format(new Date(iso))

/** A day typed by hand ("2025-05-21"), shown as a day, the same wherever the user is. */
export const formatDay = (day: string): string => formatter('day').format(new Date(`${day}T12:00:00Z`))

/**
 * A mail's time to the second in the offset it was written with, the offset named:
 * "20 May 2025, 11:14:01 (UTC+02:00)" for 2025-05-20T11:14:01+02:00.
 */
export function formatExact(iso: string): string {
  const m = /([+-])(\d{2}):(\d{2})$|Z$/.exec(iso)
  const minutes = m?.[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0
  const shown = formatter('exact').format(new Date(Date.parse(iso) + minutes * 60_000))
  const offset = m?.[1] ? `${m[1]}${m[2]}:${m[3]}` : '+00:00'
  return `${shown} (UTC${offset})`
}

export { localDay } from '../core/calendar'
