/**
 * The page watcher, the content script of every facebook/instagram page, built as one
 * self-contained IIFE (no loader, no web-accessible resources that pages could probe). On any
 * page it reads one cookie; only a logged-in account costs one message to the background, and it
 * follows in-page navigation and account switches. The banner's drawing (banner-script.ts) and the
 * form assistant (assistant.iife.ts) are scripts of their own, run only where they have something
 * to show, so their code is never even parsed on other pages.
 */
import { accountIdFromCookies, platformOfPageUrl, type AccountRef, type Platform } from '../core/platform'
import type { ContentToBackground } from '../core/messages'
import { isReplyGist, type ReplyGist } from '../core/content-reply'
import { mayHoldForm } from '../core/form-recognition'
import { api } from './runtime'
import { createSender } from './send'
import { openBannerLink, removeBanner, showBannerError, type BannerActions, type BannerGist } from './banner-link'
import { assistantLoaded, findAssistant } from './form/presence'

const send = createSender(isReplyGist)
/** How long the drawing the background runs with its reply may take before it is asked for again. */
const DRAWING_GRACE_MS = 3000

function start(platform: Platform, firstAccountId: string): void {
  let account: AccountRef | null = null

  const apply = (reply: ReplyGist | null): void => {
    if (reply?.type === 'banner') showBanner(reply)
    else showBannerError()
  }
  const act = (message: (ref: AccountRef) => ContentToBackground) => () => {
    if (account) void send(message(account)).then(apply)
  }
  const actions: BannerActions = {
    objectNow: act((ref) => ({ type: 'content/form-opened', ...ref })),
    snooze: act((ref) => ({ type: 'content/banner-snooze', ...ref })),
    dismiss: act((ref) => ({ type: 'content/banner-dismiss', ...ref })),
    recordConfirmation: act((ref) => ({ type: 'content/open-popup', ...ref })),
    markDone: (objectedOn) => act((ref) => ({ type: 'content/mark-done', ...ref, objectedOn }))(),
  }

  /** Reading document.cookie asks the browser's cookie store: the first look reuses the gate's. */
  let knownAccountId: string | null = firstAccountId
  /** Asks the background what to show for the logged-in account, unless it is the one shown. */
  async function refresh(): Promise<void> {
    const accountId = knownAccountId ?? accountIdFromCookies(platform, document.cookie)
    knownAccountId = null
    if (!accountId) {
      account = null
      removeBanner()
      return
    }
    if (account?.accountId === accountId) return
    const ref: AccountRef = { platform, accountId }
    account = ref
    const reply = await send({ type: 'content/account-seen', ...ref })
    if (account !== ref) return // the account changed while we waited
    if (reply?.type !== 'banner') return removeBanner()
    // For a banner that shows, the background runs the drawing with its reply; ask only if it
    // has not come after a while.
    if (reply.show && !link.draw && !drawingAsked) {
      drawingAsked = true
      setTimeout(() => link.draw || void send({ type: 'content/banner-wanted', platform }), DRAWING_GRACE_MS)
    }
    showBanner(reply)
  }
  const link = openBannerLink(actions)
  /** Whether the background was asked to run the banner's drawing script in this page. */
  let drawingAsked = false
  /** Shows `state`; the drawing code comes the first time there is a banner to draw. */
  const showBanner = (state: BannerGist): void => {
    // On Meta's form the form assistant speaks instead of the banner.
    const wanted = state.show && state.status !== 'confirmed' && !findAssistant()
    link.state = wanted ? state : null
    if (!wanted) removeBanner()
    else if (link.draw) link.draw(state)
    else if (!drawingAsked) {
      drawingAsked = true
      void send({ type: 'content/banner-wanted', platform })
    }
  }

  // The background tells each tab that shows an account when its banner changed elsewhere
  // (another tab, the popup), so this page neither polls nor listens to storage.
  const onPush = (message: unknown): void => {
    const mine = account && isReplyGist(message) && message.type === 'banner' && message.platform === platform && message.accountId === account.accountId
    if (mine) showBanner(message)
  }
  api.runtime.onMessage.addListener(onPush)

  const listening = new AbortController()
  const { signal } = listening
  signal.addEventListener('abort', () => api.runtime.onMessage.removeListener(onPush))
  // In-page navigation to a page that can hold Meta's form brings the form assistant's script
  // (a page loaded there has it from the manifest already).
  const check = (): void => {
    void refresh()
    if (!assistantLoaded() && mayHoldForm(document.URL)) void send({ type: 'content/assistant-wanted', platform })
  }
  // Both sites are single-page apps: re-check after in-page navigation (the Navigation API reports
  // back and forward too) and when the tab comes back into view, never by polling or by watching
  // the whole document. Without the Navigation API, a click that navigates in-page and popstate
  // are the cues.
  // Only events the browser fires count: a page that dispatches its own (with another account in
  // the cookie, say) is not heard.
  const nav = (globalThis as { navigation?: EventTarget }).navigation
  const heard = (event: Event): void => void (event.isTrusted && check())
  if (nav) nav.addEventListener('navigatesuccess', heard, { signal })
  else {
    document.addEventListener('click', (event) => event.isTrusted && setTimeout(check, 500), { capture: true, passive: true, signal })
    addEventListener('popstate', heard, { signal })
  }
  document.addEventListener('visibilitychange', (event) => event.isTrusted && document.visibilityState === 'visible' && check(), { signal })
  addEventListener('pagehide', (event) => event.persisted || listening.abort(), { signal })
  void refresh()
}

/**
 * A page of another site, or nobody logged in: nothing more is done than this. (The manifest runs
 * this script in top frames only.) document.URL, a string of the document already at hand, tells
 * the site without waking more of the page's objects in this script's world.
 */
function gate(): void {
  const platform = platformOfPageUrl(document.URL)
  const accountId = platform ? accountIdFromCookies(platform, document.cookie) : null
  if (platform && accountId) start(platform, accountId)
}
// Run from a microtask, off the script's top-level frame: a stack the browser captures while the
// script works (reading the cookie, sending a message) then holds small functions only, and
// symbolizing it does not reparse the whole script.
queueMicrotask(gate)
