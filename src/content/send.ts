/** The content scripts' one way to speak to the background: a typed message, retried while it starts. */
import type { BackgroundToContent, ContentToBackground } from '../core/messages'
import { isBackgroundToContent } from '../core/content-reply'
import { api } from './runtime'

/** Waits before each retry while the background is not listening yet (starting up, just installed, slow machine). */
const RETRY_DELAYS_MS = [250, 1000, 2000, 4000, 8000]
/** Messages that change nothing when sent twice. */
const REPEATABLE = new Set<ContentToBackground['type']>(['content/account-seen', 'content/assistant-context', 'content/assistant-wanted'])

/** Sends `message`; the reply if it has the right shape, else null (also when the extension is gone). */
export async function send(message: ContentToBackground): Promise<BackgroundToContent | null> {
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
