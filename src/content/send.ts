/** The content scripts' one way to speak to the background: a typed message, retried while it starts. */
import type { ContentToBackground } from '../core/messages'
import { api } from './runtime'

/** Waits before each retry while the background is not listening yet (starting up, just installed, slow machine). */
const RETRY_DELAYS_MS = [250, 1000, 2000, 4000, 8000]
/** Messages that change nothing when sent twice. */
const REPEATABLE = new Set<ContentToBackground['type']>(['content/account-seen', 'content/assistant-context', 'content/assistant-wanted', 'content/banner-wanted'])

/**
 * A sender whose replies pass `accept` (each script checks only the replies it takes, so the
 * banner's script carries no check of the assistant's). A reply of another shape, or none once
 * the extension is gone, is null.
 */
export const createSender =
  <Reply>(accept: (reply: unknown) => reply is Reply) =>
  async (message: ContentToBackground): Promise<Reply | null> => {
    for (let attempt = 0; ; attempt++) {
      try {
        const reply = await api.runtime.sendMessage(message)
        // A worker stopped while answering resolves with nothing: ask again what is safe to repeat.
        if (reply === undefined && REPEATABLE.has(message.type)) throw new Error('no answer')
        return accept(reply) ? reply : null
      } catch {
        const delay = RETRY_DELAYS_MS[attempt]
        // The extension was reloaded or its background is gone: show nothing rather than break the page.
        if (delay === undefined) return null
        await new Promise((wake) => setTimeout(wake, delay))
      }
    }
  }
