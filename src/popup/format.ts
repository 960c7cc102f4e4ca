/** Dates as the popup shows them, in the UI language. */
import { uiLanguage } from './i18n'

/** One formatter per style: building an Intl.DateTimeFormat costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(style: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const key = `${uiLanguage()}|${style}`
  let made = formatters.get(key)
  if (!made) {
    made = new Intl.DateTimeFormat(uiLanguage(), style === 'date' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' })
    formatters.set(key, made)
  }
  return made
}

export const formatDateTime = (iso: string): string => formatter('dateTime').format(new Date(iso))

export const formatDate = (iso: string): string => formatter('date').format(new Date(iso))

export { localDay } from '../core/calendar'
