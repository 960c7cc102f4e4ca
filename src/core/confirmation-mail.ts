/**
 * Reads Meta's confirmation e-mail, pasted as text or given as a saved `.eml` file, with
 * postal-mime: sender, date, subject and recipient. The sender counts as Meta's only when its
 * domain is one of the facts module's confirmation sender domains (or a subdomain of one).
 * The text is kept as proof, never rendered as HTML, and refused beyond PROOF_TEXT_MAX.
 */
import PostalMime, { addressParser, type Address, type Email } from 'postal-mime'
import { FACTS } from './facts'
import { PROOF_TEXT_MAX } from './objection'
import { readCopiedSender, readCopiedTime } from './mail-copy'
import { isOutlookMsg, outlookMsgAsMail } from './outlook-msg'

/** Largest `.eml` file read: its decoded text must still fit under PROOF_TEXT_MAX to be kept. */
export const MAIL_FILE_MAX_BYTES = 5_000_000

export interface ParsedConfirmation {
  /** "Name <address>" as the mail says, when it says. */
  from?: string
  fromAddress?: string
  senderDomain?: string
  /** Whether the sender's domain is one of Meta's mail domains (facts module). */
  senderIsMeta: boolean
  subject?: string
  to?: string
  /**
   * When the mail was sent, as an ISO date-time with its offset: the Date header's own (to the
   * second), or, for a copy from a webmail's page, the local time the copy shows.
   */
  date?: string
  /** Where the date comes from: the mail's Date header, or the text of a copy. */
  dateFrom?: 'header' | 'copy'
  /** The text kept as proof (at most PROOF_TEXT_MAX characters). */
  proofText: string
}

export type ConfirmationResult =
  | { ok: true; mail: ParsedConfirmation }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'too_large'; max: number }
  /** The parser gave up on it (MIME nested too deep, a huge header, a damaged file…). */
  | { ok: false; reason: 'unreadable'; detail: string }

export interface ParseOptions {
  /** For a copy's date without a year (the latest year not in the future). */
  now?: Date
  /** The user's languages, to read a copy's month names in them first. */
  languages?: readonly string[]
}

/** What a reader's failure gives (the popup's recorder says the same of a failure of its own). */
const unreadable = (error: unknown): ConfirmationResult => ({ ok: false, reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) })

/** The domain of an e-mail address, lower-cased, or undefined. */
export function domainOf(address: string): string | undefined {
  const at = address.lastIndexOf('@')
  if (at < 0) return undefined
  const domain = address.slice(at + 1).trim().toLowerCase().replace(/\.$/, '')
  return /^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain) ? domain : undefined
}

/** Exact domain or subdomain of one of the facts module's confirmation sender domains. */
export function isMetaSenderDomain(domain: string | undefined): boolean {
  if (!domain) return false
  return FACTS.confirmationSenderDomains.domains.some((d) => domain === d || domain.endsWith(`.${d}`))
}

type Mailbox = { name: string; address: string }

function firstMailbox(addresses: readonly Address[] | Address | undefined): Mailbox | undefined {
  const list: readonly Address[] = addresses === undefined ? [] : Array.isArray(addresses) ? addresses : [addresses as Address]
  for (const entry of list) {
    if (entry.address) return { name: entry.name, address: entry.address }
    const inGroup = entry.group?.find((m: Mailbox) => m.address)
    if (inGroup) return inGroup
  }
  return undefined
}

const show = (m: Mailbox): string => (m.name ? `${m.name} <${m.address}>` : m.address)

/** Header lines of a forwarded or copied mail, in the languages mail programs use ("From:", "De :", "Von:"…). */
const FROM_LINE = /^[ \t>*]*(?:from|de|von|da|van|od|från|fra|lähettäjä|από|от|feladó|kimden|de la)[ \t]*:[ \t]*(.+)$/im
const TO_LINE = /^[ \t>*]*(?:to|à|a|an|aan|do|till|til|vastaanottaja|προς|кому|címzett|kime|către)[ \t]*:[ \t]*(.+)$/im
const SUBJECT_LINE = /^[ \t>*]*(?:subject|objet|betreff|oggetto|asunto|onderwerp|temat|ämne|emne|aihe|assunto|θέμα|тема|tárgy|konu|subiect)[ \t]*:[ \t]*(.+)$/im

/** Thunderbird and mbox files start with a "From sender date" line that is not a header. */
function withoutMboxLine(bytes: Uint8Array): Uint8Array {
  const starts = bytes[0] === 0x46 && new TextDecoder().decode(bytes.subarray(0, 5)) === 'From '
  return starts ? bytes.subarray(bytes.indexOf(0x0a) + 1) : bytes
}

function fromLine(text: string, pattern: RegExp): string | undefined {
  return pattern.exec(text)?.[1]?.trim() || undefined
}

