/**
 * The form assistant: on the pages that can hold Meta's objection form (checked by URL first,
 * nothing else is looked at elsewhere), waits for the form by meaning, shows the panel, and
 * records through the background what the user does: `form_opened` when the form is shown,
 * `submitted` with the e-mail when the user activates the submit control, and Meta's
 * confirmation screen as a note on it. It never fills the e-mail and never submits.
 */
import { formPageKind, useFormWords, type FormPageKind } from '../../core/form-recognition'
import { isEmail } from '../../core/content-reply'
import type { BackgroundToContent, ContentToBackground } from '../../core/messages'
import type { AccountRef, Platform } from '../../core/platform'
import { removeBanner } from '../banner-link'
import { accountLine } from '../../core/account-name'
import { t, useWords } from './words'
import { createPanel, type AssistantPanel } from './panel'
import { accessibleText, recognizeFormStep, type FormStep } from './recognize'

export interface FormAssistantDeps {
  platform: Platform
  /** The logged-in account, read from the cookie when asked (the user may switch accounts). */
  account(): AccountRef | null
  send(message: ContentToBackground): Promise<BackgroundToContent | null>
  /** Aborted when the page goes away: every listener and observer goes with it. */
  signal: AbortSignal
}

type FormFound = Extract<FormStep, { kind: 'form' }>

/** Delay that batches a burst of DOM changes into one look at the page (well under the 1 s goal). */
const CHECK_DELAY_MS = 100
/** How long after a submission an in-place confirmation is waited for. */
const CONFIRMATION_WATCH_MS = 30_000
/** The same submission reported twice (click then submit event) within this time is one. */
const SAME_SUBMISSION_MS = 10_000
const HIGHLIGHT_MS = 6_000
const ACTIVATION_EVENTS = ['click', 'keydown', 'submit'] as const

/** Starts (and, after in-place navigation, restarts) the assistant on the pages that can hold the form. */
export function watchFormPages(deps: FormAssistantDeps): void {
  let url = ''
  let session: AbortController | null = null
  const onUrl = (): void => {
    if (location.href === url) return
    url = location.href
    session?.abort()
    session = null
    const kind = formPageKind(url)
    if (!kind || deps.signal.aborted) return
    session = new AbortController()
    startSession(kind, deps, session.signal)
  }
  const { signal } = deps
  signal.addEventListener('abort', () => session?.abort())
  const nav = (globalThis as { navigation?: EventTarget }).navigation
  // The Navigation API reports history.pushState too; without it, a click that navigates in-page is the cue.
  if (nav) nav.addEventListener('currententrychange', onUrl, { signal })
  else document.addEventListener('click', () => [0, 500].forEach((ms) => setTimeout(onUrl, ms)), { capture: true, passive: true, signal })
  addEventListener('popstate', onUrl, { signal })
  onUrl()
}

