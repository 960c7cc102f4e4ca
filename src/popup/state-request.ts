/**
 * The popup's request for its state, and the first one's pending reply. The first is sent by
 * early-request.ts, a classic script the page runs as soon as it has it, while the popup's
 * modules still load: a module runs only once every module it imports is fetched, so a request
 * sent from the popup's module would wait for all of them. The reply is parsed in background.ts.
 */
import type { PopupToBackground } from '../core/messages'

/** The few browser APIs the request needs: the polyfill's `browser` in the popup, the browser's own in the early script. */
export interface StateRequestApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> }
  tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> }
}

/** Where the early script leaves its pending reply: a property of the popup's own window, which no page shares. */
const EARLY_STATE = '__popupStateRequest'
const slot = globalThis as unknown as Record<typeof EARLY_STATE, Promise<unknown> | undefined>

/** The popup's active tab, so the account it shows comes first; none when the popup is a tab itself. */
async function activeTabId(api: StateRequestApi): Promise<number | undefined> {
  try {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true })
    return tab?.id !== undefined && tab.id >= 0 ? tab.id : undefined
  } catch {
    return undefined
  }
}

export async function requestState(api: StateRequestApi): Promise<unknown> {
  const tabId = await activeTabId(api)
  const message: PopupToBackground = tabId === undefined ? { type: 'popup/get-state' } : { type: 'popup/get-state', tabId }
  return api.runtime.sendMessage(message)
}

/** Sends the first request and leaves its reply for the popup's module (early-request.ts). */
export function sendEarlyRequest(api: StateRequestApi): void {
  const pending = requestState(api)
  // A failure is reported where the reply is awaited, not as an unhandled rejection here.
  pending.catch(() => {})
  slot[EARLY_STATE] = pending
}

/** The early request's pending reply, once; null when it was taken or never sent. */
export function takeEarlyRequest(): Promise<unknown> | null {
  const pending = slot[EARLY_STATE] ?? null
  slot[EARLY_STATE] = undefined
  return pending
}
