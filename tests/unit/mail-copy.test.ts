import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCopiedSender, readCopiedTime } from '../../src/core/mail-copy'
import { headerDate, parseConfirmationMail } from '../../src/core/confirmation-mail'
import { mailText } from '../../src/core/mail-view'
import { outlookMsg } from '../fixtures/mail/outlook-msg'

const NOW = new Date(2025, 9, 1, 12, 0) // 1 October 2025, local time
const local = (y: number, m: number, d: number, h: number, min: number, s = 0) => new Date(y, m - 1, d, h, min, s).getTime()
const at = (text: string, languages: string[] = [], now = NOW) => {
  const read = readCopiedTime(text, now, languages)
  return read ? Date.parse(read.iso) : undefined
}
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../fixtures/mail', name)))

/** A copy of Meta's mail from a webmail's page: subject, sender on a line of its own, the time as shown. */
const copy = (time: string) => ['We’ve received your objection', 'Inbox', '', 'Facebook <security@facebookmail.com>', time, 'to me', '', 'Hi Jane,', 'We will honor your objection.'].join('\n')

describe('the time of a mail copied from a webmail page', () => {
  it('Gmail, English, no year: the latest year that is not in the future', () => {
    expect(at(copy('Tue, May 20, 9:14 AM (4 months ago)'), ['en-GB'])).toBe(local(2025, 5, 20, 9, 14))
    // In January, a mail of "Dec 30" is last year's.
    expect(at(copy('Tue, Dec 30, 9:14 PM'), ['en'], new Date(2026, 0, 5))).toBe(local(2025, 12, 30, 21, 14))
    expect(at(copy('Tue, May 20, 2025, 12:05 AM'), ['en'])).toBe(local(2025, 5, 20, 0, 5))
  })

  it('Outlook: day first, or month first for US English, with the year', () => {
    expect(at(copy('Tue 20/05/2025 09:14'), ['en-GB'])).toBe(local(2025, 5, 20, 9, 14))
    expect(at(copy('Tue 5/20/2025 9:14 AM'), ['en-US'])).toBe(local(2025, 5, 20, 9, 14))
    expect(at(copy('Di 20.05.2025 09:14'), ['de'])).toBe(local(2025, 5, 20, 9, 14))
    expect(at(copy('2025-05-20 09:14'), ['lt'])).toBe(local(2025, 5, 20, 9, 14))
  })

  it.each([
    ['de', 'Di., 20. Mai, 09:14'],
    ['fr', 'mar. 20 mai, 09:14'],
    ['fr', 'mar. 20 mai 2025 à 09:14'],
    ['es', 'mar, 20 may, 9:14'],
    ['es', '20 de mayo de 2025, 9:14'],
    ['it', 'mar 20 mag, 09:14'],
    ['nl', 'di 20 mei, 09:14'],
    ['pl', 'wt., 20 maj, 09:14'],
    ['pl', '20 maja 2025, 09:14'],
    ['ru', 'вт, 20 мая, 09:14'],
    ['uk', 'вт, 20 трав., 09:14'],
    ['sv', 'tis 20 maj 09:14'],
    ['da', 'tir. 20. maj, 09.14'],
    ['fi', 'ti 20.5. klo 9.14'],
    ['cs', 'út 20. 5. 9:14'],
    ['hu', '2025. máj. 20., K, 9:14'],
    ['el', 'Τρί, 20 Μαΐ, 9:14 π.μ.'],
    ['ar', 'الثلاثاء، ٢٠ مايو، ٩:١٤ ص'],
    ['tr', '20 May Sal 09:14'],
    ['pt-PT', 'ter., 20 de mai., 09:14'],
    ['ro', 'mar., 20 mai, 09:14'],
    ['hr', 'uto, 20. svi 09:14'],
    ['bg', 'вт, 20.05.2025 г., 9:14'],
    ['lv', '2025. gada 20. maijs 09:14'],
  ])('%s: "%s"', (lang, time) => {
    expect(at(copy(time), [lang])).toBe(local(2025, 5, 20, 9, 14))
  })

  it('takes the afternoon of "PM" and the seconds when given', () => {
    const read = readCopiedTime(copy('Tue, May 20, 2025 at 9:14:07 PM'), NOW, ['en'])
    expect(read?.seconds).toBe(true)
    expect(Date.parse(read!.iso)).toBe(local(2025, 5, 20, 21, 14, 7))
    expect(read!.iso).toMatch(/^2025-05-20T21:14:07[+-]\d{2}:\d{2}$/)
  })

  it('finds no time where the copy has none (a date in the text is its content)', () => {
    expect(at('Hi Jane,\nMeta starts training on 27 May 2025.\nThanks')).toBeUndefined()
  })

  it('reads the sender on a line of its own', () => {
    expect(readCopiedSender(copy('Tue, May 20, 9:14 AM'))).toEqual({ name: 'Facebook', address: 'security@facebookmail.com' })
    expect(readCopiedSender('Hello <b>there</b>')).toBeUndefined()
  })
})

