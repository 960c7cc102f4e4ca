/**
 * The form assistant's script, built as one self-contained IIFE. The manifest runs it on the
 * pages that can hold Meta's objection form (FORM_PAGE_MATCHES); the background injects it when
 * the banner's script sees in-page navigation to such a page. Either way it runs once per frame,
 * in the top frame only, and only for a logged-in account.
 */
import { accountIdFromCookies, platformOfHost, type AccountRef } from '../core/platform'
import { isBackgroundToContent } from '../core/content-reply'
import { createSender } from './send'
import { watchFormPages } from './form/assistant'
import { assistantLoaded, markAssistantLoaded } from './form/presence'

const platform = platformOfHost(location.hostname)
if (platform && window.top === window && !assistantLoaded() && accountIdFromCookies(platform, document.cookie)) {
  markAssistantLoaded()
  const listening = new AbortController()
  addEventListener('pagehide', (event) => event.persisted || listening.abort(), { signal: listening.signal })
  watchFormPages({
    platform,
    account: (): AccountRef | null => {
      const accountId = accountIdFromCookies(platform, document.cookie)
      return accountId ? { platform, accountId } : null
    },
    send: createSender(isBackgroundToContent),
    signal: listening.signal,
  })
}
