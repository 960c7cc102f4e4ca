/**
 * The in-page banner: a compact card in an open shadow root, in a labelled region, that the
 * user can collapse. It only draws and reports clicks; main.iife.ts decides what to show, and the
 * background runs this code (banner-script.ts) only in pages that have a banner to show.
 * Drawn from few kinds of element (div with ARIA roles, button, a link): each kind costs its
 * first use in the content script's world, on every facebook page that shows the banner.
 */
import type { BannerState, BannerText } from '../core/messages'
import { PRIMARY_FORM_URL } from '../core/form-addresses'
import { fixedHost, h, onUserEvent, onUserSubmit } from './dom'
import { localDay } from '../core/calendar'
import { accountKey } from '../core/platform'
import { BANNER_CSS } from './banner.css'
import { brand } from './brand'
import { BANNER_HOST_ID, removeBanner, type BannerActions, type BannerLink } from './banner-link'

const TEST_ID = 'objection-banner'
const PLACEMENT = ['inset-block-end: 16px', 'inset-inline-end: 16px', 'max-inline-size: min(380px, calc(100vw - 32px))']

/** "When did you object?": built on first use, to keep the banner's first drawing small. */
function dateQuestion(text: BannerText, today: string, actions: BannerActions, close: () => void): HTMLFormElement {
  const dateInput = h('input', { type: 'date', id: 'objected-on', max: today, value: today, required: true, 'data-testid': 'banner-done-date' })
  const save = h('button', { type: 'submit', class: 'primary', 'data-testid': 'banner-done-save' }, text.save)
  const cancel = h('button', { type: 'button' }, text.cancel)
  const form = h('form', { class: 'done' }, h('label', { for: 'objected-on' }, text.doneWhen), dateInput, ' ', save, ' ', cancel)
  onUserEvent(cancel, 'click', close)
  onUserSubmit(form, save, [dateInput], () => {
    if (dateInput.value && dateInput.value <= today) actions.markDone(dateInput.value)
  })
  return form
}

/** The state each banner was last drawn for: the same state again is not drawn again. */
const drawn = new WeakMap<HTMLElement, string>()

/**
 * Draws (or redraws in place) the banner for `state`; removes it when there is nothing to show.
 * A redraw keeps what the user was doing: the card collapsed, the date question open with its
 * date and its focus.
 */
export function renderBanner(state: BannerState, link: BannerLink, now: Date = new Date()): HTMLElement | null {
  if (!state.show || state.status === 'confirmed') {
    removeBanner()
    return null
  }
  const { actions } = link
  // The host is this script's own, held by reference: an element a page planted with the same id
  // is neither used nor removed.
  const host = (link.host ??= fixedHost(BANNER_HOST_ID, TEST_ID, PLACEMENT))
  if (!host.isConnected) document.documentElement.append(host)
  const key = JSON.stringify(state)
  if (drawn.get(host) === key) return host
  const text = state.text
  host.dir = text.dir
  host.setAttribute('data-status', state.status)
  host.setAttribute('data-account', accountKey(state))
  const root = host.shadowRoot!
  const wasCollapsed = root.querySelector('.card')?.classList.contains('collapsed') ?? false
  const openDate = root.querySelector<HTMLFormElement>('form.done:not([hidden])')?.querySelector('input')
  const pending = openDate ? { value: openDate.value, focused: root.activeElement === openDate } : null

  const status = h('div', { role: 'status', class: 'line error', hidden: true, 'data-message': text.error })
  const toggle = h('button', { type: 'button', class: 'icon', 'aria-expanded': String(!wasCollapsed), 'aria-label': text.collapse }, wasCollapsed ? '▸' : '▾')

  const body = h('div', { class: 'body' })
  /** "Remind me later" and "Dismiss", quieter, with what each does said in a few words. */
  const later = (): HTMLElement[] => {
    const snooze = h('button', { type: 'button', class: 'quiet', 'data-testid': 'banner-snooze' }, text.snooze)
    const dismiss = h('button', { type: 'button', class: 'quiet', 'data-testid': 'banner-dismiss' }, text.dismiss)
    onUserEvent(snooze, 'click', () => actions.snooze())
    onUserEvent(dismiss, 'click', () => actions.dismiss())
    return [h('div', { class: 'actions later' }, snooze, dismiss), h('div', { class: 'choices' }, text.choices)]
  }
  if (state.status === 'submitted') {
    const record = h('button', { type: 'button', class: 'primary', 'data-testid': 'banner-record' }, text.record)
    onUserEvent(record, 'click', () => actions.recordConfirmation())
    body.append(h('div', { class: 'line' }, text.submitted), h('div', { class: 'line account' }, text.account), h('div', { class: 'actions' }, record), ...later())
    if (pending) {
      // The user was answering "when did you object?" as the objection was sent elsewhere: keep it.
      const question = dateQuestion(text, localDay(now), actions, () => question.remove())
      question.querySelector('input')!.value = pending.value
      body.append(question)
      if (pending.focused) queueMicrotask(() => question.querySelector('input')!.focus())
    }
  } else {
    const objectNow = h(
      'a',
      { class: 'primary', href: PRIMARY_FORM_URL[state.platform], target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'banner-object-now' },
      text.objectNow,
    )
    onUserEvent(objectNow, 'click', () => actions.objectNow())
    const already = h('button', { type: 'button', 'data-testid': 'banner-already-done', 'aria-expanded': 'false' }, text.alreadyDone)

    let doneForm: HTMLFormElement | null = null
    const ask = (value?: string, focus = true): void => {
      doneForm ??= dateQuestion(text, localDay(now), actions, () => {
        doneForm!.hidden = true
        already.setAttribute('aria-expanded', 'false')
        already.focus()
      })
      already.after(doneForm)
      doneForm.hidden = false
      already.setAttribute('aria-expanded', 'true')
      const input = doneForm.querySelector('input')!
      if (value) input.value = value
      if (focus) input.focus()
    }
    onUserEvent(already, 'click', () => ask())
    body.append(
      // Once the form was opened, the banner says so and what to check there.
      h('div', { class: 'line', 'data-testid': state.status === 'form_opened' ? 'banner-opened' : undefined }, state.status === 'form_opened' ? text.opened : text.deadline),
      h('div', { class: 'line account' }, text.account),
      h('div', { class: 'actions' }, objectNow, already),
      ...later(),
    )
    if (pending) queueMicrotask(() => ask(pending.value, pending.focused))
  }
  body.append(status)

  const card = h(
    'div',
    { role: 'region', class: wasCollapsed ? 'card collapsed' : 'card', 'aria-label': text.region, dir: text.dir, lang: text.lang },
    h('div', { class: 'head' }, brand(text.name, text.from), toggle),
    body,
  )
  onUserEvent(toggle, 'click', () => {
    const collapsed = card.classList.toggle('collapsed')
    toggle.setAttribute('aria-expanded', String(!collapsed))
    toggle.textContent = collapsed ? '▸' : '▾'
  })
  root.replaceChildren(h('style', {}, BANNER_CSS), card)
  drawn.set(host, key)
  return host
}
