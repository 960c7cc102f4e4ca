/**
 * The form assistant's panel: a compact card in an open shadow root beside Meta's form, in a
 * labelled region, keyboard reachable and dismissable. It only draws and reports clicks; the
 * session (assistant.ts) decides what to show.
 */
import { fixedHost, h, onUserEvent } from '../dom'
import { t, uiDirection, uiLanguage } from './words'
import { PANEL_CSS } from './panel.css'
import { brand } from '../brand'
import { ASSISTANT_HOST_ID, ASSISTANT_TEST_ID, findAssistant, holdAssistant } from './presence'


export interface FormView {
  /** The page's own text of its submit control, to name it in the reminder. */
  submitLabel: string
  canExplain: boolean
  highlightEmail(): void
  insertExplanation(): void
}

export type Notice = 'inserted' | 'recorded' | 'confirmation' | 'error'

export interface AssistantPanel {
  setAccount(account: string | null): void
  showQuestion(answer: string): void
  showForm(view: FormView): void
  setEmail(email: string, expected: string | undefined): void
  notify(notice: Notice, at?: Date): void
  remove(): void
}

const sameEmail = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase()

export function createPanel(onClose: () => void): AssistantPanel {
  findAssistant()?.remove()
  const host = fixedHost(ASSISTANT_HOST_ID, ASSISTANT_TEST_ID, ['inset-block-start: 72px', 'inset-inline-end: 16px', 'inline-size: min(320px, calc(100vw - 32px))'])
  holdAssistant(host)
  const root = host.shadowRoot!
  const dir = uiDirection()

  const close = h('button', { type: 'button', class: 'icon', 'aria-label': t('form_assistant_close') }, '×')
  const account = h('p', { class: 'muted' })
  const step = h('div')
  const status = h('p', { role: 'status' })
  const error = h('p', { role: 'alert', class: 'error' })
  const emailValue = h('span', { class: 'email', 'data-testid': 'assistant-email' })
  const emailNone = h('span', { class: 'muted' })
  const emailCheck = h('p')
  const card = h(
    'section',
    { class: 'card', 'aria-label': t('form_assistant_title'), dir, lang: uiLanguage() },
    // Whose it is: the extension's icon and name, not Meta's (the heading names the assistant's purpose for the region).
    h('div', { class: 'head' }, brand(t('extShortName'), t('banner_from'), h('h2')), close),
    h('p', { class: 'purpose' }, t('form_assistant_title')),
    account,
    step,
    status,
    error,
  )
  onUserEvent(close, 'click', () => {
    host.remove()
    onClose()
  })
  root.append(h('style', {}, PANEL_CSS), card)
  // First in the document, so that keyboard users meet it before the form and its Send button.
  document.documentElement.prepend(host)

  return {
    setAccount(name) {
      account.textContent = name ? t('form_assistant_account', [name]) : t('form_assistant_no_account')
      account.className = name ? 'muted' : 'warn'
    },
    showQuestion(answer) {
      step.replaceChildren(h('p', {}, t('form_assistant_question', [answer])))
    },
    showForm(view) {
      const highlight = h('button', { type: 'button', 'data-testid': 'assistant-highlight-email' }, t('form_assistant_highlight'))
      onUserEvent(highlight, 'click', view.highlightEmail)
      const insert = view.canExplain && h('button', { type: 'button', 'data-testid': 'assistant-insert-explanation' }, t('form_assistant_insert'))
      if (insert) onUserEvent(insert, 'click', view.insertExplanation)
      step.replaceChildren(
        h('p', {}, t('form_assistant_email'), ' ', emailValue, emailNone),
        emailCheck,
        h('div', { class: 'actions' }, highlight, insert),
        h('p', { class: 'muted' }, t('form_assistant_send_yourself', [view.submitLabel])),
      )
    },
    setEmail(email, expected) {
      emailValue.textContent = email
      emailNone.textContent = email ? '' : t('form_assistant_email_none')
      if (!email) emailCheck.replaceChildren()
      else if (!expected) emailCheck.replaceChildren(h('span', { class: 'muted' }, t('form_assistant_email_unknown')))
      else if (sameEmail(email, expected)) emailCheck.replaceChildren(h('span', { class: 'ok' }, t('form_assistant_email_match')))
      else emailCheck.replaceChildren(h('span', { class: 'warn' }, t('form_assistant_email_differs', [expected])))
    },
    notify(notice, at = new Date()) {
      if (notice === 'error') {
        error.textContent = t('form_assistant_error')
        return
      }
      error.textContent = ''
      if (notice === 'inserted') status.textContent = t('form_assistant_inserted')
      else if (notice === 'confirmation') status.textContent = t('form_assistant_confirmation_seen')
      else status.textContent = t('form_assistant_recorded', [at.toLocaleString(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' })])
    },
    remove() {
      host.remove()
    },
  }
}
