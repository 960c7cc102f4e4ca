/** The popup's typed channel to the background: every reply is parsed before use. */
import browser from 'webextension-polyfill'
import * as z from 'zod/mini'
import { BackgroundToPopup, type AppState, type PopupToBackground } from '../core/messages'

export class BackgroundError extends Error {}

export async function ask(message: PopupToBackground): Promise<BackgroundToPopup> {
  const parsed = BackgroundToPopup.safeParse(await browser.runtime.sendMessage(message))
  if (!parsed.success) throw new BackgroundError(z.prettifyError(parsed.error))
  if (parsed.data.type === 'error') throw new BackgroundError(parsed.data.message)
  return parsed.data
}

export async function loadState(): Promise<AppState> {
  const reply = await ask({ type: 'popup/get-state' })
  if (reply.type !== 'state') throw new BackgroundError(`unexpected reply ${reply.type}`)
  return reply
}
