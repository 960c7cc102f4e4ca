/**
 * Sender and time of a mail copied from a webmail's page (Gmail, Outlook, …), which has no header
 * lines: the sender as "Facebook <security@facebookmail.com>" on a line of its own, the time as
 * the mail program shows it in the user's language: "Tue, May 20, 9:14 AM" (Gmail, no year),
 * "Tue 20/05/2025 09:14" (Outlook), "Di., 20. Mai, 09:14", "20 мая 2025 г., 09:14"…
 * Month names come from the browser's own Intl in the 30 languages, so no table ships here.
 * A copy has no time zone: its time is the user's local time. A year left out is the latest one
 * that does not put the mail in the future.
 */
import { LOCALES } from './locales'

export interface CopiedTime {
  /** ISO date-time with the local offset of that moment, e.g. 2025-05-20T09:14:00+02:00. */
  iso: string
  /** Whether the copy gave the seconds. */
  seconds: boolean
}

/** Lines of a copy read: the sender and the time sit at its top. */
const HEAD_LINES = 80

const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g
const normalizeDigits = (text: string): string =>
  text.replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10)).replace(/[\u200e\u200f\u202f\u00a0]/g, ' ')

/** "may" → 4, "mai" → 4, "мая" → 4…, per language (month names collide across languages: "listopad"). */
let monthTables: Map<string, Map<string, number>> | null = null

function monthTablesByLanguage(): Map<string, Map<string, number>> {
  if (monthTables) return monthTables
  monthTables = new Map()
  for (const { tag } of LOCALES) {
    const table = new Map<string, number>()
    const styles: Intl.DateTimeFormatOptions[] = [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' }]
    for (const style of styles) {
      const format = new Intl.DateTimeFormat(tag, { ...style, timeZone: 'UTC' })
      for (let month = 0; month < 12; month++) {
        const part = format.formatToParts(new Date(Date.UTC(2025, month, 15))).find((p) => p.type === 'month')
        if (part) for (const name of monthKeys(part.value)) if (!table.has(name)) table.set(name, month)
      }
    }
    monthTables.set(tag.split('-')[0]!, table)
  }
  return monthTables
}

/** A month name as looked up: lower case, without its dot; long names also by their first 3 or 4 letters. */
function monthKeys(name: string): string[] {
  const key = name.toLowerCase().replace(/\.$/, '').trim()
  if (!/^\p{L}{2,}$/u.test(key)) return []
  return [key]
}

function monthOf(word: string, languages: readonly string[]): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, '')
  const tables = monthTablesByLanguage()
  for (const lang of [...languages, ...tables.keys()]) {
    const found = tables.get(lang)?.get(key)
    if (found !== undefined) return found
  }
  // Abbreviations a mail program writes without the language's own short form ("Sept", "März" → "mär").
  for (const lang of [...languages, ...tables.keys()]) {
    for (const [name, month] of tables.get(lang) ?? []) if (key.length >= 3 && name.length > key.length && name.startsWith(key)) return month
  }
  return undefined
}

const TIME = /(\d{1,2})[:.h](\d{2})(?:[:.](\d{2}))?\s*(am|pm|a\.\s?m\.|p\.\s?m\.|π\.μ\.|μ\.μ\.|ص|م|de la mañana|de la tarde)?/iu
/** Between the date and its time: a comma, "at", "um", "à", "a las", "г.,"… but no digit and no line break. */
const FILLER = '[^\\d\\n]{0,16}?'
const WORD = '(\\p{L}{2,}\\.?)'
/** Each with three date groups (one may stay empty) before the time's four. */
const DATE_PATTERNS: { re: RegExp; order: 'dmy' | 'mdy' | 'ymd' | 'numeric' }[] = [
  // 2025-05-20 09:14
  { re: new RegExp(`(\\d{4})-(\\d{2})-(\\d{2})[T ,]*${FILLER}${TIME.source}`, 'giu'), order: 'ymd' },
  // 20/05/2025 09:14, 20.05.2025, 20. 5. 2025, 5/20/2025 9:14 AM
  { re: new RegExp(`(\\d{1,2})[./-]\\s?(\\d{1,2})[./-]\\s?(\\d{4})\\.?${FILLER}${TIME.source}`, 'giu'), order: 'numeric' },
  // 20.5. klo 9.14, 20. 5. 9:14 (no year)
  { re: new RegExp(`(\\d{1,2})\\.\\s?(\\d{1,2})\\.()(?!\\d)${FILLER}${TIME.source}`, 'giu'), order: 'numeric' },
  // 2025. május 20., 2025 m. gegužės 20 d., 2025. gada 20. maijs (year first)
  { re: new RegExp(`(\\d{4})\\.?\\s*(?:m\\.|gada)?\\s*${WORD}\\s+(\\d{1,2})\\.?${FILLER}${TIME.source}`, 'giu'), order: 'ymd' },
  // 20 May 2025, 20. Mai, 20 de mayo de 2025, 20 мая 2025 г.
  { re: new RegExp(`(\\d{1,2})\\.?\\s+(?:de\\s+|ta'\\s+)?${WORD}(?:,?\\s+(?:de\\s+)?(\\d{4}))?${FILLER}${TIME.source}`, 'giu'), order: 'dmy' },
  // May 20, 2025, 9:14 AM; May 20, 9:14 AM
  { re: new RegExp(`${WORD}\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?${FILLER}${TIME.source}`, 'giu'), order: 'mdy' },
]

