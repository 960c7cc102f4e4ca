/**
 * A stored confirmation e-mail's text made readable for the printable proof: decoded from
 * quoted-printable or base64 by postal-mime; HTML only (no text part) is turned into text by the
 * caller's `htmlToText`. A pasted copy without headers reads as its own text.
 */
import PostalMime from 'postal-mime'

const clean = (text: string): string => text.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim()

export async function mailText(raw: string, htmlToText: (html: string) => string): Promise<string> {
  try {
    const email = await PostalMime.parse(raw.replace(/^\s+/, ''))
    const hasHeaders = email.headers.some((h) => h.key === 'from' || h.key === 'date' || h.key === 'subject' || h.key === 'content-type')
    if (!hasHeaders) return clean(raw)
    return clean(email.text?.trim() ? email.text : email.html ? htmlToText(email.html) : '')
  } catch {
    return clean(raw)
  }
}
