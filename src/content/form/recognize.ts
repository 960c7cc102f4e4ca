/**
 * Recognises, in a document, which step of the objection form it shows, by meaning only
 * (headings or the most prominent text, input types, labels, roles and Meta's words from
 * core/form-words), whatever the markup. Pure DOM reads: no browser API, so unit tests drive it
 * on fixture pages.
 */
import {
  containsPhrase,
  FORM_SELECTORS,
  isKnownObjectionForm,
  isWord,
  objectionChoiceScore,
  objectionHeadingLang,
  productOfChoice,
} from '../../core/form-recognition'
import type { Platform } from '../../core/platform'
import { EMAIL_MAX } from '../../core/content-reply'

export type FormStep =
  | { kind: 'none' }
  /** The AI question ("Does your request relate to AI at Meta?"); `yes` leads to the objection. */
  | { kind: 'question'; yes: HTMLElement; yesText: string }
  /** A choice of the kind of request: `choice` is the one that leads to the objection. */
  | { kind: 'request'; choice: HTMLElement; text: string }
  /** A choice of the product, before anything else. */
  | { kind: 'product'; choices: ProductChoice[] }
  | {
      kind: 'form'
      lang: string
      /** The e-mail: a field of any type, or the element that shows the address as text. */
      email: HTMLElement
      explanation: HTMLTextAreaElement | null
      submit: HTMLElement
      /** The smallest element holding the e-mail and the submit control. */
      scope: Element
    }
  | { kind: 'confirmation'; text: string }

export interface ProductChoice {
  platform: Platform
  el: HTMLElement
  text: string
}

export interface RecognizeOptions {
  /** Look for Meta's confirmation too. */
  confirmation: boolean
  /** The page's address: on a known objection form the address says what the form is. */
  url?: string
}

const MAX_SCOPE_DEPTH = 12
/** Meta's form has a handful of fields: a page with more inputs than this is looked at only this far. */
const MAX_FIELDS = 200
/** How many text nodes an address shown as text, or a prominent title, is looked for in. */
const MAX_TEXT_NODES = 3000
/** Text longer than this is not a label, a title or a choice. */
const MAX_SHORT_TEXT = 200
const ADDRESS = /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/

/** Not hidden by attribute, and laid out when the browser can tell. */
export function isShown(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"], template')) return false
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility
  return typeof check !== 'function' || check.call(el, { visibilityProperty: true })
}

const text = (el: Element | null | undefined): string => el?.textContent ?? ''
const short = (said: string): string => (said.length > MAX_SHORT_TEXT ? '' : said)
const isInput = (el: Element): el is HTMLInputElement => el.tagName === 'INPUT'
export const looksLikeAddress = (value: string): boolean => value.length <= EMAIL_MAX && ADDRESS.test(value.trim())

/** The e-mail as the page shows it now: a field's value, or the text shown. */
export function emailOf(el: HTMLElement): string {
  return (isInput(el) ? el.value : text(el)).trim()
}

/** The name a user hears for a control: aria-label, aria-labelledby, its labels, its text or value. */
export function accessibleText(el: Element): string {
  const aria = el.getAttribute('aria-label')
  if (aria) return aria
  const labelledBy = el.getAttribute('aria-labelledby')
  if (labelledBy) {
    const doc = el.ownerDocument
    return labelledBy.split(/\s+/).map((id) => text(doc.getElementById(id))).join(' ')
  }
  const label = labelOf(el)
  if (label !== null) return label
  if (isInput(el)) return el.value || el.placeholder || ''
  return text(el)
}

/**
 * The text of a field's `<label>`s (those that name it by id, or the one that wraps it), or null.
 * While the page is looked at, the labels by id are read once: `.labels` searches the whole
 * document on each call, which on a page of thousands of fields adds up to seconds.
 */
let labelsById: Map<string, string> | null = null
function labelOf(el: Element): string | null {
  if (!/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) return null
  if (!labelsById) {
    const labels = (el as HTMLInputElement).labels
    return labels && labels.length > 0 ? Array.from(labels, text).join(' ') : null
  }
  const byId = el.id ? labelsById.get(el.id) : undefined
  if (byId !== undefined) return byId
  const wrapping = el.closest('label')
  return wrapping ? text(wrapping) : null
}