function hourOf(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour
  const pm = /^(pm|p\.\s?m\.|μ\.μ\.|م|de la tarde)$/iu.test(meridiem)
  if (hour === 12) return pm ? 12 : 0
  return pm ? hour + 12 : hour
}

/** The moment as an ISO date-time with the local offset it had then. */
function localIso(date: Date, seconds: boolean): string {
  const offset = -date.getTimezoneOffset()
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0')
  const sign = offset >= 0 ? '+' : '-'
  const base = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${seconds ? pad(date.getSeconds()) : '00'}`
  return `${base}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
}

/**
 * The first date with a time in the top of a copied mail, read in `languages` first (the UI's),
 * then in any of the 30. A date without a time is more likely the mail's content than its header.
 */
export function readCopiedTime(text: string, now: Date, languages: readonly string[] = []): CopiedTime | undefined {
  const langs = languages.map((l) => l.split(/[-_]/)[0]!.toLowerCase())
  const usFirst = languages.some((l) => /^en-US$/i.test(l))
  // Lines cut at 200 characters: a date line is short, and the patterns stay linear on any paste.
  const lines = normalizeDigits(text.slice(0, 40_000)).split(/\r?\n/, HEAD_LINES).map((line) => line.slice(0, 200))
  for (const line of lines) {
    for (const { re, order } of DATE_PATTERNS) {
      for (const m of line.matchAll(re)) {
      let year: number | undefined
      let month: number | undefined
      let day: number
      if (order === 'ymd' && /^\d+$/.test(m[2]!)) [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])]
      else if (order === 'ymd') [year, month, day] = [Number(m[1]), monthOf(m[2]!, langs), Number(m[3])]
      else if (order === 'numeric') {
        const [a, b] = [Number(m[1]), Number(m[2])]
        const monthFirst = a <= 12 && (b > 12 || (usFirst && b <= 12))
        const y = m[3] ? Number(m[3]) : undefined
        ;[day, month, year] = monthFirst ? [b, a - 1, y] : [a, b - 1, y]
      } else if (order === 'dmy') [day, month, year] = [Number(m[1]), monthOf(m[2]!, langs), m[3] ? Number(m[3]) : undefined]
      else [month, day, year] = [monthOf(m[1]!, langs), Number(m[2]), m[3] ? Number(m[3]) : undefined]
      if (month === undefined || month < 0 || month > 11 || day < 1 || day > 31) continue
      const [hour, minute, second] = [Number(m[4]), Number(m[5]), m[6] ? Number(m[6]) : 0]
      const h = hourOf(hour, m[7])
      if (h > 23 || minute > 59 || second > 59) continue
      const at = (y: number) => new Date(y, month, day, h, minute, second)
      let date = at(year ?? now.getFullYear())
      // No year: the latest year that does not put the mail in the future.
      if (year === undefined && date.getTime() > now.getTime()) date = at(now.getFullYear() - 1)
      if (date.getMonth() !== month) continue // 31 April and the like
      return { iso: localIso(date, Boolean(m[6])), seconds: Boolean(m[6]) }
      }
    }
  }
  return undefined
}

/** "Facebook <security@facebookmail.com>" on a line of its own, as webmails show the sender. */
const SENDER_LINE = /^[ \t]*(?:"?([^"<>\n@]{0,100}?)"?[ \t]*)?<([^<>\s@]+@[^<>\s@]+\.[a-z]{2,})>[ \t]*$/im

export function readCopiedSender(text: string): { name: string; address: string } | undefined {
  const head = text.split(/\r?\n/).slice(0, HEAD_LINES).join('\n')
  const m = SENDER_LINE.exec(head)
  return m ? { name: (m[1] ?? '').trim(), address: m[2]! } : undefined
}
