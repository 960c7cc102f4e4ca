// @vitest-environment happy-dom
/**
 * Meta's form in the shapes the project's first fixtures did not have (issue 11), each in a saved
 * page of its own in a language beyond en/de/fr/es, and a generated corpus: every shape of the
 * e-mail, the title and Send, in every language's words, must be recognised; look-alikes must not.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { FORM_WORDS } from '../../src/core/form-words'
import { emailOf, recognizeFormStep, type FormStep } from '../../src/content/form/recognize'

const ROOT = resolve(import.meta.dirname, '..', '..')
const KNOWN_FB_FORM = 'https://www.facebook.com/help/contact/6359191084165019'
const HELP = 'https://help.meta.com/support/privacy/request'

const load = (path: string): Document => new DOMParser().parseFromString(readFileSync(join(ROOT, 'tests/fixtures', path), 'utf8'), 'text/html')
const parse = (html: string, lang = 'en'): Document => new DOMParser().parseFromString(`<!doctype html><html lang="${lang}"><body>${html}</body></html>`, 'text/html')

/** Renders a step of a saved page from its `<template>`, as the page's script does. */
function render(doc: Document, template: string): Document {
  const target = doc.getElementById('step') ?? doc.querySelector('[role="main"]')!
  target.replaceChildren(doc.importNode((doc.getElementById(template) as HTMLTemplateElement).content, true))
  return doc
}

const formOf = (step: FormStep) => {
  expect(step.kind).toBe('form')
  return step as Extract<FormStep, { kind: 'form' }>
}

describe('the shapes of issue 11, each in its saved page', () => {
  it('el: a read-only text field labelled in Greek, Send a [role=button] with an icon and nested spans', () => {
    const form = formOf(recognizeFormStep(load('facebook/contact-1000000000000010.html'), { confirmation: true }))
    expect(form.lang).toBe('el')
    expect(form.email.tagName).toBe('INPUT')
    expect((form.email as HTMLInputElement).readOnly).toBe(true)
    expect(emailOf(form.email)).toBe('maria@example.org')
    expect(form.submit.getAttribute('role')).toBe('button')
    expect(form.explanation?.tagName).toBe('TEXTAREA')
  })

  it('bg: the address shown as text beside its label (a hidden input carries it), the title a [role=heading], Send a link acting as a button', () => {
    const form = formOf(recognizeFormStep(load('facebook/contact-1000000000000011.html'), { confirmation: true }))
    expect(form.lang).toBe('bg')
    expect(form.email.tagName).toBe('SPAN')
    expect(emailOf(form.email)).toBe('ivan@example.org')
    expect(form.submit.tagName).toBe('A')
  })

  it('hu: the title a plain <span> styled large, the e-mail named by aria-labelledby, Send a <button> without a type', () => {
    const doc = load('facebook/contact-6359191084165019.span-title.html')
    const form = formOf(recognizeFormStep(doc, { confirmation: true }))
    expect(form.lang).toBe('hu')
    expect(form.submit.tagName).toBe('BUTTON')
    // The same text set small is no title; on the known objection address the address says what the form is.
    doc.querySelector<HTMLElement>('.x1big')!.className = ''
    expect(recognizeFormStep(doc, { confirmation: true }).kind).toBe('none')
    expect(formOf(recognizeFormStep(doc, { confirmation: true, url: `${KNOWN_FB_FORM}?fixture=span-title` })).lang).toBe('hu')
    expect(recognizeFormStep(doc, { confirmation: true, url: 'https://www.facebook.com/help/contact/1000000000000003' }).kind).toBe('none')
  })

  it('sv, help.meta.com: the product, the kind of request and the AI question before the fields, each pointed at', () => {
    const doc = load('help-meta/support/privacy/request.html')
    const product = recognizeFormStep(doc, { confirmation: true, url: HELP })
    expect(product.kind).toBe('product')
    if (product.kind !== 'product') return
    expect(product.choices.map((c) => [c.platform, c.el.tagName, c.text])).toEqual([['facebook', 'LI', 'Facebook'], ['instagram', 'LI', 'Instagram']])

    const kind = recognizeFormStep(render(doc, 'kind'), { confirmation: true, url: HELP })
    expect(kind).toMatchObject({ kind: 'request', text: 'Invändning mot behandling av din information' })
    if (kind.kind === 'request') expect(kind.choice.getAttribute('role')).toBe('radio')

    const question = recognizeFormStep(render(doc, 'ai'), { confirmation: true, url: HELP })
    expect(question).toMatchObject({ kind: 'question', yesText: 'Ja' })

    const form = formOf(recognizeFormStep(render(doc, 'form'), { confirmation: true, url: HELP }))
    expect(form.lang).toBe('sv')
    expect((form.email as HTMLInputElement).name).toBe('q_4')
    expect(form.explanation).not.toBeNull()

    expect(recognizeFormStep(render(doc, 'confirmation'), { confirmation: true, url: HELP }).kind).toBe('confirmation')
  })

  it('ar, help.meta.com: the product as buttons, then the form with an input type=submit', () => {
    const doc = load('help-meta/support/privacy/request-ar.html')
    expect(recognizeFormStep(doc, { confirmation: true, url: HELP }).kind).toBe('product')
    const form = formOf(recognizeFormStep(render(doc, 'form'), { confirmation: true, url: HELP }))
    expect(form.lang).toBe('ar')
    expect((form.submit as HTMLInputElement).type).toBe('submit')
  })

  it('lt: fields it cannot recognise, on a known address and on help.meta.com, are none (the way forward then shows)', () => {
    expect(recognizeFormStep(load('facebook/contact-712876720715583.unknown.html'), { confirmation: true, url: 'https://www.facebook.com/help/contact/712876720715583' }).kind).toBe('none')
    expect(recognizeFormStep(load('help-meta/support/privacy/unrecognised.html'), { confirmation: true, url: HELP }).kind).toBe('none')
  })

  it('look-alikes: a help.meta.com page about objecting and a help article quoting the title are no form', () => {
    for (const page of ['help-meta/support/privacy/about-objecting.html', 'help-meta/support/articles/objecting.html']) {
      expect(recognizeFormStep(load(page), { confirmation: true, url: HELP }).kind, page).toBe('none')
    }
  })
})

