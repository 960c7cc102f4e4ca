/**
 * The confirmation-mail parser on arbitrary input: any text, any bytes, mail-shaped text whose
 * headers and body carry HTML and script. It never throws, returns only plain strings and a
 * boolean (never HTML to render), keeps a pasted text exactly as given, keeps the HTML part of a
 * large file out of the proof, and what it returns is always a confirmation the background accepts.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMetaSenderDomain, parseConfirmationMail, type ConfirmationResult } from '../../src/core/confirmation-mail'
import { PopupToBackground } from '../../src/core/messages'
import { PROOF_TEXT_MAX } from '../../src/core/objection'

const FIELDS = ['from', 'fromAddress', 'senderDomain', 'senderIsMeta', 'subject', 'to', 'date', 'dateFrom', 'proofText']
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '=?utf-8?B?PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==?=',
  '=?utf-8?Q?=3Cimg_src=3Dx_onerror=3Dalert(1)=3E?=',
  '\u0000\u202e\ufeff',
]
const hostile = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 80 }))
const headerName = fc.constantFrom('From', 'To', 'Subject', 'Date', 'De ', 'Von', 'Content-Type', 'Content-Transfer-Encoding', 'MIME-Version', 'X-Anything')
const headerValue = fc.oneof(
  hostile,
  fc.constantFrom(
    'Facebook <notification@facebookmail.com>',
    '"<img src=x onerror=alert(1)>" <security@facebookmail.com>',
    'multipart/alternative; boundary="b"',
    'text/html; charset=utf-8',
    'base64',
    'quoted-printable',
    'Mon, 19 May 2025 10:00:00 +0200',
    'Fri, 1 Jan 20000 00:00:00 +0000',
    'Sat, 1 Jan -000001 00:00:00 +0000',
  ),
)
const mailText = fc
  .tuple(fc.array(fc.tuple(headerName, headerValue), { maxLength: 8 }), fc.array(fc.oneof(hostile, fc.constantFrom('--b', '--b--', 'Content-Type: text/html', '')), { maxLength: 12 }))
  .map(([headers, body]) => `${headers.map(([n, v]) => `${n}: ${v}`).join('\r\n')}\r\n\r\n${body.join('\r\n')}`)

const anyInput: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  mailText,
  mailText.map((s) => new TextEncoder().encode(s)),
  fc.uint8Array({ maxLength: 600 }),
)

/** What the popup sends to save the parsed mail (ConfirmationRecorder's save). */
function recordMessage(result: Extract<ConfirmationResult, { ok: true }>) {
  const { mail } = result
  return {
    type: 'popup/record-event',
    platform: 'facebook',
    accountId: '1',
    event: {
      type: 'confirmation_recorded',
      receivedAt: mail.date ?? '2025-06-01T10:00:00.000Z',
      senderIsMeta: mail.senderIsMeta,
      text: mail.proofText,
      ...(mail.from ? { from: mail.from } : {}),
      ...(mail.subject ? { subject: mail.subject } : {}),
      ...(mail.to ? { to: mail.to } : {}),
    },
  }
}

function expectPlainResult(result: ConfirmationResult, input: string | Uint8Array): void {
  if (!result.ok) {
    expect(['empty', 'too_large', 'unreadable']).toContain(result.reason)
    return
  }
  const { mail } = result
  for (const [key, value] of Object.entries(mail)) {
    expect(FIELDS).toContain(key)
    expect(typeof value).toBe(key === 'senderIsMeta' ? 'boolean' : 'string')
  }
  expect(mail.proofText.length).toBeLessThanOrEqual(PROOF_TEXT_MAX)
  if (typeof input === 'string') expect(mail.proofText).toBe(input)
  if (mail.senderIsMeta) expect(isMetaSenderDomain(mail.senderDomain)).toBe(true)
  const parsed = PopupToBackground.safeParse(recordMessage(result))
  expect(parsed.success, parsed.error?.message).toBe(true)
}

describe('parseConfirmationMail on arbitrary input', () => {
  it('never throws, returns plain text fields only, and always something the background accepts', async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, async (input) => {
        expectPlainResult(await parseConfirmationMail(input), input)
      }),
      { numRuns: 400 },
    )
  })

  it('gives no date for a Date header whose year no ISO date-time can hold, so the mail can still be saved', async () => {
    for (const date of ['Fri, 1 Jan 20000 00:00:00 +0000', 'Sat, 1 Jan -000001 00:00:00 +0000']) {
      const result = await parseConfirmationMail(`From: Facebook <notification@facebookmail.com>\nDate: ${date}\n\nThank you.`)
      expect(result.ok && result.mail.date).toBe(undefined)
      if (result.ok) expect(PopupToBackground.safeParse(recordMessage(result)).success).toBe(true)
    }
  })

  it('keeps the HTML part of a file too large to keep whole out of the proof', async () => {
    const marker = fc.constantFrom(...HOSTILE.slice(0, 3))
    await fc.assert(
      fc.asyncProperty(marker, fc.string({ maxLength: 200 }).filter((s) => !/[<>=\r\n-]/.test(s)), async (html, plain) => {
        const file = [
          'From: Facebook <notification@facebookmail.com>',
          'Subject: We received your objection',
          'MIME-Version: 1.0',
          'Content-Type: multipart/alternative; boundary="b"',
          '',
          '--b',
          'Content-Type: text/plain; charset=utf-8',
          '',
          `Thank you. ${plain}`,
          '--b',
          'Content-Type: text/html; charset=utf-8',
          '',
          `<html><body>${html}${'<p>padding</p>'.repeat(8_000)}</body></html>`,
          '--b--',
          '',
        ].join('\r\n')
        const input = new TextEncoder().encode(file)
        const result = await parseConfirmationMail(input)
        expectPlainResult(result, input)
        if (!result.ok) throw new Error(result.reason)
        expect(result.mail.proofText).toContain('Thank you.')
        expect(result.mail.proofText).not.toContain('<html')
        expect(result.mail.proofText).not.toContain(html)
      }),
      { numRuns: 30 },
    )
  })
})