function startSession(kind: FormPageKind, deps: FormAssistantDeps, signal: AbortSignal): void {
  let panel: AssistantPanel | null = null
  let dismissed = false
  let form: FormFound | null = null
  let opened = false
  let label: string | undefined
  let expectedEmail: string | undefined
  let submitted: { email: string; at: number } | null = null
  let confirmed = false
  let checkTimer: ReturnType<typeof setTimeout> | undefined
  let watchTimer: ReturnType<typeof setTimeout> | undefined
  const observer = new MutationObserver(() => {
    checkTimer ??= setTimeout(check, CHECK_DELAY_MS)
  })
  const stopObserving = (): void => {
    observer.disconnect()
    clearTimeout(watchTimer)
  }
  signal.addEventListener('abort', () => {
    stopObserving()
    clearTimeout(checkTimer)
    panel?.remove()
  })

  const accountName = (): string | null => {
    const ref = deps.account()
    return ref ? accountLine(t, { ...ref, label }) : null
  }
  const ensurePanel = (): AssistantPanel | null => {
    if (dismissed || signal.aborted) return null
    if (!panel) {
      panel = createPanel(() => {
        dismissed = true
        panel = null
      })
      removeBanner()
      panel.setAccount(accountName())
    }
    return panel
  }
  const showEmail = (): void => {
    if (form) panel?.setEmail(form.email.value.trim(), expectedEmail)
  }
  const onReply = (reply: BackgroundToContent | null): boolean => {
    if (reply?.type !== 'banner') {
      panel?.notify('error')
      return false
    }
    label = reply.label
    expectedEmail = reply.expectedEmail
    panel?.setAccount(accountName())
    showEmail()
    return true
  }

  function observe(forMs?: number): void {
    observer.observe(document.body ?? document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden', 'style', 'aria-hidden'],
    })
    clearTimeout(watchTimer)
    if (forMs) watchTimer = setTimeout(stopObserving, forMs)
  }

  function check(): void {
    checkTimer = undefined
    if (signal.aborted) return
    const step = recognizeFormStep(document, { confirmation: kind === 'contact' || submitted !== null })
    if (step.kind === 'form') {
      if (step.email !== form?.email) adopt(step)
      // Found: stop watching until the user sends it (then the confirmation is watched for).
      if (!submitted) stopObserving()
    } else if (step.kind === 'question' && !form) {
      ensurePanel()?.showQuestion(step.yesText)
    } else if (step.kind === 'confirmation') {
      onConfirmation(step.text)
    }
  }

  function adopt(step: FormFound): void {
    form = step
    ensurePanel()?.showForm({
      submitLabel: accessibleText(step.submit).trim(),
      canExplain: step.explanation !== null,
      highlightEmail,
      insertExplanation,
    })
    showEmail()
    for (const type of ['input', 'change']) step.email.addEventListener(type, showEmail, { signal })
    const ref = deps.account()
    if (opened || !ref) return
    opened = true
    void deps.send({ type: 'content/form-opened', ...ref }).then(onReply)
  }

  function onConfirmation(text: string): void {
    if (confirmed) return
    confirmed = true
    stopObserving()
    const ref = deps.account()
    if (ref) void deps.send({ type: 'content/form-confirmation-seen', ...ref, text: text.slice(0, 500) })
    if (submitted) ensurePanel()?.notify('confirmation')
  }

  /** The form as now on the page: looked for again when the page re-rendered its fields. */
  function live(): FormFound | null {
    if (form && !(form.email.isConnected && form.submit.isConnected)) check()
    return form
  }

  /** Set by the user's own Enter in a field of the form, for the submission it brings in the same task. */
  let enterPressed = false
  /**
   * Records the submission as soon as the user activates the control, before the page can unload.
   * Only the user's own click or key counts (`isTrusted`): a page's synthetic click on Send, or its
   * requestSubmit() (whose submit event is trusted) without the user's Enter before it, is not recorded.
   */
  function onActivation(event: Event): void {
    const target = event.target
    const form = live()
    if (!event.isTrusted || !form || !(target instanceof Node)) return
    if (event.type === 'keydown' && (event as KeyboardEvent).key === 'Enter' && !form.submit.contains(target)) {
      enterPressed = true
      setTimeout(() => (enterPressed = false))
      return
    }
    if (event.type === 'submit') {
      if (!enterPressed || !target.contains(form.email)) return
      enterPressed = false
    } else {
      if (!form.submit.contains(target) || form.submit.getAttribute('aria-disabled') === 'true') return
      if (event.type === 'keydown' && !['Enter', ' '].includes((event as KeyboardEvent).key)) return
    }
    const email = form.email.value.trim()
    if (!isEmail(email)) return
    if (submitted?.email === email && Date.now() - submitted.at < SAME_SUBMISSION_MS) return
    submitted = { email, at: Date.now() }
    const ref = deps.account()
    if (ref) {
      void deps.send({ type: 'content/form-submitted', ...ref, email }).then((reply) => {
        if (onReply(reply)) panel?.notify('recorded')
      })
    }
    confirmed = false
    observe(CONFIRMATION_WATCH_MS)
  }

  function highlightEmail(): void {
    const field = live()?.email
    if (!field) return
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches
    field.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' })
    const before = ['outline', 'outline-offset'].map((name) => [name, field.style.getPropertyValue(name), field.style.getPropertyPriority(name)] as const)
    field.style.setProperty('outline', '3px solid #e8710a', 'important')
    field.style.setProperty('outline-offset', '2px', 'important')
    field.focus({ preventScroll: true })
    setTimeout(() => {
      for (const [name, value, priority] of before) field.style.setProperty(name, value, priority)
    }, HIGHLIGHT_MS)
  }

  function insertExplanation(): void {
    const field = live()?.explanation
    if (!field) return
    const text = t('form_explanation_text')
    if (!field.value.includes(text)) {
      field.value = field.value.trim() ? `${field.value.trimEnd()}\n\n${text}` : text
      // Pages built with React and the like only notice a change through these events.
      field.dispatchEvent(new Event('input', { bubbles: true }))
      field.dispatchEvent(new Event('change', { bubbles: true }))
    }
    field.focus()
    panel?.notify('inserted')
  }

  for (const type of ACTIVATION_EVENTS) addEventListener(type, onActivation, { capture: true, signal })
  // The panel's words (in the language picked in the popup) and the words that recognise the form
  // come from the background first: they stay out of the script that runs on every page.
  void deps.send({ type: 'content/assistant-context', platform: deps.platform }).then((reply) => {
    if (reply?.type !== 'assistant-context') return // without its words the assistant cannot recognise the form
    useWords(reply)
    useFormWords(reply.formWords)
    if (signal.aborted) return
    check()
    if (!form) observe()
  })
}
