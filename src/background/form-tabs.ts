/**
 * Which account opened Meta's form in a tab, for the pages on Meta's help site (help.meta.com),
 * where no facebook or instagram cookie tells it. Remembered per tab for 30 minutes, through
 * redirects (the tab stays the same) and into the tabs opened from there (tabs.onCreated's
 * openerTabId, which needs no `tabs` permission). The popup's "open the form" has the background
 * create its tab, which is remembered by its id. Kept in storage.session, so it survives the
 * service worker being stopped and goes with the browser session (it is not user data).
 */
import { accountKey, refOfAccountKey, type AccountRef } from '../core/platform'
import { TAB_PREFIX } from './session-keys'

/** How long a tab keeps the account that opened the form. */
export const FORM_TAB_MS = 30 * 60_000
/** How far a chain of tabs opened from tabs is followed. */
const MAX_OPENERS = 5

const FORM = 'form:'
const OPENER = 'opener:'

/** One change at a time: a tab's creation and what is remembered of it may arrive together. */
let queue: Promise<unknown> = Promise.resolve()
function serial<T>(change: () => Promise<T>): Promise<T> {
  const next = queue.then(change, change)
  queue = next.catch(() => undefined)
  return next
}

interface Opened {
  /** accountKey of the account; empty for a tab's opener. */
  key: string
  at: number
  tabId?: number
}

const isOpened = (x: unknown): x is Opened =>
  typeof x === 'object' && x !== null && typeof (x as Opened).key === 'string' && typeof (x as Opened).at === 'number'

export interface FormTabs {
  /** The account `ref` opened the form in tab `tabId` now (the banner's "Object now", the popup's tab, the assistant, the user's answer). */
  remember(tabId: number, ref: AccountRef): Promise<void>
  /** The account that opened the form in this tab, or in the tab it was opened from, within 30 minutes. */
  accountOf(tabId: number): Promise<AccountRef | undefined>
}

/** The part of storage.session used here. */
export interface Session {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>
  set(items: Record<string, unknown>): Promise<void>
  remove(keys: string | string[]): Promise<void>
}

export function formTabs(session: Session, now: () => number = Date.now): FormTabs {
  const opened = (ref: AccountRef): Opened => ({ key: accountKey(ref), at: now() })
  const fresh = (x: unknown, within = FORM_TAB_MS): x is Opened => isOpened(x) && now() - x.at >= 0 && now() - x.at < within
  return {
    remember: (tabId, ref) =>
      serial(async () => {
        await session.set({ [`${FORM}${tabId}`]: opened(ref) })
        await forgetExpired(session, now)
      }),
    async accountOf(tabId) {
      let id: unknown = tabId
      for (let hop = 0; typeof id === 'number' && hop <= MAX_OPENERS; hop++) {
        const entries = await session.get([`${FORM}${id}`, `${OPENER}${id}`])
        const mine = entries[`${FORM}${id}`]
        if (fresh(mine)) return refOfAccountKey(mine.key) ?? undefined
        const opener = entries[`${OPENER}${id}`]
        id = fresh(opener) ? opener.tabId : undefined
      }
      return undefined
    },
  }
}

/** tabs.onCreated: a tab opened from a tab that shows an account or opened the form follows it. */
export const onTabCreated = (tab: { id?: number; openerTabId?: number }, session: Session, now: () => number = Date.now): Promise<void> =>
  serial(() => tabCreated(tab, session, now))

async function tabCreated(tab: { id?: number; openerTabId?: number }, session: Session, now: () => number): Promise<void> {
  if (tab.id === undefined) return
  const opener = tab.openerTabId
  if (opener !== undefined) {
    const entries = await session.get([`${FORM}${opener}`, `${OPENER}${opener}`, `${TAB_PREFIX}${opener}`])
    if (Object.keys(entries).length > 0) await session.set({ [`${OPENER}${tab.id}`]: { key: '', at: now(), tabId: opener } })
  }
}

/**
 * What was remembered goes after 30 minutes, not with its tab: a tab opened from it may still need
 * it (the user may close the facebook tab once the form is open).
 */
async function forgetExpired(session: Session, now: () => number): Promise<void> {
  const all = await session.get(null)
  const expired = Object.entries(all).filter(([key, value]) => (key.startsWith(FORM) || key.startsWith(OPENER)) && !(isOpened(value) && now() - value.at < FORM_TAB_MS))
  if (expired.length > 0) await session.remove(expired.map(([key]) => key))
}
