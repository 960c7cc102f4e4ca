/**
 * Content script entry, built as one self-contained IIFE (no loader, no web-accessible
 * resources that pages could probe). On any page it reads one cookie; only a logged-in
 * facebook/instagram account costs one message to the background.
 */
import { accountIdFromCookies, platformOfHost, type AccountRef, type Platform } from '../core/platform'
import type { BackgroundToContent, BannerState, ContentToBackground } from '../core/messages'
import { isBackgroundToContent } from '../core/content-reply'
import { storageKeyOfAccount } from '../core/storage-keys'
import { api } from './runtime'
import { removeBanner, renderBanner, showBannerError, type BannerActions } from './banner'
import { formAssistantShown, watchFormPages } from './form/assistant'
import { formPageKind } from '../core/form-recognition'

/** Waits before each retry while the background is not listening yet (starting up, just installed, slow machine). */
const RETRY_DELAYS_MS = [250, 1000, 2000, 4000, 8000]
/** Messages that change nothing when sent twice. */
const REPEATABLE = new Set<ContentToBackground['type']>(['content/account-seen', 'content/assistant-context'])

async function send(message: ContentToBackground): Promise<BackgroundToContent | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply = await api.runtime.sendMessage(message)
      // A worker stopped while answering resolves with nothing: ask again what is safe to repeat.
      if (reply === undefined && REPEATABLE.has(message.type)) throw new Error('no answer')
      return isBackgroundToContent(reply) ? reply : null
    } catch {
      const delay = RETRY_DELAYS_MS[attempt]
      // The extension was reloaded or its background is gone: show nothing rather than break the page.
      if (delay === undefined) return null
      await new Promise((wake) => setTimeout(wake, delay))
    }
  }
}

function start(platform: Platform, firstAccountId: string): void {
  let account: AccountRef | null = null

  const apply = (reply: BackgroundToContent | null): void => {
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
    markDone: (objectedOn) => act((ref) => ({ type: 'content/mark-done', ...ref, objectedOn }))(),
  }

  const onStorageChanged = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string): void => {
    const change = account && area === 'local' ? changes[storageKeyOfAccount(account)] : undefined
    // A change that creates the account is this page's own account-seen, already answered.
    if (change && !(change.oldValue === undefined && change.newValue !== undefined)) void refresh(true)
  }

  /** Reading document.cookie asks the browser's cookie store: the first look reuses the gate's. */
  let knownAccountId: string | null = firstAccountId
  /** Asks the background what to show for the logged-in account; `force` re-asks for the same one. */
  async function refresh(force = false): Promise<void> {
    const accountId = knownAccountId ?? accountIdFromCookies(platform, document.cookie)
    knownAccountId = null
    if (!accountId) {
      account = null
      removeBanner()
      return
    }
    if (!force && account?.accountId === accountId) return
    const ref: AccountRef = { platform, accountId }
    account = ref
    const reply = await send({ type: 'content/account-seen', ...ref })
    if (account !== ref) return // the account changed while we waited
    if (reply?.type === 'banner') showBanner(reply)
    else removeBanner()
  }
  /** On Meta's form the form assistant speaks instead of the banner. */
  const showBanner = (state: BannerState): void => void (formAssistantShown() ? removeBanner() : renderBanner(state, actions))

  const listening = new AbortController()
  const { signal } = listening
  const nav = (globalThis as { navigation?: EventTarget }).navigation
  // The form assistant starts on the first page that can hold Meta's form (then follows the
  // navigation itself); on other pages it costs one look at the URL per navigation. Without the
  // Navigation API it starts at once and watches for in-page navigation its own way.
  let assistant = false
  const startAssistant = (): void => {
    if (assistant || (nav && !formPageKind(location.href))) return
    assistant = true
    watchFormPages({ platform, account: () => account, send, signal })
  }
  const check = (): void => {
    void refresh()
    startAssistant()
  }
  // Both sites are single-page apps: re-check the account after in-page navigation and when the
  // tab comes back into view, never by polling or by watching the whole document.
  nav?.addEventListener('navigatesuccess', check, { signal })
  addEventListener('popstate', check, { signal })
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check(), { signal })
  api.storage.onChanged.addListener(onStorageChanged)
  signal.addEventListener('abort', () => api.storage.onChanged.removeListener(onStorageChanged))
  addEventListener('pagehide', (event) => event.persisted || listening.abort(), { signal })
  void refresh()
  startAssistant()
}

// A page of another site, a frame, or nobody logged in: nothing more is done than this.
const platform = platformOfHost(location.hostname)
const accountId = platform && window.top === window ? accountIdFromCookies(platform, document.cookie) : null
if (platform && accountId) start(platform, accountId)
