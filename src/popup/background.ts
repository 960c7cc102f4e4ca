/** The popup's typed channel to the background: every reply is parsed before use. */
import browser from 'webextension-polyfill'
import * as z from 'zod/mini'
import { BackgroundToPopup, type AppState, type PopupToBackground } from '../core/messages'
import { requestState, takeEarlyRequest } from './early-request'

export class BackgroundError extends Error {}

/** Parses a reply of the background; a reply of the wrong shape or an error reply throws. */
function parseReply(reply: unknown): BackgroundToPopup {
  const parsed = BackgroundToPopup.safeParse(reply)
  if (!parsed.success) throw new BackgroundError(z.prettifyError(parsed.error))
  if (parsed.data.type === 'error') throw new BackgroundError(parsed.data.message)
  return parsed.data
}

export async function ask(message: PopupToBackground): Promise<BackgroundToPopup> {
  return parseReply(await browser.runtime.sendMessage(message))
}

export async function loadState(): Promise<AppState> {
  const pending = takeEarlyRequest() ?? requestState()
  const reply = parseReply(await pending)
  if (reply.type !== 'state') throw new BackgroundError(`unexpected reply ${reply.type}`)
  return reply
}
