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
import type { Platform } from '../../core/platform'
import { accountLine } from '../../core/account-name'


export interface FormView {
  /** The page's own text of its submit control, to name it in the reminder. */
  submitLabel: string
  canExplain: boolean
  highlightEmail(): void
  insertExplanation(): void
  /** The user's own click on "Keep this address for this account": saves `email` as the account's address. */
  keepEmail(email: string): void
}

export type Notice = 'inserted' | 'recorded' | 'confirmation' | 'error'

/** A known account the user may say the form on Meta's help site is for. */
export interface AccountChoice {
  platform: Platform
  accountId: string
  label?: string
}

/** What the way forward offers when the form is not recognised. */
export interface FallbackView {
  /** The user says they sent the form: recorded now. */
  markSent(): void
  /** The page's structure, for a bug report; null when it could not be made. */
  describe(): Promise<string | null>
}

export interface AssistantPanel {
  /** The form is not recognised: says so, and offers "I sent it" and a description of the page. */
  showFallback(view: FallbackView): void
  setAccount(account: string | null): void
  /** A step before the fields: the one line that says which choice leads to the objection. */
  showQuestion(line: string): void
  /** Asks which known account the form is for; `null`: another account (nothing is recorded). */
  askAccount(choices: AccountChoice[], onPick: (choice: AccountChoice | null) => void): void
  showForm(view: FormView): void
  /** The address in the form (`valid`: an address one could keep) and the one saved for the account. */
  setEmail(email: string, valid: boolean, expected: string | undefined): void
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
  // Focusable from script only: it takes the focus from the keep button it replaces.
  const emailCheck = h('p', { tabindex: '-1' })
  let keepEmail: FormView['keepEmail'] = () => undefined
  let shownEmail: string | undefined
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
    showFallback(view) {
      step.replaceChildren(fallback(view, (notice) => (status.textContent = notice)))
    },
    showQuestion(line) {
      step.replaceChildren(h('p', {}, line))
    },
    askAccount(choices, onPick) {
      account.replaceChildren(accountQuestion(choices, (choice) => {
        account.replaceChildren()
        onPick(choice)
      }))
      account.className = ''
    },
    showForm(view) {
      keepEmail = view.keepEmail
      shownEmail = undefined
      const highlight = actionButton(t('form_assistant_highlight'), 'assistant-highlight-email', view.highlightEmail)
      const insert = view.canExplain && actionButton(t('form_assistant_insert'), 'assistant-insert-explanation', view.insertExplanation)
      step.replaceChildren(
        h('p', {}, t('form_assistant_email'), ' ', emailValue, emailNone),
        emailCheck,
        h('div', { class: 'actions' }, highlight, insert),
        h('p', { class: 'muted' }, t('form_assistant_send_yourself', [view.submitLabel])),
      )
    },
    setEmail(email, valid, expected) {
      // Drawn again only when it changes, so that a re-render of the page does not take the focus from the keep button.
      const shown = `${email}\n${valid}\n${expected}`
      if (shown === shownEmail) return
      shownEmail = shown
      const hadFocus = emailCheck.contains(root.activeElement)
      emailValue.textContent = email
      emailNone.textContent = email ? '' : t('form_assistant_email_none')
      if (!email || (!expected && !valid)) emailCheck.replaceChildren()
      else if (!expected) emailCheck.replaceChildren(...keepButton(() => keepEmail(email)))
      else if (sameEmail(email, expected)) emailCheck.replaceChildren(h('span', { class: 'ok' }, t('form_assistant_email_match')))
      else emailCheck.replaceChildren(h('span', { class: 'warn' }, t('form_assistant_email_differs', [expected])))
      if (hadFocus) emailCheck.focus()
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

/** A button of the panel that acts on the user's own click only. */
function actionButton(text: string, testId: string, action: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button', 'data-testid': testId }, text)
  onUserEvent(button, 'click', action)
  return button
}

/** No address is saved for the account: one line, and a button that keeps the address the form shows, on the user's own click. */
function keepButton(keep: () => void): (Node | string)[] {
  return [h('span', { class: 'muted' }, t('form_assistant_email_none_saved')), ' ', actionButton(t('form_assistant_keep_email'), 'assistant-keep-email', keep)]
}

/** The question "which of your accounts is this form for?", one button per known account and one for another. */
function accountQuestion(choices: AccountChoice[], onPick: (choice: AccountChoice | null) => void): HTMLElement {
  const button = (text: string, choice: AccountChoice | null, testId: string) => actionButton(text, testId, () => onPick(choice))
  const heading = h('p', { id: 'assistant-which-account-label' }, t('form_assistant_which_account'))
  return h(
    'div',
    { role: 'group', 'aria-labelledby': 'assistant-which-account-label', 'data-testid': 'assistant-which-account' },
    heading,
    h(
      'div',
      { class: 'actions' },
      ...choices.map((c) => button(accountLine(t, c), c, 'assistant-account-choice')),
      button(t('form_assistant_another_account'), null, 'assistant-another-account'),
    ),
  )
}

/** The way forward when the form is not recognised. Its buttons act on the user's own clicks only. */
function fallback(view: FallbackView, say: (notice: string) => void): HTMLElement {
  const markSent = actionButton(t('form_assistant_mark_sent'), 'assistant-mark-sent', view.markSent)
  const copy = actionButton(t('form_assistant_copy_description'), 'assistant-copy-description', () => {
    void view.describe().then((description) => {
      if (description === null) return say(t('form_assistant_error'))
      copyOrShow(description)
    })
  })
  const manual = h('div')
  const copyOrShow = (description: string) =>
    navigator.clipboard.writeText(description).then(
      () => {
        manual.replaceChildren()
        say(t('form_assistant_copied'))
      },
      () => {
        // The page's permissions may refuse the clipboard: the user copies it by hand.
        const field = h('textarea', { readonly: true, rows: '6', 'aria-label': t('form_assistant_copy_description'), 'data-testid': 'assistant-description' })
        field.value = description
        manual.replaceChildren(field)
        say(t('form_assistant_copy_manual'))
        field.select()
      },
    )
  return h('div', { 'data-testid': 'assistant-fallback' }, h('p', {}, t('form_assistant_fallback')), h('div', { class: 'actions' }, markSent, copy), manual)
}