/** The words of one language as a page would show them (the recogniser normalises case and accents). */
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

type Words = (typeof FORM_WORDS)[number]
const EMAIL_SHAPES: Record<string, (w: Words, label: string, address: string) => string> = {
  'type=email, label for': (_w, label) => `<label for="e">${label}</label><input id="e" type="email">`,
  'readonly text, label for': (_w, label, address) => `<label for="e">${label}</label><input id="e" name="f_3" type="text" readonly value="${address}">`,
  'disabled text, wrapping label': (_w, label, address) => `<label>${label} <input name="f_3" type="text" disabled value="${address}"></label>`,
  'text, aria-label': (_w, label) => `<input name="q1" type="text" aria-label="${label}">`,
  'text, aria-labelledby': (_w, label) => `<div id="l1">${label}</div><input name="q1" type="text" aria-labelledby="l1">`,
  'text, placeholder': (_w, label) => `<input name="q1" type="text" placeholder="${label}">`,
  'text, nearby text': (_w, label) => `<div><div>${label}</div><div><input name="q1" type="text"></div></div>`,
  'text, name says email': () => `<input name="contact_email" type="text">`,
  'text, value is an address': (_w, _label, address) => `<input name="q1" type="text" value="${address}">`,
  'shown as text, spans': (_w, label, address) => `<div><span>${label}</span> <span>${address}</span><input type="hidden" name="h" value="${address}"></div>`,
  'shown as text, after a colon': (_w, label, address) => `<p>${label}: <b>${address}</b></p>`,
  'shown as text, dt/dd': (_w, label, address) => `<dl><dt>${label}</dt><dd>${address}</dd></dl>`,
}
const TITLE_SHAPES: Record<string, (heading: string) => string> = {
  h2: (heading) => `<h2>${heading}</h2>`,
  'role=heading': (heading) => `<div role="heading" aria-level="1">${heading}</div>`,
  'span styled large': (heading) => `<span style="font-size: 26px">${heading}</span>`,
  'span styled bold': (heading) => `<span style="font-size: 18px; font-weight: 700">${heading}</span>`,
  'none, on the known address': () => '',
}
const SEND_SHAPES: Record<string, (send: string) => string> = {
  'button without type': (send) => `<button>${send}</button>`,
  'button type=submit, nested spans': (send) => `<button type="submit"><span><span>${send}</span></span></button>`,
  'input type=submit': (send) => `<input type="submit" value="${send}">`,
  '[role=button] with an icon': (send) => `<div role="button" tabindex="0"><svg aria-hidden="true"></svg><span>${send}</span></div>`,
  'link acting as a button': (send) => `<a href="#" role="button">${send}</a>`,
  'link without href': (send) => `<a>${send}</a>`,
}

