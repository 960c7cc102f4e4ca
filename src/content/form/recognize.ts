/**
 * Recognises, in a document, which step of the objection form it shows, by meaning only
 * (headings, input types, labels, roles and Meta's words from core/form-words). Pure DOM reads:
 * no browser API, so unit tests drive it on fixture pages.
 */
import { containsPhrase, FORM_SELECTORS, isWord, objectionHeadingLang } from '../../core/form-recognition'

export type FormStep =
  | { kind: 'none' }
  /** The first question ("Does your request relate to AI at Meta?"); `yes` leads to the objection. */
  | { kind: 'question'; yes: HTMLElement; yesText: string }
  | {
      kind: 'form'
      lang: string
      email: HTMLInputElement
      explanation: HTMLTextAreaElement | null
      submit: HTMLElement
      /** The smallest element holding the e-mail field and the submit control. */
      scope: Element
    }
  | { kind: 'confirmation'; text: string }

const MAX_SCOPE_DEPTH = 12

/** Not hidden by attribute, and laid out when the browser can tell. */
export function isShown(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"], template')) return false
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility
  return typeof check !== 'function' || check.call(el, { visibilityProperty: true })
}

const text = (el: Element | null | undefined): string => el?.textContent ?? ''

/** The name a user hears for a control: aria-label, aria-labelledby, its labels, its text or value. */
export function accessibleText(el: Element): string {
  const aria = el.getAttribute('aria-label')
  if (aria) return aria
  const labelledBy = el.getAttribute('aria-labelledby')
  if (labelledBy) {
    const doc = el.ownerDocument
    return labelledBy.split(/\s+/).map((id) => text(doc.getElementById(id))).join(' ')
  }
  const labels = (el as HTMLInputElement).labels
  if (labels && labels.length > 0) return Array.from(labels, (l) => l.textContent ?? '').join(' ')
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).value || (el as HTMLInputElement).placeholder || ''
  return text(el)
}

function isSubmitControl(el: Element): boolean {
  if (!isShown(el)) return false
  const type = el.getAttribute('type')
  if (el.tagName === 'INPUT') return type === 'submit' && isWord('submit', accessibleText(el))
  return isWord('submit', accessibleText(el))
}

/** The submit control of the form the e-mail field belongs to, and the smallest scope holding both. */
function submitOf(email: HTMLInputElement): { submit: HTMLElement; scope: Element } | null {
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

function objectionLang(doc: Document): string | null {
  for (const heading of doc.querySelectorAll(FORM_SELECTORS.headings)) {
    const lang = isShown(heading) ? objectionHeadingLang(text(heading)) : null
    if (lang) return lang
  }
  // A form without headings may still say what it is in its title.
  return objectionHeadingLang(doc.title)
}

function findForm(doc: Document): FormStep | null {
  const emails = Array.from(doc.querySelectorAll<HTMLInputElement>(FORM_SELECTORS.email)).filter(isShown)
  if (emails.length === 0) return null
  const lang = objectionLang(doc)
  if (!lang) return null
  for (const email of emails) {
    const found = submitOf(email)
    if (found) return { kind: 'form', lang, email, explanation: explanationIn(found.scope), ...found }
  }
  return null
}

/** The question group's own words: legend, aria label, or the text before its choices. */
function groupText(choice: Element): string {
  const group = choice.closest('fieldset, [role="radiogroup"], [role="group"]')
  if (!group) return text(choice.parentElement?.parentElement)
  const legend = group.querySelector('legend')
  return `${legend ? text(legend) : ''} ${accessibleText(group)}`
}

function findQuestion(doc: Document): FormStep | null {
  for (const choice of doc.querySelectorAll<HTMLElement>(FORM_SELECTORS.choices)) {
    if (!isShown(choice)) continue
    const answer = choice.tagName === 'INPUT' ? accessibleText(choice) : text(choice)
    if (!isWord('yes', answer)) continue
    if (containsPhrase('aiQuestions', groupText(choice))) return { kind: 'question', yes: choice, yesText: answer.trim() }
  }
  return null
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
export function recognizeFormStep(doc: Document, options: { confirmation: boolean }): FormStep {
  return findForm(doc) ?? findQuestion(doc) ?? (options.confirmation ? findConfirmation(doc) : null) ?? { kind: 'none' }
}
