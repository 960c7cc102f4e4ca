/**
 * Reads Meta's confirmation e-mail, pasted as text or given as a saved `.eml` file, with
 * postal-mime: sender, date, subject and recipient. The sender counts as Meta's only when its
 * domain is one of the facts module's confirmation sender domains (or a subdomain of one).
 * The text is kept as proof, never rendered as HTML, and refused beyond PROOF_TEXT_MAX.
 */
import PostalMime, { addressParser, type Address, type Email } from 'postal-mime'
import { FACTS } from './facts'
import { PROOF_TEXT_MAX } from './objection'

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
  /** The mail's Date header as an ISO date-time, when it has a valid one. */
  date?: string
  /** The text kept as proof (at most PROOF_TEXT_MAX characters). */
  proofText: string
}

export type ConfirmationResult =
  | { ok: true; mail: ParsedConfirmation }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'too_large'; max: number }

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

function fromLine(text: string, pattern: RegExp): string | undefined {
  return pattern.exec(text)?.[1]?.trim() || undefined
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined
  const time = Date.parse(value)
  if (Number.isNaN(time)) return undefined
  // A year beyond 9999 or before 0 gives '+020000-…' or '-000001-…', which no ISO date-time check accepts.
  const iso = new Date(time).toISOString()
  return /^\d{4}-/.test(iso) ? iso : undefined
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
export async function parseConfirmationMail(source: string | Uint8Array): Promise<ConfirmationResult> {
  const isFile = typeof source !== 'string'
  if (isFile ? source.byteLength > MAIL_FILE_MAX_BYTES : source.length > PROOF_TEXT_MAX) {
    return { ok: false, reason: 'too_large', max: isFile ? MAIL_FILE_MAX_BYTES : PROOF_TEXT_MAX }
  }
  const raw = isFile ? new TextDecoder().decode(source) : source
  if (!raw.trim()) return { ok: false, reason: 'empty' }

  const email = await PostalMime.parse(isFile ? source : raw.replace(/^\s+/, ''))
  const body = email.text ?? raw
  const sender = firstMailbox(email.from) ?? firstMailbox(addressParser(fromLine(raw, FROM_LINE) ?? ''))
  const recipient = firstMailbox(email.to) ?? firstMailbox(addressParser(fromLine(raw, TO_LINE) ?? ''))
  const subject = email.subject?.trim() || fromLine(body === raw ? raw : `${raw}\n${body}`, SUBJECT_LINE)
  const fields = {
    ...(sender ? { from: show(sender).slice(0, 500), fromAddress: sender.address } : {}),
    ...(sender && domainOf(sender.address) ? { senderDomain: domainOf(sender.address) } : {}),
    ...(subject ? { subject: subject.slice(0, 2000) } : {}),
    ...(recipient ? { to: show(recipient).slice(0, 500) } : {}),
    ...(isoDate(email.date) ? { date: isoDate(email.date) } : {}),
  }
  const proofText = proofOf(raw, email, fields)
  if (proofText === null) return { ok: false, reason: 'too_large', max: PROOF_TEXT_MAX }
  return { ok: true, mail: { ...fields, senderIsMeta: isMetaSenderDomain(fields.senderDomain), proofText } }
}