describe('a pasted webmail copy of Meta’s mail', () => {
  it('is Meta’s, with its time (today this paste was warned about as not Meta’s and had no time)', async () => {
    const result = await parseConfirmationMail(copy('Tue, May 20, 9:14 AM'), { now: NOW, languages: ['en'] })
    expect(result).toMatchObject({ ok: true, mail: { senderIsMeta: true, senderDomain: 'facebookmail.com', from: 'Facebook <security@facebookmail.com>', dateFrom: 'copy' } })
    if (result.ok) expect(Date.parse(result.mail.date!)).toBe(local(2025, 5, 20, 9, 14))
  })
})

describe('the Date header, to the second with its own offset', () => {
  it('keeps the offset the header gives', () => {
    expect(headerDate('Tue, 20 May 2025 11:14:01 +0200')).toBe('2025-05-20T11:14:01+02:00')
    expect(headerDate('Tue, 20 May 2025 00:14:05 -0700 (PDT)')).toBe('2025-05-20T00:14:05-07:00')
    expect(headerDate('Tue, 20 May 2025 07:14:05 GMT')).toBe('2025-05-20T07:14:05+00:00')
    expect(headerDate('not a date')).toBeUndefined()
  })
})

describe('.eml files saved by the mail programs people use', () => {
  it.each([
    ['gmail.eml', 'Facebook <security@facebookmail.com>', '2025-05-20T00:14:05-07:00', 'We’ve received your objection', 'We’ve reviewed your request and we will honor your objection. This means your request will be applied going forward.'],
    ['apple-mail.eml', 'Instagram <no-reply@mail.instagram.com>', '2025-05-20T09:14:05+02:00', "We've received your objection", "We've reviewed your request and we will honor your objection."],
    ['thunderbird.eml', 'Facebook <security@facebookmail.com>', '2025-05-20T09:14:05+02:00', 'Wir haben deinen Widerspruch erhalten', 'wir haben deine Anfrage geprüft und werden deinem Widerspruch stattgeben.'],
    ['outlook-com.eml', 'Facebook <security@facebookmail.com>', '2025-05-20T07:14:05+00:00', 'We’ve received your objection', 'We will honor your objection.'],
  ])('%s: sender, exact time, subject, and its text decoded for the proof', async (name, from, date, subject, line) => {
    const result = await parseConfirmationMail(fixture(name))
    expect(result).toMatchObject({ ok: true, mail: { from, date, dateFrom: 'header', subject, senderIsMeta: true } })
    if (!result.ok) return
    // The printable proof shows the text decoded (quoted-printable, base64, HTML turned into text).
    const htmlToText = (html: string) => html.replace(/<\/p>/g, '\n').replace(/<[^>]+>/g, '')
    expect(await mailText(result.mail.proofText, htmlToText)).toContain(line)
  })
})

describe('a mail the parser rejects', () => {
  it('is refused as unreadable, never thrown', async () => {
    const deep = `From: a@b.example\nContent-Type: multipart/mixed; boundary=b0\n\n${Array.from({ length: 300 }, (_, i) => `--b${i}\nContent-Type: multipart/mixed; boundary=b${i + 1}\n\n`).join('')}`
    const result = await parseConfirmationMail(new TextEncoder().encode(deep))
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' })
  })
})

describe('Outlook .msg files', () => {
  const msg = (headers?: string) =>
    outlookMsg({
      subject: 'We’ve received your objection',
      senderName: 'Facebook',
      senderEmail: 'security@facebookmail.com',
      to: 'Jane Doe',
      body: 'Hi Jane,\r\nWe’ve reviewed your request and we will honor your objection.',
      sent: new Date('2025-05-20T07:14:05Z'),
      ...(headers ? { headers } : {}),
    })

  it('reads sender, subject and the exact time from the transport headers Outlook kept', async () => {
    const headers = 'Received: from mx.facebookmail.com by mx.example.org; Tue, 20 May 2025 07:14:06 +0000\r\nDate: Tue, 20 May 2025 09:14:05 +0200\r\nFrom: Facebook <security@facebookmail.com>\r\nTo: jane@example.org\r\nContent-Type: multipart/alternative;\r\n\tboundary="b1"\r\n\r\n'
    const result = await parseConfirmationMail(msg(headers))
    expect(result).toMatchObject({ ok: true, mail: { from: 'Facebook <security@facebookmail.com>', senderIsMeta: true, date: '2025-05-20T09:14:05+02:00', dateFrom: 'header', subject: 'We’ve received your objection', to: 'jane@example.org' } })
    if (!result.ok) return
    expect(result.mail.proofText).toContain('Received: from mx.facebookmail.com')
    expect(result.mail.proofText).not.toContain('boundary="b1"')
    expect(await mailText(result.mail.proofText, (h) => h)).toBe('Hi Jane,\nWe’ve reviewed your request and we will honor your objection.')
  })

  it('without transport headers, takes the submit time and the sender from the properties', async () => {
    const result = await parseConfirmationMail(msg())
    expect(result).toMatchObject({ ok: true, mail: { from: 'Facebook <security@facebookmail.com>', senderIsMeta: true, date: '2025-05-20T07:14:05+00:00', subject: 'We’ve received your objection' } })
  })

  it('refuses a damaged .msg as unreadable', async () => {
    const broken = msg().slice(0, 700)
    expect(await parseConfirmationMail(broken)).toMatchObject({ ok: false, reason: 'unreadable' })
  })
})
