/**
 * The form assistant: on the pages that can hold Meta's objection form (checked by URL first,
 * nothing else is looked at elsewhere), waits for the form by meaning, shows the panel, and
 * records through the background what the user does: `form_opened` when the form is shown,
 * `submitted` with the e-mail when the user activates the submit control, and Meta's
 * confirmation screen as a note on it. It never fills the e-mail and never submits.
 */
import { formPageKind, isFormWord, isKnownObjectionForm, useFormWords, type FormPageKind } from '../../core/form-recognition'
import { EMAIL_MAX, isEmail } from '../../core/content-reply'
import type { BackgroundToContent, ContentToBackground } from '../../core/messages'
import type { AccountRef, Platform } from '../../core/platform'
import { removeBanner } from '../banner-link'
import { accountLine } from '../../core/account-name'
import { t, useWords } from './words'
import { createPanel, type AccountChoice, type AssistantPanel } from './panel'
import { accessibleText, emailOf, recognizeFormStep, type FormStep, type ProductChoice } from './recognize'
import { describeLink } from './describe-link'
import { findAssistant } from './presence'

export interface FormAssistantDeps {
  /** The site's platform; null on Meta's help site, where the background tells the account. */
  platform: Platform | null
  /** The logged-in account, read from the cookie when asked (the user may switch accounts); null on Meta's help site. */
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
/** How long the page must stay unchanged, with nothing recognised, before the assistant says it cannot find the form. */
const SETTLE_MS = 3_000
/** Where the page has fields, the form may be among them. */
const FORM_CONTROLS = 'input:not([type="hidden"]), textarea, select, [role="textbox"], [contenteditable="true"]'
const POINT_STYLE = [['outline', '3px solid #e8710a'], ['outline-offset', '2px']] as const
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

/** Outlines a page element until `undo` is called: the page's own styles come back as they were. */
function outline(el: HTMLElement): () => void {
  const before = POINT_STYLE.map(([name]) => [name, el.style.getPropertyValue(name), el.style.getPropertyPriority(name)] as const)
  for (const [name, value] of POINT_STYLE) el.style.setProperty(name, value, 'important')
  return () => {
    for (const [name, value, priority] of before) el.style.setProperty(name, value, priority)
  }
}

function startSession(kind: FormPageKind, deps: FormAssistantDeps, signal: AbortSignal): void {
  const onHelp = kind === 'help'
  /** On Meta's help site: the account the background remembered or the user chose; null for "another account". */
  let helpRef: AccountRef | null | undefined
  let knownAccounts: AccountChoice[] = []
  /** The product the user picked on a product step (Meta's help site). */
  let chosenProduct: Platform | null = null
  let products: ProductChoice[] = []
  /** Undoes the outline of the choice pointed at. */
  let unpoint: (() => void) | null = null
  let pointed: HTMLElement | null = null
  let panel: AssistantPanel | null = null
  let dismissed = false
  let form: FormFound | null = null
  let opened = false
  let label: string | undefined
  let expectedEmail: string | undefined
  let submitted: { email: string; at: number } | null = null
  let confirmed = false
  let checkTimer: ReturnType<typeof setTimeout> | undefined
  let settleTimer: ReturnType<typeof setTimeout> | undefined
  let fallbackShown = false
  let watchTimer: ReturnType<typeof setTimeout> | undefined
  const observer = new MutationObserver(() => {
    checkTimer ??= setTimeout(check, CHECK_DELAY_MS)
  })
  const stopObserving = (): void => {
    observer.disconnect()
    clearTimeout(watchTimer)
  }
  /** Watches the form found, only it, so that a re-render keeps the address shown current. */
  const formObserver = new MutationObserver(() => (form && !form.email.isConnected ? check() : showEmail()))
  signal.addEventListener('abort', () => {
    stopObserving()
    formObserver.disconnect()
    clearTimeout(checkTimer)
    clearTimeout(settleTimer)
    point(null)
    panel?.remove()
  })

  const currentAccount = (): AccountRef | null => (onHelp ? (helpRef ?? null) : deps.account())
  const accountName = (): string | null => {
    const ref = currentAccount()
    return ref ? accountLine(t, { ...ref, label }) : null
  }
  const point = (el: HTMLElement | null): void => {
    if (el === pointed) return
    unpoint?.()
    unpoint = el ? outline(el) : null
    pointed = el
  }
  const ensurePanel = (): AssistantPanel | null => {
    if (dismissed || signal.aborted) return null
    if (!panel) {
      panel = createPanel(() => {
        dismissed = true
        panel = null
      })
      removeBanner()
      if (!onHelp || helpRef !== undefined) panel.setAccount(accountName())
    }
    return panel
  }
  const showEmail = (): void => {
    if (!form) return
    const email = emailOf(form.email)
    panel?.setEmail(email, isEmail(email), expectedEmail)
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
    const step = recognizeFormStep(document, { confirmation: kind !== 'privacy' || submitted !== null, url: location.href })
    if (step.kind === 'form') {
      point(null)
      if (step.email !== form?.email) adopt(step)
      // Found: stop watching until the user sends it (then the confirmation is watched for).
      if (!submitted) stopObserving()
    } else if (step.kind === 'confirmation') {
      point(null)
      onConfirmation(step.text)
    } else if (!form) showStep(step)
    clearTimeout(settleTimer)
    if (!form && step.kind === 'none' && !fallbackShown) settleTimer = setTimeout(settled, SETTLE_MS)
  }

  /** Has the background run the description script here (it is not carried on every form page). */
  function describeThisPage(): Promise<string | null> {
    return new Promise((done) => {
      describeLink.set({ skip: findAssistant, isFormWord, deliver: done })
      void deps.send({ type: 'content/describe-wanted' }).then((reply) => reply?.type === 'ok' || done(null))
    })
  }

  /**
   * The page stayed unchanged and nothing was recognised: on a known objection address, or a
   * privacy request on Meta's help site that shows fields, the way forward.
   */
  function settled(): void {
    if (form || signal.aborted) return
    const expected = kind === 'help' ? document.querySelector(FORM_CONTROLS) !== null : isKnownObjectionForm(location.href)
    if (!expected) return
    fallbackShown = true
    point(null)
    ensurePanel()?.showFallback({
      markSent: () => askAccount(() => reportSubmitted({})),
      describe: describeThisPage,
    })
  }

  /** A step before the fields: points at the choice that leads to the objection, never clicks it. */
  function showStep(step: FormStep): void {
    if (step.kind === 'question') {
      point(step.yes)
      ensurePanel()?.showQuestion(t('form_assistant_question', [step.yesText]))
    } else if (step.kind === 'request') {
      point(step.choice)
      ensurePanel()?.showQuestion(t('form_assistant_choose_request', [step.text]))
    } else if (step.kind === 'product') {
      products = step.choices
      const platform = currentAccount()?.platform
      const choice = step.choices.find((c) => c.platform === platform)
      point(choice?.el ?? null)
      ensurePanel()?.showQuestion(choice ? t('form_assistant_choose_product', [choice.text]) : t('form_assistant_choose_product_any'))
    }
  }

  /** On Meta's help site without a remembered account: asks which known account of the chosen product this is. */
  function askAccount(then: () => void): void {
    if (!onHelp || helpRef !== undefined) return then()
    const choices = knownAccounts.filter((a) => !chosenProduct || a.platform === chosenProduct)
    ensurePanel()?.askAccount(choices, (choice) => {
      if (!choice) {
        helpRef = null
        panel?.setAccount(null)
        return then()
      }
      void deps.send({ type: 'content/help-account-chosen', platform: choice.platform, accountId: choice.accountId }).then((reply) => {
        if (reply?.type !== 'banner') return void panel?.notify('error')
        helpRef = { platform: choice.platform, accountId: choice.accountId }
        onReply(reply)
        then()
      })
    })
  }

  function adopt(step: FormFound): void {
    form = step
    ensurePanel()?.showForm({
      submitLabel: accessibleText(step.submit).trim(),
      canExplain: step.explanation !== null,
      highlightEmail,
      insertExplanation,
      keepEmail,
    })
    showEmail()
    for (const type of ['input', 'change']) step.email.addEventListener(type, showEmail, { signal })
    formObserver.disconnect()
    formObserver.observe(step.scope, { childList: true, subtree: true, characterData: true })
    askAccount(() => {
      const ref = currentAccount()
      if (opened || !ref) return
      opened = true
      void deps.send({ type: 'content/form-opened', ...ref }).then(onReply)
    })
  }

  function onConfirmation(text: string): void {
    if (confirmed) return
    confirmed = true
    stopObserving()
    const ref = currentAccount()
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
    if (event.type === 'click' && event.isTrusted && target instanceof Node) {
      const product = products.find((p) => p.el.contains(target))
      if (product) chosenProduct = product.platform
    }
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
    const email = emailOf(form.email)
    // More than an address can hold: the submission is recorded without it, never with it whole.
    const tooLong = email.length > EMAIL_MAX
    if (!tooLong && !isEmail(email)) return
    if (submitted?.email === email && Date.now() - submitted.at < SAME_SUBMISSION_MS) return
    submitted = { email, at: Date.now() }
    reportSubmitted(tooLong ? { emailTooLong: true } : { email })
    confirmed = false
    observe(CONFIRMATION_WATCH_MS)
  }

  function highlightEmail(): void {
    const field = live()?.email
    if (!field) return
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches
    field.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' })
    const undo = outline(field)
    field.focus({ preventScroll: true })
    setTimeout(undo, HIGHLIGHT_MS)
  }

  /** Records the submission for the current account, and says so once recorded. */
  function reportSubmitted(sent: { email?: string; emailTooLong?: true }): void {
    const ref = currentAccount()
    if (ref) {
      void deps.send({ type: 'content/form-submitted', ...ref, ...sent }).then((reply) => {
        if (onReply(reply)) panel?.notify('recorded')
      })
    }
  }

  function keepEmail(email: string): void {
    const ref = currentAccount()
    if (ref) void deps.send({ type: 'content/keep-email', ...ref, email }).then(onReply)
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
  const context = deps.send(deps.platform ? { type: 'content/assistant-context', platform: deps.platform } : { type: 'content/assistant-context' })
  const accounts = onHelp ? deps.send({ type: 'content/help-accounts' }) : Promise.resolve(null)
  void Promise.all([context, accounts]).then(([reply, help]) => {
    if (reply?.type !== 'assistant-context') return // without its words the assistant cannot recognise the form
    useWords(reply)
    useFormWords(reply.formWords)
    if (help?.type === 'help-accounts') {
      knownAccounts = help.known
      if (help.remembered) {
        helpRef = { platform: help.remembered.platform, accountId: help.remembered.accountId }
        label = help.remembered.label
      }
    }
    if (signal.aborted) return
    check()
    if (!form) observe()
  })
}
