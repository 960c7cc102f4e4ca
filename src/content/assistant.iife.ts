/**
 * The form assistant's script, built as one self-contained IIFE. The manifest runs it on the
 * pages that can hold Meta's objection form (FORM_PAGE_MATCHES); the background injects it when
 * the page watcher (main.iife.ts) sees in-page navigation to such a page. Either way it runs once
 * per frame, in the top frame only (the manifest's frames, and the watcher's), and only for a
 * logged-in account.
 */
import { accountIdFromCookies, platformOfPageUrl, type AccountRef } from '../core/platform'
import { isBackgroundToContent } from '../core/content-reply'
import { createSender } from './send'
import { watchFormPages } from './form/assistant'
import { assistantLoaded, markAssistantLoaded } from './form/presence'

const platform = platformOfPageUrl(document.URL)
if (platform && !assistantLoaded() && accountIdFromCookies(platform, document.cookie)) {
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