/** The text just before an element: its previous sibling's, or its parent's previous sibling's. */
function nearbyText(el: Element): string {
  for (let node: Element | null = el, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    let sibling = node.previousElementSibling
    while (sibling && !short(text(sibling)).trim()) sibling = sibling.previousElementSibling
    if (sibling) return short(text(sibling))
    // Text before it in the same parent ("E-mail: <b>…</b>").
    const before = Array.from(node.parentElement?.childNodes ?? [])
      .slice(0, Array.prototype.indexOf.call(node.parentElement?.childNodes ?? [], node))
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent)
      .join(' ')
    if (before.trim()) return short(before)
  }
  return ''
}

/** Everything that may name a field: its accessible name, placeholder, title and the text before it. */
function fieldWords(input: HTMLInputElement): string {
  const labelled = input.getAttribute('aria-label') || input.getAttribute('aria-labelledby') || labelOf(input) !== null
  return [labelled ? accessibleText(input) : '', input.placeholder, input.title, nearbyText(input)].join(' ')
}

/** What the field says first (cheap), whether it is laid out last (it may force a layout). */
function isEmailField(input: HTMLInputElement): boolean {
  const says =
    input.type === 'email' ||
    /(^|\s)email(\s|$)/i.test(input.autocomplete) ||
    /e-?mail/i.test(`${input.name} ${input.id}`) ||
    looksLikeAddress(input.value) ||
    containsPhrase('emailLabels', fieldWords(input))
  return says && isShown(input)
}

/** The page's first MAX_TEXT_NODES text nodes, in document order. */
function* textNodes(doc: Document): Generator<Node> {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */)
  for (let node = walker.nextNode(), seen = 0; node && seen < MAX_TEXT_NODES; node = walker.nextNode(), seen++) yield node
}

/** An address shown as text, beside a label that says e-mail (a hidden input may carry it). */
function shownAddresses(doc: Document): HTMLElement[] {
  const found: HTMLElement[] = []
  for (const node of textNodes(doc)) {
    const said = node.textContent ?? ''
    if (!said.includes('@') || !looksLikeAddress(said)) continue
    const el = node.parentElement
    if (!el || !isShown(el)) continue
    const label = [el.getAttribute('aria-label'), el.getAttribute('aria-labelledby') && accessibleText(el), nearbyText(el)].join(' ')
    if (containsPhrase('emailLabels', label)) found.push(el)
  }
  return found
}

function emailCandidates(doc: Document): HTMLElement[] {
  const fields = Array.from(doc.querySelectorAll<HTMLInputElement>(FORM_SELECTORS.email)).slice(0, MAX_FIELDS).filter(isEmailField)
  return fields.length > 0 ? fields : shownAddresses(doc)
}

/** A link acts as a button when it has no address of its own to go to (see FORM_SELECTORS.submit). */
function isSubmitControl(el: Element): boolean {
  if (!isShown(el)) return false
  if (el.getAttribute('aria-disabled') === 'true' && el.tagName !== 'BUTTON') return isWord('submit', accessibleText(el))
  return isWord('submit', isInput(el) ? el.value || accessibleText(el) : accessibleText(el))
}

/** The submit control of the form the e-mail belongs to, and the smallest scope holding both. */
function submitOf(email: HTMLElement): { submit: HTMLElement; scope: Element } | null {
  let scope: Element | null = email.parentElement
  for (let depth = 0; scope && depth < MAX_SCOPE_DEPTH; depth++, scope = scope.parentElement) {
    for (const candidate of scope.querySelectorAll<HTMLElement>(FORM_SELECTORS.submit)) {
      if (isSubmitControl(candidate)) return { submit: candidate, scope }
    }
  }
  return null
}

function explanationIn(scope: Element): HTMLTextAreaElement | null {
  const fields = Array.from(scope.querySelectorAll<HTMLTextAreaElement>(FORM_SELECTORS.explanation)).filter(isShown)
  return fields.find((f) => containsPhrase('explanationLabels', accessibleText(f) + ' ' + f.placeholder)) ?? (fields.length === 1 ? fields[0]! : null)
}

/** Whether an element's text is set large or bold against the page's own text: a title without a heading's markup. */
function isProminent(el: Element): boolean {
  const view = el.ownerDocument.defaultView
  if (!view) return false
  const style = view.getComputedStyle(el)
  const base = parseFloat(view.getComputedStyle(el.ownerDocument.body ?? el.ownerDocument.documentElement).fontSize) || 16
  const size = parseFloat(style.fontSize) || base
  const weight = Number(style.fontWeight) || (style.fontWeight === 'bold' ? 700 : 400)
  return size >= base * 1.25 || (weight >= 600 && size >= base * 1.1)
}

