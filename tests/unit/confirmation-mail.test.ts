import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { domainOf, isMetaSenderDomain, MAIL_FILE_MAX_BYTES, parseConfirmationMail } from '../../src/core/confirmation-mail'
import { PROOF_TEXT_MAX } from '../../src/core/objection'

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../fixtures/mail', name)))

describe('the Meta sender check', () => {
  it('accepts exact domains of the facts module and their subdomains only', () => {
    expect(isMetaSenderDomain('facebookmail.com')).toBe(true)
    expect(isMetaSenderDomain('mail.instagram.com')).toBe(true)
    expect(isMetaSenderDomain('eu.support.facebookmail.com')).toBe(true)
    expect(isMetaSenderDomain('notfacebookmail.com')).toBe(false)
    expect(isMetaSenderDomain('facebookmail.com.evil.example')).toBe(false)
    expect(isMetaSenderDomain('meta-objection-center.com')).toBe(false)
    expect(isMetaSenderDomain(undefined)).toBe(false)
  })

  it('takes the domain after the last @, lower-cased', () => {
    expect(domainOf('Notification@FacebookMail.COM')).toBe('facebookmail.com')
    expect(domainOf('"a@b" @facebookmail.com')).toBe('facebookmail.com')
    expect(domainOf('no address')).toBeUndefined()
  })
})

describe('parseConfirmationMail', () => {
  it('reads sender, date, subject and recipient of a saved .eml from Meta', async () => {
    const result = await parseConfirmationMail(fixture('meta-confirmation.eml'))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.mail).toMatchObject({
      from: 'Facebook <notification@facebookmail.com>',
      fromAddress: 'notification@facebookmail.com',
      senderDomain: 'facebookmail.com',
      senderIsMeta: true,
      subject: 'We’ve received your objection',
      to: 'Jane Doe <jane.doe@example.org>',
      date: '2025-05-20T02:14:01-07:00',
    })
    // The whole mail, as saved, is the proof; it holds the HTML part only as text.
    expect(result.mail.proofText).toContain('Message-ID: <a1b2c3d4e5f6.20250520091401@facebookmail.com>')
  })

  it('flags a sender outside Meta’s domains even when the name says Meta', async () => {
    const result = await parseConfirmationMail(fixture('other-sender.eml'))
    expect(result).toMatchObject({ ok: true, mail: { senderDomain: 'meta-objection-center.com', senderIsMeta: false, from: 'Meta Privacy Team <privacy@meta-objection-center.com>' } })
  })

  it('reads the header lines of a pasted mail with full headers', async () => {
    const text = new TextDecoder().decode(fixture('meta-confirmation.eml'))
    const result = await parseConfirmationMail(`\n  ${text}`)
    expect(result).toMatchObject({ ok: true, mail: { senderIsMeta: true, date: '2025-05-20T02:14:01-07:00', subject: 'We’ve received your objection' } })
  })

  it('finds the sender in a pasted text whose header lines a mail program translated', async () => {
    const pasted = [
      'Bonjour Jane,',
      '',
      '---------- Message transféré ---------',
      'De : Instagram <no-reply@mail.instagram.com>',
      'Date : mar. 20 mai 2025 à 11:14',
      'Objet : Nous avons bien reçu votre opposition',
      'À : jane.doe@example.org',
      '',
      'Nous avons examiné votre demande et nous accepterons votre opposition.',
    ].join('\n')
    const result = await parseConfirmationMail(pasted)
    expect(result).toMatchObject({
      ok: true,
      mail: { senderIsMeta: true, fromAddress: 'no-reply@mail.instagram.com', subject: 'Nous avons bien reçu votre opposition', proofText: pasted },
    })
    // The copy's date has no zone: it is read as the user's local time, to the minute.
    if (result.ok) expect(result.mail).toMatchObject({ dateFrom: 'copy' })
    if (result.ok) expect(Date.parse(result.mail.date!)).toBe(new Date(2025, 4, 20, 11, 14).getTime())
  })

  it('keeps a pasted body without any header, sender unknown and not Meta’s', async () => {
    const result = await parseConfirmationMail('We have reviewed your request and we will honor your objection.')
    expect(result).toMatchObject({ ok: true, mail: { senderIsMeta: false, proofText: 'We have reviewed your request and we will honor your objection.' } })
    if (result.ok) expect(result.mail.from).toBeUndefined()
  })

  it('refuses an empty paste', async () => {
    expect(await parseConfirmationMail('   \n ')).toEqual({ ok: false, reason: 'empty' })
  })

  it('refuses a paste beyond the cap and accepts one exactly at it', async () => {
    expect(await parseConfirmationMail('x'.repeat(PROOF_TEXT_MAX + 1))).toEqual({ ok: false, reason: 'too_large', max: PROOF_TEXT_MAX })
    expect(await parseConfirmationMail('x'.repeat(5_000_000))).toEqual({ ok: false, reason: 'too_large', max: PROOF_TEXT_MAX })
    const atCap = await parseConfirmationMail('x'.repeat(PROOF_TEXT_MAX))
    expect(atCap.ok && atCap.mail.proofText.length).toBe(PROOF_TEXT_MAX)
  })

  it('keeps headers and plain text of a large .eml whose HTML part does not fit', async () => {
    const head = new TextDecoder().decode(fixture('meta-confirmation.eml')).replace('</body>', `${'<p>padding</p>'.repeat(10_000)}</body>`)
    const result = await parseConfirmationMail(new TextEncoder().encode(head))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.mail.proofText.length).toBeLessThanOrEqual(PROOF_TEXT_MAX)
    expect(result.mail.proofText).toMatch(/^From: Facebook <notification@facebookmail.com>\nTo: Jane Doe/)
    expect(result.mail.proofText).toContain('we will honor your objection')
    expect(result.mail.proofText).not.toContain('padding')
  })

  it('refuses a file beyond the byte cap', async () => {
    expect(await parseConfirmationMail(new Uint8Array(MAIL_FILE_MAX_BYTES + 1))).toEqual({ ok: false, reason: 'too_large', max: MAIL_FILE_MAX_BYTES })
  })
})
