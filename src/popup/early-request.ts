/**
 * The popup's first request for its state, sent as soon as this module is evaluated: main.tsx
 * imports it first, and it imports nothing heavy (no zod, no UI), so the background's answer is
 * on its way while the rest of the popup's code loads. The reply is parsed in background.ts.
 */
import browser from 'webextension-polyfill'
import type { PopupToBackground } from '../core/messages'

/** The popup's active tab, so the account it shows comes first; none when the popup is a tab itself. */
async function activeTabId(): Promise<number | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true })
    return tab?.id !== undefined && tab.id >= 0 ? tab.id : undefined
  } catch {
    return undefined
  }
}

export async function requestState(): Promise<unknown> {
  const tabId = await activeTabId()
  const message: PopupToBackground = tabId === undefined ? { type: 'popup/get-state' } : { type: 'popup/get-state', tabId }
  return browser.runtime.sendMessage(message)
}

/** The same page, opened in a tab with ?proof=<platform:id>, is the printable proof of that account. */
export const proofKey = new URLSearchParams(location.search).get('proof')

// The printable proof asks for its one account instead.
let early: Promise<unknown> | null = proofKey ? null : requestState()

/** The first request's pending reply, once; null afterwards. */
export function takeEarlyRequest(): Promise<unknown> | null {
  const pending = early
  early = null
  return pending
}
