// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { containsPhrase, FORM_PAGE_MATCHES, FORM_WORDS, formPageKind, isWord, normalizeText, objectionHeadingLang } from '../../src/core/form-words'
import { recognizeFormStep, type FormStep } from '../../src/content/form/recognize'
import { PRIVACY_REQUEST_PLACES } from '../../src/core/facts'

const ROOT = resolve(import.meta.dirname, '..', '..')
const fb = (id: string) => `tests/fixtures/facebook/contact-${id}.html`
const ig = (id: string) => `tests/fixtures/instagram/contact-${id}.html`

/**
 * The saved pages that show each language's form, first question and confirmation being
 * recognised: the variants served in the e2e tests, and one page per further language in
 * tests/fixtures/form-words/<lang>.html.
 */
const FIXTURES: Record<string, string[]> = {
  en: [fb('6359191084165019'), fb('712876720715583'), fb('1000000000000099'), ig('233964459562201')],
  fr: [fb('1000000000000001')],
  de: [fb('1000000000000002')],
  es: [ig('767264225370182'), ig('1000000000000098')],
  it: [fb('1000000000000004')],
  nl: [fb('1000000000000005')],
  pl: [fb('1000000000000006')],
  pt: [fb('1000000000000007')],
}
for (const file of readdirSync(join(ROOT, 'tests/fixtures/form-words')).filter((f) => f.endsWith('.html'))) {
  const lang = file.replace(/\.html$/, '')
  FIXTURES[lang] = [...(FIXTURES[lang] ?? []), `tests/fixtures/form-words/${file}`]
}

export function loadFixture(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(ROOT, path), 'utf8'), 'text/html')
}

/**
 * The page as loaded, then each step its script renders from a `<template>`: `fields` is added to
 * the main region (a late render), any other replaces its content (confirmation, first question).
 */
function stepsOf(path: string): Document[] {
  const docs = [loadFixture(path)]
  for (const template of docs[0]!.querySelectorAll('template')) {
    const doc = loadFixture(path)
    const main = doc.querySelector('[role="main"]')!
    const content = doc.importNode((doc.getElementById(template.id) as HTMLTemplateElement).content, true)
    if (template.id === 'fields') main.append(content)
    else main.replaceChildren(content)
    docs.push(doc)
  }
  return docs
}

const stepsFor = (lang: string): FormStep[] =>
  (FIXTURES[lang] ?? []).flatMap(stepsOf).map((doc) => recognizeFormStep(doc, { confirmation: true }))