/** The offset a Date header gives ("+0200", "-07:00", "GMT", "UT", "Z"), in minutes; undefined when it names none. */
function offsetMinutes(value: string): number | undefined {
  const numeric = /([+-])(\d{2}):?(\d{2})\s*(?:\([^)]*\))?\s*$/.exec(value)
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]))
  return /\b(?:GMT|UTC?|Z)\s*$/i.test(value) ? 0 : undefined
}

/** A Date header as an ISO date-time to the second, in the header's own offset: "2025-05-20T11:14:01+02:00". */
export function headerDate(value: string | undefined): string | undefined {
  if (!value) return undefined
  const time = Date.parse(value)
  if (Number.isNaN(time)) return undefined
  const offset = offsetMinutes(value.trim()) ?? 0
  // A year beyond 9999 or before 0 gives '+020000-…' or '-000001-…', which no ISO date-time check accepts.
  const shifted = new Date(time + offset * 60_000).toISOString()
  if (!/^\d{4}-/.test(shifted)) return undefined
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${shifted.slice(0, 19)}${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
}

/** The proof to keep: the mail as given when it fits, else its headers and plain text. */
function proofOf(raw: string, email: Email, fields: Omit<ParsedConfirmation, 'proofText' | 'senderIsMeta'>): string | null {
  if (raw.length <= PROOF_TEXT_MAX) return raw
  const head = [
    fields.from && `From: ${fields.from}`,
    fields.to && `To: ${fields.to}`,
    email.date && `Date: ${email.date}`,
    fields.subject && `Subject: ${fields.subject}`,
  ].filter(Boolean)
  const reduced = `${head.join('\n')}\n\n${email.text ?? ''}`
  return reduced.length <= PROOF_TEXT_MAX ? reduced : null
}

/**
 * Parses a confirmation mail. `source` is the pasted text, or the bytes of an `.eml` file.
 * A pasted text is refused beyond PROOF_TEXT_MAX characters; a file beyond MAIL_FILE_MAX_BYTES,
 * or when even its headers and plain text exceed PROOF_TEXT_MAX.
 */
export async function parseConfirmationMail(source: string | Uint8Array, options: ParseOptions = {}): Promise<ConfirmationResult> {
  const isFile = typeof source !== 'string'
  if (isFile ? source.byteLength > MAIL_FILE_MAX_BYTES : source.length > PROOF_TEXT_MAX) {
    return { ok: false, reason: 'too_large', max: isFile ? MAIL_FILE_MAX_BYTES : PROOF_TEXT_MAX }
  }
  if (isFile && isOutlookMsg(source)) {
    let text: string
    try {
      text = await outlookMsgAsMail(source)
    } catch (error) {
      return unreadable(error)
    }
    return parseConfirmationMail(text, options)
  }
  const raw = isFile ? new TextDecoder().decode(source) : source
  if (!raw.trim()) return { ok: false, reason: 'empty' }

  let email: Email
  try {
    email = await PostalMime.parse(isFile ? withoutMboxLine(source) : raw.replace(/^\s+/, ''))
  } catch (error) {
    return unreadable(error)
  }
  const body = email.text ?? raw
  const copied = readCopiedSender(raw)
  const sender =
    firstMailbox(email.from) ??
    firstMailbox(addressParser(fromLine(raw, FROM_LINE) ?? '')) ??
    (copied ? { name: copied.name, address: copied.address } : undefined)
  const fromHeader = headerDate(email.headers.find((h) => h.key === 'date')?.value)
  const fromCopy = fromHeader ? undefined : readCopiedTime(raw, options.now ?? new Date(), options.languages)
  const recipient = firstMailbox(email.to) ?? firstMailbox(addressParser(fromLine(raw, TO_LINE) ?? ''))
  const subject = email.subject?.trim() || fromLine(body === raw ? raw : `${raw}\n${body}`, SUBJECT_LINE)
  const fields = {
    ...(sender ? { from: show(sender).slice(0, 500), fromAddress: sender.address } : {}),
    ...(sender && domainOf(sender.address) ? { senderDomain: domainOf(sender.address) } : {}),
    ...(subject ? { subject: subject.slice(0, 2000) } : {}),
    ...(recipient ? { to: show(recipient).slice(0, 500) } : {}),
    ...(fromHeader ? { date: fromHeader, dateFrom: 'header' as const } : fromCopy ? { date: fromCopy.iso, dateFrom: 'copy' as const } : {}),
  }
  const proofText = proofOf(raw, email, fields)
  if (proofText === null) return { ok: false, reason: 'too_large', max: PROOF_TEXT_MAX }
  return { ok: true, mail: { ...fields, senderIsMeta: isMetaSenderDomain(fields.senderDomain), proofText } }
}
