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

/** The popup's active tab, so the account it shows comes first; none when the popup is a tab itself. */
async function activeTabId(): Promise<number | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true })
    return tab?.id !== undefined && tab.id >= 0 ? tab.id : undefined
  } catch {
    return undefined
  }
}

export async function loadState(): Promise<AppState> {
  const tabId = await activeTabId()
  const reply = await ask(tabId === undefined ? { type: 'popup/get-state' } : { type: 'popup/get-state', tabId })
  if (reply.type !== 'state') throw new BackgroundError(`unexpected reply ${reply.type}`)
  return reply
}
