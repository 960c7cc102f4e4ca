// @vitest-environment happy-dom
/**
 * The description of a page for a bug report keeps its structure and never a personal value: a
 * field's value, an e-mail address, a name, a number or an id, wherever the page holds it.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import '../../src/core/form-words'
import { DESCRIPTION_MAX_CHARS, describePage } from '../../src/content/form/describe'
import { isFormWord } from '../../src/core/form-recognition'

const URL_OF = 'https://help.meta.com/support/privacy/request'
const parse = (html: string): Document => new DOMParser().parseFromString(`<!doctype html><html lang="sv"><body>${html}</body></html>`, 'text/html')

/**
 * A person's name: capitalised words, or words of a script without capitals (Arabic, Hebrew,
 * Chinese), that are none of Meta's form words (nor compounds of an e-mail label).
 */
const nameWord = fc
  .oneof(fc.stringMatching(/^[A-Z][a-z]{3,11}$/), fc.stringMatching(/^[\u0621-\u063A\u0641-\u064A]{3,8}$/), fc.stringMatching(/^[\u05D0-\u05EA]{3,8}$/), fc.stringMatching(/^[\u4E00-\u9FA5]{2,4}$/))
  .filter((w) => !isFormWord(w))
const name = fc.array(nameWord, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '))
const number = fc.oneof(fc.bigInt({ min: 10n, max: 10n ** 20n }).map(String), fc.stringMatching(/^\+[0-9]{8,14}$/))
const address = fc.emailAddress().filter((a) => !/["<>&']/.test(a))
/** A handle: lowercase, with a dot or an underscore. */
const handle = fc.stringMatching(/^[a-z]{3,8}[._][a-z]{3,8}$/)
const personal = fc.oneof(name, number, address, handle)
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

/** Where a page may hold a personal value: values, texts of labels, headings and buttons, attributes. */
const PLACES: ((v: string) => string)[] = [
  (v) => `<input type="text" value="${escape(v)}">`,
  (v) => `<input type="email" readonly value="${escape(v)}">`,
  (v) => `<input type="hidden" name="n" value="${escape(v)}">`,
  (v) => `<textarea>${escape(v)}</textarea>`,
  (v) => `<select><option selected value="${escape(v)}">${escape(v)}</option></select>`,
  (v) => `<label>E-postadress ${escape(v)}</label>`,
  (v) => `<h2>Hej ${escape(v)}</h2>`,
  (v) => `<button>${escape(v)}</button>`,
  (v) => `<div role="button" aria-label="${escape(v)}">Skicka</div>`,
  (v) => `<p>${escape(v)}</p>`,
  (v) => `<span id="${escape(v)}" class="${escape(v)}" data-user="${escape(v)}" title="${escape(v)}">x</span>`,
  (v) => `<a href="https://example.org/${encodeURIComponent(v)}">Profil</a>`,
  (v) => `<div role="heading">${escape(v)}: ${escape(v)}</div>`,
]

/** The words of a value as they could be read back: each word, without the case. */
const wordsOf = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}@._+]+/u).filter((w) => w.length >= 3)

describe('the description of a page', () => {
  it('keeps the structure: tags, roles, input types and states, and the page\'s own words of labels, headings and buttons', () => {
    const doc = parse(`<main><h2>Invänd mot att din information används för AI hos Meta</h2><form>
      <label for="e">E-postadress</label><input id="e" type="text" readonly value="jane@example.org">
      <div role="radio" aria-checked="true">Instagram</div><button type="button">Skicka</button></form><script>secret()</script></main>`)
    const description = describePage(doc, { url: `${URL_OF}?id=123456`, isFormWord })
    expect(description).toContain('address: help.meta.com/support/privacy/request')
    expect(description).not.toContain('123456')
    expect(description).toContain('h2 "Invänd mot att din information används för AI hos Meta"')
    expect(description).toContain('label "E-postadress"')
    expect(description).toContain('input type=text readonly')
    expect(description).toContain('div role=radio "Instagram"')
    expect(description).toContain('button "Skicka"')
    expect(description).not.toContain('jane')
    expect(description).not.toContain('secret')
  })

  it('in a script without capitals, keeps Meta\'s form words and masks every other word, which may be a name', () => {
    const doc = parse(`<main><h2>مرحبا سارة</h2><form><label for="e">البريد الإلكتروني</label><input id="e" type="text"><button>إرسال</button></form></main>`)
    const description = describePage(doc, { url: URL_OF, isFormWord })
    expect(description).toContain('label "البريد الإلكتروني"')
    expect(description).toContain('h2 "X X"')
    expect(description).not.toContain('سارة')
  })

  it('never lets a generated address, name, number or handle through, wherever the page holds it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(personal, fc.nat(PLACES.length - 1)), { minLength: 1, maxLength: 8 }), (values) => {
        const html = `<main><h1>Sekretessförfrågan</h1><form>${values.map(([v, at]) => PLACES[at]!(v)).join('')}<button>Skicka</button></form></main>`
        const description = describePage(parse(html), { url: URL_OF, isFormWord }).toLowerCase()
        const said = new Set(wordsOf(description))
        for (const [value] of values) {
          expect(description, html).not.toContain(value.toLowerCase())
          for (const word of wordsOf(value)) expect(said.has(word), `${word} in\n${description}`).toBe(false)
        }
        expect(description).not.toMatch(/[0-9]{2}/)
      }),
      { numRuns: 400 },
    )
  })

  it('stays within 20 KB on a huge page', () => {
    const rows = Array.from({ length: 6000 }, (_, i) => `<div role="row"><label>Fält</label><input type="text" value="v${i}"><button>Skicka</button></div>`).join('')
    const description = describePage(parse(`<main>${rows}</main>`), { url: URL_OF, isFormWord })
    expect(description.length).toBeLessThanOrEqual(DESCRIPTION_MAX_CHARS)
    expect(description).toMatch(/cut here/)
  })

  it('stops when its time is up, well before a long task', () => {
    const rows = Array.from({ length: 3000 }, () => '<div><span>x</span></div>').join('')
    let clock = 0
    // Each look at the clock is one millisecond later: the walk must stop after its budget.
    const description = describePage(parse(`<main>${rows}</main>`), { url: URL_OF, isFormWord, now: () => clock++ })
    expect(clock).toBeLessThan(40)
    expect(description).toMatch(/cut here/)
  })
})
