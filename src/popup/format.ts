/** Dates as the popup shows them, in the UI language. */
import { uiLanguage } from './i18n'

export const formatDateTime = (iso: string): string =>
  new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

export const formatDate = (iso: string): string => new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(new Date(iso))

/** `yyyy-mm-dd` of a date in local time, for `<input type="date">`. */
export const localDay = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