/** The language of the objection title the page shows as its most prominent text, if any. */
function prominentTitleLang(doc: Document): string | null {
  for (const node of textNodes(doc)) {
    const el = node.parentElement
    const said = el ? short(text(el)) : ''
    const lang = said.length > 10 ? objectionHeadingLang(said) : null
    if (lang && el && isShown(el) && isProminent(el)) return lang
  }
  return null
}

function objectionLang(doc: Document, url: string | undefined): string | null {
  for (const heading of doc.querySelectorAll(FORM_SELECTORS.headings)) {
    const lang = isShown(heading) ? objectionHeadingLang(text(heading)) : null
    if (lang) return lang
  }
  const lang = prominentTitleLang(doc) ?? objectionHeadingLang(doc.title)
  if (lang) return lang
  // On a known objection address, the address itself says what the form is.
  return url && isKnownObjectionForm(url) ? (doc.documentElement.lang.split('-')[0] || 'und').toLowerCase() : null
}

function findForm(doc: Document, url: string | undefined): FormStep | null {
  const emails = emailCandidates(doc)
  if (emails.length === 0) return null
  const lang = objectionLang(doc, url)
  if (!lang) return null
  for (const email of emails) {
    const found = submitOf(email)
    if (found) return { kind: 'form', lang, email, explanation: explanationIn(found.scope), ...found }
  }
  return null
}

/** The question group's own words: legend, aria label, or the text before its choices. */
function groupText(choice: Element): string {
  const group = choice.closest('fieldset, [role="radiogroup"], [role="group"], [role="listbox"]')
  if (!group) return `${text(choice.parentElement?.parentElement)} ${nearbyText(choice.parentElement ?? choice)}`
  const legend = group.querySelector('legend')
  return `${legend ? text(legend) : ''} ${accessibleText(group)} ${nearbyText(group)}`
}

/** The shown choices of the page, each with what it says (a radio by its label). */
function choicesOf(doc: Document): { el: HTMLElement; said: string }[] {
  const choices: { el: HTMLElement; said: string }[] = []
  for (const el of doc.querySelectorAll<HTMLElement>(FORM_SELECTORS.choices)) {
    const said = short(isInput(el) ? accessibleText(el) : el.getAttribute('aria-label') || text(el)).trim()
    if (said && isShown(el)) choices.push({ el, said })
  }
  return choices
}

function findSteps(doc: Document): FormStep | null {
  const choices = choicesOf(doc)
  for (const { el, said } of choices) {
    if (isWord('yes', said) && containsPhrase('aiQuestions', groupText(el))) return { kind: 'question', yes: el, yesText: said }
  }
  let best: { el: HTMLElement; said: string; score: number } | null = null
  for (const { el, said } of choices) {
    const score = objectionChoiceScore(said)
    // The innermost of nested choices (a button in a list item) is the one to point at.
    if (score > 0 && (!best || score > best.score || (score === best.score && best.el.contains(el)))) best = { el, said, score }
  }
  if (best) return { kind: 'request', choice: best.el, text: best.said }
  const products = choices.flatMap(({ el, said }) => {
    const platform = productOfChoice(said)
    return platform ? [{ platform, el, text: said }] : []
  })
  const both = products.some((p) => p.platform === 'facebook') && products.some((p) => p.platform === 'instagram')
  return both ? { kind: 'product', choices: products.filter((p, i) => products.findIndex((q) => q.platform === p.platform) === i) } : null
}

function findConfirmation(doc: Document): FormStep | null {
  for (const el of doc.querySelectorAll(FORM_SELECTORS.confirmation)) {
    const said = text(el)
    if (said.length < 400 && containsPhrase('confirmations', said) && isShown(el)) {
      return { kind: 'confirmation', text: said.replace(/\s+/g, ' ').trim() }
    }
  }
  return null
}

/** The step of the objection form that `doc` shows; `confirmation` is looked for only when asked. */
export function recognizeFormStep(doc: Document, options: RecognizeOptions): FormStep {
  labelsById = new Map()
  for (const label of doc.querySelectorAll('label[for]')) {
    const id = label.getAttribute('for')!
    labelsById.set(id, `${labelsById.get(id) ?? ''} ${text(label)}`.trim())
  }
  try {
    return findForm(doc, options.url) ?? findSteps(doc) ?? (options.confirmation ? findConfirmation(doc) : null) ?? { kind: 'none' }
  } finally {
    labelsById = null
  }
}