const lang = fc.constantFrom(...FORM_WORDS)
const address = fc.emailAddress().filter((a) => a.length <= 254 && !/["<>&]/.test(a))

describe('a generated corpus: shapes × every language\'s words', () => {
  it('recognises the form in every shape of e-mail, title and Send, in every language', () => {
    fc.assert(
      fc.property(
        lang,
        fc.constantFrom(...Object.keys(EMAIL_SHAPES)),
        fc.constantFrom(...Object.keys(TITLE_SHAPES)),
        fc.constantFrom(...Object.keys(SEND_SHAPES)),
        fc.nat(),
        address,
        (words, emailShape, titleShape, sendShape, pick, addr) => {
          const label = cap(words.emailLabels[pick % words.emailLabels.length]!)
          const heading = cap(words.headings[pick % words.headings.length]!)
          const send = cap(words.submit[pick % words.submit.length]!)
          const html = `<main>${TITLE_SHAPES[titleShape]!(heading)}<form>${EMAIL_SHAPES[emailShape]!(words, label, addr)}${SEND_SHAPES[sendShape]!(send)}</form></main>`
          // Only the shape without a title counts on the address: the others are on an unknown one.
          const url = titleShape === 'none, on the known address' ? KNOWN_FB_FORM : 'https://www.facebook.com/help/contact/1000000000000003'
          const step = recognizeFormStep(parse(html, words.lang), { confirmation: true, url })
          expect(step.kind, html).toBe('form')
          if (step.kind !== 'form') return
          if (emailShape.startsWith('shown') || emailShape.includes('value') || emailShape.includes('readonly') || emailShape.includes('disabled')) expect(emailOf(step.email)).toBe(addr)
          expect(step.lang, html).toBe(words.lang)
        },
      ),
      { numRuns: 1500 },
    )
  })

  it('recognises every step before the fields in every language, as radios, [role=radio], buttons or list items', () => {
    const CHOICE: Record<string, (text: string, i: number) => string> = {
      radio: (text, i) => `<input type="radio" name="c" id="c${i}"><label for="c${i}">${text}</label>`,
      'role=radio': (text) => `<div role="radio" aria-checked="false" tabindex="0">${text}</div>`,
      button: (text) => `<button type="button">${text}</button>`,
      'list item': (text) => `<li tabindex="0">${text}</li>`,
    }
    fc.assert(
      fc.property(lang, fc.constantFrom(...Object.keys(CHOICE)), fc.constantFrom('product', 'request', 'question'), fc.nat(), (words, shape, stepKind, pick) => {
        const choice = CHOICE[shape]!
        let html: string
        if (stepKind === 'product') html = ['Facebook', 'Instagram', 'WhatsApp'].map(choice).join('')
        else if (stepKind === 'request') html = ['Download your information', cap(words.headings[pick % words.headings.length]!), 'Delete'].map(choice).join('')
        else html = `<fieldset><legend>${cap(words.aiQuestions[pick % words.aiQuestions.length]!)}?</legend>${[cap(words.yes[0]!), '—'].map(choice).join('')}</fieldset>`
        const step = recognizeFormStep(parse(`<main><ul>${html}</ul></main>`, words.lang), { confirmation: true, url: HELP })
        expect(step.kind, html).toBe(stepKind)
        if (step.kind === 'request') expect(step.text).toBe(cap(words.headings[pick % words.headings.length]!))
      }),
      { numRuns: 600 },
    )
  })

  it('recognises no form in look-alikes: an article quoting the title, another contact form with an e-mail and Send, a help.meta.com page about objecting', () => {
    const LOOKALIKES: Record<string, (w: Words, heading: string, label: string, send: string, addr: string) => string> = {
      'a help article quoting the title': (_w, heading, label, send, addr) =>
        `<main><h1>${heading}</h1><p>${heading}: ${label} ${addr}. ${send}.</p><a href="/help/contact/1">${heading}</a></main>`,
      'another contact form with an e-mail and Send': (_w, _heading, label, send) =>
        `<main><h2>Contact · Kontakt · Επικοινωνία</h2><form><label for="e">${label}</label><input id="e" type="email"><textarea></textarea><button>${send}</button></form></main>`,
      'a help.meta.com page about objecting': (_w, heading, label, send, addr) =>
        `<main><h1>${heading}</h1><p>${label}</p><p><span>${label}</span> <span>${addr}</span></p><a href="/support/privacy/request">${send}</a></main>`,
    }
    fc.assert(
      fc.property(lang, fc.constantFrom(...Object.keys(LOOKALIKES)), fc.nat(), address, (words, kind, pick, addr) => {
        const heading = cap(words.headings[pick % words.headings.length]!)
        const label = cap(words.emailLabels[pick % words.emailLabels.length]!)
        const send = cap(words.submit[pick % words.submit.length]!)
        const html = LOOKALIKES[kind]!(words, heading, label, send, addr)
        const step = recognizeFormStep(parse(html, words.lang), { confirmation: true, url: HELP })
        expect(step.kind, html).not.toBe('form')
      }),
      { numRuns: 600 },
    )
  })
})