describe('form words, per language', () => {
  it('covers the eight languages of the start and every later one, each with its own fixtures', () => {
    expect(FORM_WORDS.map((w) => w.lang)).toEqual(expect.arrayContaining(['en', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt']))
    expect(Object.keys(FIXTURES).sort()).toEqual(FORM_WORDS.map((w) => w.lang).sort())
  })

  it('writes every word already normalised, so that it can match', () => {
    for (const entry of FORM_WORDS) {
      for (const word of [...entry.headings, ...entry.explanationLabels, ...entry.submit, ...entry.aiQuestions, ...entry.yes, ...entry.confirmations]) {
        expect(normalizeText(word), `${entry.lang}: ${word}`).toBe(word)
      }
    }
  })

  for (const entry of FORM_WORDS) {
    describe(entry.lang, () => {
      const steps = stepsFor(entry.lang)

      it('recognises the form in its fixture, with its e-mail field, explanation field and submit control', () => {
        const form = steps.find((s) => s.kind === 'form')
        expect(form, 'no form recognised').toBeDefined()
        if (form?.kind !== 'form') return
        expect(form.lang).toBe(entry.lang)
        expect((form.email as HTMLInputElement).type).toBe('email')
        expect(form.explanation?.tagName).toBe('TEXTAREA')
        expect(containsPhrase('explanationLabels', form.explanation!.labels![0]!.textContent!)).toBe(true)
        expect(entry.submit).toContain(normalizeText(form.submit.textContent || (form.submit as HTMLInputElement).value))
      })

      it('recognises the first question and the answer that leads to the objection', () => {
        const question = steps.find((s) => s.kind === 'question')
        expect(question, 'no question recognised').toBeDefined()
        if (question?.kind !== 'question') return
        expect(entry.yes).toContain(normalizeText(question.yesText))
      })

      it('recognises the confirmation', () => {
        const confirmation = steps.find((s) => s.kind === 'confirmation')
        expect(confirmation, 'no confirmation recognised').toBeDefined()
        if (confirmation?.kind !== 'confirmation') return
        expect(entry.confirmations.some((c) => normalizeText(confirmation.text).includes(c))).toBe(true)
      })

      it('tells its headings from the other languages', () => {
        for (const heading of entry.headings) expect(objectionHeadingLang(heading)).toBe(entry.lang)
      })
    })
  }
})

describe('matching words', () => {
  it('ignores case, accents and typographic apostrophes', () => {
    expect(objectionHeadingLang('OBJECT TO YOUR INFORMATION BEING USED FOR AI AT META')).toBe('en')
    expect(objectionHeadingLang('Vous opposer à l’utilisation de vos informations pour l’IA chez Meta')).toBe('fr')
    expect(isWord('submit', '  Wyślij ')).toBe(true)
    expect(isWord('yes', 'Sí')).toBe(true)
    expect(containsPhrase('aiQuestions', 'Votre demande concerne-t-elle l’IA chez Meta ?')).toBe(true)
  })

  it('recognises a reworded heading by its words: objection, AI, Meta', () => {
    expect(objectionHeadingLang('Objecting to the use of your data for AI at Meta')).toBe('en')
    expect(objectionHeadingLang('Widerspruch: Nutzung deiner Daten für KI bei Meta')).toBe('de')
  })

  it('does not take look-alike headings for the objection form', () => {
    expect(objectionHeadingLang('Data Subject Rights for Third Party Information Used for AI at Meta')).toBeNull()
    expect(objectionHeadingLang('Object to processing of your information')).toBeNull()
    expect(objectionHeadingLang('Meta AI')).toBeNull()
    expect(objectionHeadingLang('')).toBeNull()
  })

  it('takes only the whole text of a control as a submit word', () => {
    expect(isWord('submit', 'Send')).toBe(true)
    expect(isWord('submit', 'Senden')).toBe(true)
    expect(isWord('submit', 'Send feedback about this article')).toBe(false)
    expect(isWord('submit', 'Sending')).toBe(false)
    expect(isWord('submit', '')).toBe(false)
  })
})

describe('pages that may hold the form', () => {
  it('knows the objection forms of the facts module and any help contact form', () => {
    expect(formPageKind('https://www.facebook.com/help/contact/6359191084165019')).toBe('contact')
    expect(formPageKind('https://www.facebook.com/help/contact/712876720715583/')).toBe('contact')
    expect(formPageKind('https://help.instagram.com/contact/233964459562201?locale=de_DE')).toBe('contact')
    expect(formPageKind('https://www.facebook.com/help/contact/1000000000000002')).toBe('contact')
  })

  it('knows the pages from which in-page navigation leads to the form', () => {
    expect(formPageKind('https://www.facebook.com/privacy/policy/')).toBe('privacy')
    expect(formPageKind('https://www.facebook.com/privacy/center/?entry_point=settings')).toBe('privacy')
    expect(formPageKind('https://privacycenter.instagram.com/policy/')).toBe('privacy')
  })

  it('leaves every other page alone', () => {
    expect(formPageKind('https://www.facebook.com/help/contact/1266025207620918')).toBeNull()
    expect(formPageKind('https://www.facebook.com/')).toBeNull()
    expect(formPageKind('https://www.facebook.com/help/1000000000000050')).toBeNull()
    expect(formPageKind('https://www.facebook.com/privacy-policy-is-elsewhere')).toBeNull()
    expect(formPageKind('http://www.facebook.com/help/contact/6359191084165019')).toBeNull()
    expect(formPageKind('https://www.facebook.com.example.org/help/contact/6359191084165019')).toBeNull()
    expect(formPageKind('https://www.example.org/help/contact/6359191084165019')).toBeNull()
    expect(formPageKind('not a url')).toBeNull()
  })
})

/** Whether a browser runs a content script of `pattern` on `url` (match-pattern rules: host wildcard, path glob on path and query). */
function matchesPattern(pattern: string, url: string): boolean {
  const [, host, path] = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern)!
  const u = new URL(url)
  const hostOk = host!.startsWith('*.') ? u.hostname === host!.slice(2) || u.hostname.endsWith(host!.slice(1)) : u.hostname === host
  const glob = new RegExp(`^${path!.split('*').map((part) => part.replace(/[.?+^${}()|[\]\\]/g, '\\$&')).join('.*')}$`)
  return u.protocol === 'https:' && hostOk && glob.test(u.pathname + u.search)
}

describe('where the manifest runs the form assistant', () => {
  const run = (url: string) => FORM_PAGE_MATCHES.some((pattern) => matchesPattern(pattern, url))

  it('covers every page that may hold the form', () => {
    const hosts = ['www.facebook.com', 'facebook.com', 'm.facebook.com', 'help.instagram.com', 'privacycenter.instagram.com', 'www.instagram.com']
    const segments = ['help', 'contact', 'privacy', 'policy', 'center', '6359191084165019', '233964459562201', 'right-to-object', 'x', '']
    fc.assert(
      fc.property(fc.constantFrom(...hosts), fc.array(fc.constantFrom(...segments), { maxLength: 4 }), fc.constantFrom('', '/', '?locale=de_DE'), (host, parts, tail) => {
        const url = `https://${host}/${parts.join('/')}${tail}`
        if (formPageKind(url)) expect(run(url), url).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('leaves the feed, profiles and other pages to the banner alone', () => {
    for (const url of ['https://www.facebook.com/', 'https://www.facebook.com/heavy', 'https://www.instagram.com/p/abc/', 'https://www.facebook.com/help/1000000000000050']) {
      expect(run(url), url).toBe(false)
    }
  })
})

describe('Meta\'s help site', () => {
  it('holds the form on its privacy-request pages only', () => {
    expect(formPageKind('https://help.meta.com/support/privacy')).toBe('help')
    expect(formPageKind('https://help.meta.com/support/privacy/request?product=instagram')).toBe('help')
    expect(formPageKind('https://help.meta.com/support/privacy?x=1')).toBe('help')
    for (const url of [
      'https://help.meta.com/support/privacyfoo',
      'https://help.meta.com/support/articles/objecting',
      'https://help.meta.com/',
      'http://help.meta.com/support/privacy',
      'https://help.meta.com.example.org/support/privacy',
      'https://www.meta.com/support/privacy',
    ]) expect(formPageKind(url), url).toBeNull()
  })

  it('has the manifest run the assistant on every place of the facts module, and on no other page of meta.com', () => {
    for (const place of PRIVACY_REQUEST_PLACES) expect(FORM_PAGE_MATCHES).toContain(`${place.url}*`)
    expect(FORM_PAGE_MATCHES.filter((m) => m.includes('meta.com'))).toEqual(PRIVACY_REQUEST_PLACES.map((p) => `${p.url}*`))
  })
})

describe('look-alike pages', () => {
  it('finds no form in a help article about objecting', () => {
    const doc = loadFixture('tests/fixtures/facebook/help/1000000000000050.html')
    expect(recognizeFormStep(doc, { confirmation: true }).kind).toBe('none')
  })

  it('finds no objection form in the third-party information form, though it has the same fields', () => {
    const doc = loadFixture(fb('1266025207620918'))
    expect(recognizeFormStep(doc, { confirmation: true }).kind).toBe('none')
  })

  it('does not take hidden fields for the form: the first question comes first', () => {
    const doc = loadFixture(fb('712876720715583'))
    const step = recognizeFormStep(doc, { confirmation: true })
    expect(step.kind).toBe('question')
    doc.querySelector<HTMLElement>('[data-step="fields"]')!.hidden = false
    expect(recognizeFormStep(doc, { confirmation: true }).kind).toBe('form')
  })

  it('needs a submit control beside the e-mail field', () => {
    const doc = loadFixture(fb('6359191084165019'))
    doc.querySelector('button')!.remove()
    expect(recognizeFormStep(doc, { confirmation: true }).kind).toBe('none')
  })

  it('looks for a confirmation only when asked', () => {
    const doc = loadFixture(fb('1000000000000099'))
    expect(recognizeFormStep(doc, { confirmation: false }).kind).toBe('none')
  })
})
