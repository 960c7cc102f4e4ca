/**
 * The form assistant's script, built as one self-contained IIFE. The manifest runs it on the
 * pages that can hold Meta's objection form (FORM_PAGE_MATCHES); the background injects it when
 * the page watcher (main.iife.ts) sees in-page navigation to such a page. Either way it runs once
 * per frame, in the top frame only (the manifest's frames, and the watcher's), and only for a
 * logged-in account. On Meta's help site, where no cookie tells the account, the background
 * tells it (the account that opened the form in this tab) or the user does.
 */
import { accountIdFromCookies, HELP_HOST, platformOfPageUrl, type AccountRef } from '../core/platform'
import { isBackgroundToContent } from '../core/content-reply'
import { createSender } from './send'
import { watchFormPages } from './form/assistant'
import { assistantLoaded, markAssistantLoaded } from './form/presence'

const platform = platformOfPageUrl(document.URL)
const onHelpSite = document.URL.startsWith(`https://${HELP_HOST}/`)
const send = createSender(isBackgroundToContent)
if (onHelpSite && !assistantLoaded()) {
  markAssistantLoaded()
  watchFormPages({ platform: null, account: () => null, send, signal: untilPageGoes() })
} else if (platform && !assistantLoaded() && accountIdFromCookies(platform, document.cookie)) {
  markAssistantLoaded()
  watchFormPages({
    platform,
    account: (): AccountRef | null => {
      const accountId = accountIdFromCookies(platform, document.cookie)
      return accountId ? { platform, accountId } : null
    },
    send,
    signal: untilPageGoes(),
  })
}

function untilPageGoes(): AbortSignal {
  const listening = new AbortController()
  addEventListener('pagehide', (event) => event.persisted || listening.abort(), { signal: listening.signal })
  return listening.signal
}
